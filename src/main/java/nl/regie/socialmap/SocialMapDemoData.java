package nl.regie.socialmap;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaDirectory;
import nl.regie.organisation.AreaSummary;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part of the demo data ({@code demo} profile only): a social map for
 * Amsterdam Nieuw-West, fictional organisations with plausible provisions on every rung
 * of the ladder. Written through the module's own repository; the demo module decides
 * when.
 */
@Component
@Profile("demo")
@Transactional(propagation = Propagation.MANDATORY)
public class SocialMapDemoData {

	private static final String NIEUW_WEST = "Nieuw-West";

	private static final String GEUZENVELD = "Nieuw-West › Geuzenveld-Slotermeer";

	private static final String OSDORP = "Nieuw-West › Osdorp";

	private static final String WHOLE = null;

	private final Provisions provisions;

	private final AreaDirectory areas;

	private final Clock clock;

	SocialMapDemoData(Provisions provisions, AreaDirectory areas, Clock clock) {
		this.provisions = provisions;
		this.areas = areas;
		this.clock = clock;
	}

	/**
	 * The provisions of the demo municipality, maintained by the given team leader.
	 * @return how many
	 */
	public int provisions(CurrentUser maintainer) {
		Map<String, UUID> areaIds = areas.areasWithPaths(maintainer.municipalityId())
			.stream()
			.collect(Collectors.toMap(AreaSummary::name, AreaSummary::id));
		List<Entry> all = List.of(
				provision(NIEUW_WEST, "Schuldhulp Nieuw-West", "Schuldhulpverlening", ProvisionKind.PROFESSIONAL,
						List.of("FINANCES"),
						"Samen een overzicht maken van schulden, afspraken met schuldeisers en zo nodig een "
								+ "schuldregeling. Ook hulp bij een beslag of een dreigende afsluiting.",
						"Inwoners van Nieuw-West vanaf 18 jaar",
						"Aanmelden via het buurtteam of zelf bellen; een warme overdracht met de casemanager erbij "
								+ "kan op het spreekuur.",
						"020 555 0101, schuldhulp.nieuwwest@example.nl", "Pieter Calandlaan 100", "1068 NP",
						"ma–vr 9–17 uur, inloopspreekuur di 13–16 uur"),
				provision(GEUZENVELD, "Buurtkamer De Honingraat", "Koffieochtend en buurtmaaltijd",
						ProvisionKind.COLLECTIVE, List.of("SOCIAL_NETWORK", "TIME_USE", "SOCIAL_PARTICIPATION"),
						"Elke ochtend koffie en een praatje, op donderdag een buurtmaaltijd voor 3 euro. "
								+ "Bewoners organiseren het zelf.",
						"Iedereen uit de buurt, ook met weinig Nederlands",
						"Gewoon binnenlopen; samen de eerste keer " + "gaan helpt.", "020 555 0102",
						"Slotermeerlaan 58", "1064 HC", "ma–vr 9.30–12.30 uur, do 17–19.30 uur"),
				provision(NIEUW_WEST, "Vriendendienst buddy's", "Maatje bij eenzaamheid", ProvisionKind.VOLUNTEER,
						List.of("SOCIAL_NETWORK", "MENTAL_HEALTH"),
						"Een vaste vrijwilliger die een jaar lang wekelijks langskomt: wandelen, boodschappen, "
								+ "samen naar een activiteit.",
						"Volwassenen die weinig mensen om zich heen hebben",
						"Aanmeldformulier op de website of bellen met de coördinator; een kennismaking volgt binnen "
								+ "twee weken.",
						"020 555 0103, www.vriendendienst-buddys.example.nl", "", "", "coördinator ma, wo en vr"),
				provision(GEUZENVELD, "Formulierenbrigade Slotermeer", "Hulp bij formulieren en post",
						ProvisionKind.VOLUNTEER, List.of("FINANCES", "INSTRUMENTAL_ADL"),
						"Vrijwilligers helpen met brieven, toeslagen, DigiD en aanvragen bij de gemeente.",
						"Iedereen die moeite heeft met formulieren", "Inloop zonder afspraak; neem de brieven mee.",
						"020 555 0104", "Burgemeester de Vlugtlaan 125", "1063 BJ", "di en do 9.30–12 uur"),
				provision(NIEUW_WEST, "Stichting Geldmaatjes West", "Geldmaatje: samen de administratie op orde",
						ProvisionKind.VOLUNTEER, List.of("FINANCES"),
						"Een getrainde vrijwilliger komt thuis en helpt een half jaar met de geldzaken, ook na een "
								+ "schuldregeling.",
						"Huishoudens met geldzorgen of schulden", "Aanmelden door een professional per mail.",
						"geldmaatjes.west@example.nl", "", "", "op afspraak"),
				provision(GEUZENVELD, "Taalhuis Geuzenveld", "Taalcafé en Nederlandse les", ProvisionKind.COLLECTIVE,
						List.of("WORK_EDUCATION", "SOCIAL_PARTICIPATION"),
						"Oefenen met Nederlands praten in een groep, en lessen lezen en schrijven op elk niveau.",
						"Volwassenen die beter Nederlands willen leren",
						"Langskomen voor een intake in de bibliotheek.", "020 555 0106", "Albardagracht 2", "1063 NN",
						"wo 10–12 uur, za 11–13 uur"),
				provision(NIEUW_WEST, "Werkpunt Nieuw-West", "Begeleiding naar werk en opleiding",
						ProvisionKind.PROFESSIONAL, List.of("WORK_EDUCATION", "FINANCES"),
						"Een jobcoach helpt met cv, solliciteren, een opleiding of vrijwilligerswerk als opstap; "
								+ "ook vragen over inkomen en uitkering.",
						"Inwoners met een uitkering of zonder werk", "Aanmelden via het werkplein of het buurtteam.",
						"020 555 0107, werkpunt.nw@example.nl", "Osdorpplein 300", "1068 EV", "ma–vr 9–17 uur"),
				provision(WHOLE, "Stichting Familiekring Amsterdam", "Familiegroepsplan",
						ProvisionKind.FAMILY_GROUP_CONFERENCE, List.of("DOMESTIC_RELATIONS", "SOCIAL_NETWORK"),
						"Een onafhankelijke coördinator helpt de familie een eigen plan te maken in een "
								+ "familiegroepsconferentie, met familie, vrienden en buren.",
						"Gezinnen met kinderen en anderen die zelf een plan willen maken",
						"De familie of de casemanager vraagt een coördinator aan; binnen zes weken is er een "
								+ "conferentie.",
						"020 555 0108, aanvraag@familiekring.example.nl", "", "", "ma–vr 9–17 uur"),
				provision(NIEUW_WEST, "Woonloket Nieuw-West", "Hulp bij huurachterstand en woonvragen",
						ProvisionKind.PROFESSIONAL, List.of("HOUSING", "FINANCES"),
						"Bemiddeling met de verhuurder bij een huurachterstand, om een huisuitzetting te voorkomen, en "
								+ "advies over urgentie en woningruil.",
						"Huurders in Nieuw-West", "Bellen of mailen; bij een vonnis dezelfde dag.",
						"020 555 0109, woonloket.nw@example.nl", "Plein '40-'45 1", "1064 SW", "ma–do 9–16 uur"),
				provision(NIEUW_WEST, "Praktijk Vitaal West", "Wijk-GGZ: gesprekken dichtbij",
						ProvisionKind.PROFESSIONAL, List.of("MENTAL_HEALTH"),
						"Korte begeleiding bij somberheid, spanning en stress, zonder wachtlijst, in de wijk.",
						"Volwassenen; verwijzing door huisarts of buurtteam",
						"Verwijzing via de huisarts of het buurtteam.", "020 555 0110", "Tussen Meer 2", "1069 CB",
						"ma–vr 8.30–17 uur"),
				provision(GEUZENVELD, "Sportbuurtwerk Slotermeer", "Bewegen voor ouderen", ProvisionKind.COLLECTIVE,
						List.of("PHYSICAL_HEALTH", "SOCIAL_NETWORK"),
						"Wekelijks samen bewegen op muziek, daarna koffie. Ook stoelyoga voor wie slecht ter been is.",
						"Ouderen vanaf 60 jaar", "Kom een keer meedoen; de eerste les is gratis.", "020 555 0111",
						"Sportpark Eendracht 1", "1067 HP", "di en vr 10–11 uur"),
				provision(OSDORP, "Huiskamer Osdorp", "Inloop voor mantelzorgers", ProvisionKind.COLLECTIVE,
						List.of("SOCIAL_NETWORK", "MENTAL_HEALTH"),
						"Even op adem komen, lotgenoten ontmoeten en praktische tips over respijtzorg.",
						"Mantelzorgers in Osdorp", "Binnenlopen of bellen voor een kennismaking.", "020 555 0112",
						"Meer en Vaart 290", "1068 ZZ", "wo 13–16 uur"),
				provision(GEUZENVELD, "Uitdeelpunt De Schaal", "Voedselpakket", ProvisionKind.VOLUNTEER,
						List.of("FINANCES"),
						"Wekelijks een pakket met boodschappen voor huishoudens die tijdelijk niet rond kunnen komen.",
						"Huishoudens onder de norm; een professional toetst het inkomen",
						"Intake door het buurtteam of de schuldhulp, met een overzicht van inkomsten en lasten.",
						"uitdeelpunt.deschaal@example.nl", "Lodewijk van Deysselstraat 10", "1064 JA", "vr 14–16 uur"),
				provision(WHOLE, "Herstelpunt Amsterdam", "Hulp bij alcohol en drugs", ProvisionKind.PROFESSIONAL,
						List.of("SUBSTANCE_USE", "MENTAL_HEALTH"),
						"Gesprekken en behandeling bij problemen met alcohol, drugs of gokken, ook voor naasten.",
						"Volwassenen en jongeren vanaf 16 jaar", "Zelf aanmelden of via de huisarts.",
						"020 555 0114, www.herstelpunt.example.nl", "", "", "ma–vr 9–17 uur"),
				provision(GEUZENVELD, "Opvoedsteunpunt Geuzenveld", "Opvoedcursus Samen Sterk",
						ProvisionKind.COLLECTIVE, List.of("DOMESTIC_RELATIONS"),
						"Zes avonden met andere ouders over grenzen stellen, ruzies en puberteit.",
						"Ouders van kinderen van 4 tot 16 jaar", "Aanmelden per mail; er is kinderopvang.",
						"opvoedsteunpunt@example.nl", "Sam van Houtenstraat 40", "1067 JJ", "di 19.30–21.30 uur"),
				provision(NIEUW_WEST, "Thuishulp Plus", "Huishoudelijke ondersteuning", ProvisionKind.PROFESSIONAL,
						List.of("INSTRUMENTAL_ADL", "BASIC_ADL"),
						"Hulp bij schoonmaken, wassen en het huishouden organiseren, met een Wmo-indicatie.",
						"Inwoners die het huishouden niet zelf kunnen", "Na een Wmo-melding bij de gemeente.",
						"020 555 0116", "", "", "ma–vr 8–18 uur"),
				provision(WHOLE, "Nazorgpunt Amsterdam", "Nazorg na detentie", ProvisionKind.PROFESSIONAL,
						List.of("JUSTICE", "HOUSING", "FINANCES"),
						"Regelt met wie terugkomt uit detentie een ID-bewijs, inkomen, onderdak en zorg.",
						"Inwoners die uit detentie komen", "Aanmelden door de casemanager of de reclassering.",
						"nazorgpunt@example.nl", "", "", "ma–vr 9–17 uur"),
				provision(GEUZENVELD, "Juridisch Spreekuur Slotermeer", "Gratis juridisch advies",
						ProvisionKind.VOLUNTEER, List.of("JUSTICE", "FINANCES", "HOUSING"),
						"Rechtenstudenten geven advies over boetes, huur, werk en schulden, met een advocaat als "
								+ "achtervang.",
						"Iedereen", "Inloop, of een afspraak maken per telefoon.", "020 555 0118", "Slotermeerlaan 103",
						"1063 JN", "ma 18–20 uur"),
				provision(GEUZENVELD, "Repair Café De Honingraat", "Samen repareren", ProvisionKind.COLLECTIVE,
						List.of("TIME_USE", "SOCIAL_PARTICIPATION"),
						"Kapotte spullen samen maken met vrijwilligers, en zelf meehelpen als vrijwilliger.",
						"Iedereen", "Gewoon binnenlopen met wat kapot is.", "020 555 0102", "Slotermeerlaan 58",
						"1064 HC", "za 10–13 uur, elke tweede zaterdag"),
				provision(NIEUW_WEST, "Vrijwilligerscentrale Nieuw-West", "Vrijwilligerswerk vinden",
						ProvisionKind.VOLUNTEER, List.of("TIME_USE", "SOCIAL_PARTICIPATION", "WORK_EDUCATION"),
						"Een gesprek over wat iemand leuk vindt en kan, en een passende plek als vrijwilliger.",
						"Iedereen die iets wil doen, ook met een uitkering",
						"Afspraak maken of het formulier invullen.", "020 555 0120, www.vrijwilligers-nw.example.nl",
						"Osdorpplein 300", "1068 EV", "ma–do 10–16 uur"));
		all.forEach(entry -> provisions.add(maintainer.municipalityId(), UUID.randomUUID(),
				entry.in(entry.areaPath() == null ? null : areaIds.get(entry.areaPath())), maintainer.userId(),
				clock.instant()));
		return all.size();
	}

	private static Entry provision(String areaPath, String organisation, String name, ProvisionKind kind,
			List<String> domains, String description, String targetGroups, String howToRefer, String contact,
			String address, String postcode, String openingHours) {
		return new Entry(areaPath, new ProvisionDetails(null, organisation, name, kind, domains, description,
				targetGroups, howToRefer, contact, address, postcode.replace(" ", ""), openingHours));
	}

	/**
	 * @param areaPath {@code null} for the whole municipality
	 */
	private record Entry(String areaPath, ProvisionDetails details) {

		ProvisionDetails in(UUID areaId) {
			ProvisionDetails d = details;
			return new ProvisionDetails(areaId, d.organisation(), d.name(), d.kind(), d.lifeDomains(), d.description(),
					d.targetGroups(), d.howToRefer(), d.contact(), d.address(), d.postcode(), d.openingHours());
		}

	}

}
