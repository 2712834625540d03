package nl.regie.bench.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Module {@code referral}: the household's referrals with 2–5 life domains, the screening
 * and every decision (waitlisted ones decided again), and the messages to the referrer
 * (the "received" message always, the outcome with consent), most of them sent within
 * three days. The team assistant reads the referral after intake and the team leader once
 * to three times while screening: those reads are audited.
 */
final class ReferralStep implements GeneratorStep {

	private static final String[] REFERRER_TYPES = { "WORK_AND_INCOME", "HOSPITAL", "CARE_AND_NUISANCE_HOTLINE",
			"HOME_ORGANISATION", "PARENT_CHILD_TEAM", "NEIGHBOURHOOD_CARE_NETWORK", "ACTIVATION_TEAM", "SOCIAL_DESK",
			"NEIGHBOUR", "SELF_REFERRAL", "OTHER" };

	private static final String[] LIFE_DOMAINS = { "FINANCES", "WORK_EDUCATION", "TIME_USE", "HOUSING",
			"DOMESTIC_RELATIONS", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "SUBSTANCE_USE", "BASIC_ADL", "INSTRUMENTAL_ADL",
			"SOCIAL_NETWORK", "SOCIAL_PARTICIPATION", "JUSTICE" };

	private static final String[] REASONS = { "Oplopende huurachterstand en dreigende uithuiszetting.",
			"Schulden bij meerdere schuldeisers, post wordt niet geopend.",
			"Moeder overbelast, zorgen over de opvoeding en de school van de kinderen.",
			"Vader sinds kort werkloos, spanningen thuis en weinig netwerk.",
			"Vervuilde woning, buren maken zich zorgen, huisarts ziet geen verbetering.",
			"Psychische klachten, geen dagbesteding, inkomen onzeker.",
			"Jongere zit thuis, verzuimt school, ouders vragen hulp.",
			"Alleenstaande oudere raakt de weg kwijt in regelingen en post.",
			"Verslaving bij een van de ouders, kinderen vaak alleen thuis.",
			"Na scheiding geen woning en geen overzicht in de financiën." };

	private static final String[] DECLINE_REASONS = { "SINGLE_LIFE_DOMAIN", "EXISTING_CARE_SUFFICES",
			"HOUSEHOLD_DOES_NOT_WANT_HELP", "OTHER_SERVICE_FITS_BETTER" };

	private static final String[] COORDINATION = { "TEAM_COORDINATES", "TEAM_COORDINATES", "TEAM_COORDINATES",
			"TEAM_COORDINATES", "JOIN_LEAD_AGENCY", "EXISTING_CARE_SUFFICES" };

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		household.referrals.addAll(Lifecycle.referrals(city, household.firstReceived));
		City.Team team = household.team;
		for (GeneratedHousehold.Referral referral : household.referrals) {
			String type = city.pick(REFERRER_TYPES);
			boolean consent = city.chance(0.6);
			tables.table("referral", """
					id, municipality_id, team_id, household_id, received_on, referrer_type, referrer_organisation,
					referrer_name, referrer_contact, reason, urgency, status, created_at, area_id, household_knows,
					household_agrees, consent_inform_referrer, children_at_intake""")
				.row(referral.id, household.municipalityId(), team.id(), household.id, referral.received, type,
						type.equals("NEIGHBOUR") || type.equals("SELF_REFERRAL") ? null
								: city.pick(city.names.organisations),
						city.pick(city.names.givenNames) + " " + city.pick(city.names.familyNames),
						String.format("020-%07d", city.random.nextInt(10_000_000)), city.pick(REASONS),
						city.chance(0.1) ? "URGENT" : "NORMAL", referral.status, referral.createdAt, team.area().id(),
						city.chance(0.9), consent, consent, household.childrenOn(referral.received));
			lifeDomains(city, tables, household, referral);
			household.reads.add(new GeneratedHousehold.Read(referral.createdAt.plusSeconds(city.between(60, 7200)),
					team.assistant(), "TEAM_ASSISTANT", "referral", "REFERRAL_SCREENING"));
			message(city, tables, household, referral, "RECEIVED", referral.createdAt);
			if (referral.decisions.isEmpty()) {
				continue;
			}
			GeneratedHousehold.Decision first = referral.decisions.getFirst();
			int screeningReads = city.between(1, 3);
			for (int i = 0; i < screeningReads; i++) {
				household.reads.add(new GeneratedHousehold.Read(first.at().minusSeconds(city.between(0, 3 * 86400)),
						team.leader(), "TEAM_LEADER", "referral", "REFERRAL_SCREENING"));
			}
			tables.table("referral_screening", """
					referral_id, municipality_id, several_life_domains, acute_crisis, child_safety_concern,
					compulsory_care_excludes, coordination_outcome, screened_by, screened_at""")
				.row(referral.id, household.municipalityId(), true, false, first.outcome().equals("HAND_OVER"), false,
						city.pick(COORDINATION), team.leader().id(), first.at());
			for (GeneratedHousehold.Decision decision : referral.decisions) {
				decision(city, tables, household, referral, decision, consent);
			}
		}
	}

	private static void lifeDomains(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.Referral referral) {
		int count = city.between(2, 5);
		List<String> chosen = new ArrayList<>(count);
		while (chosen.size() < count) {
			String domain = city.pick(LIFE_DOMAINS);
			if (!chosen.contains(domain)) {
				chosen.add(domain);
				tables.table("referral_life_domain", "referral_id, municipality_id, life_domain")
					.row(referral.id, household.municipalityId(), domain);
			}
		}
	}

	private static void decision(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.Referral referral, GeneratedHousehold.Decision decision, boolean consent) {
		boolean decline = decision.outcome().equals("DECLINE");
		String message = switch (decision.outcome()) {
			case "ACCEPT" -> "Het wijkteam gaat met het huishouden aan de slag.";
			case "DECLINE" -> "Het wijkteam neemt deze aanmelding niet op; zie het advies.";
			case "WAITLIST" -> "Het huishouden staat op de wachtlijst van het wijkteam.";
			default -> null;
		};
		City.User leader = household.team.leader();
		tables.table("referral_decision", """
				id, referral_id, municipality_id, outcome, resulting_status, reason, decline_reason, advice,
				handover_to, referrer_message, decided_by, decided_by_name, decided_at""")
			.row(city.id(), referral.id, household.municipalityId(), decision.outcome(), decision.resultingStatus(),
					"Besproken in het teamoverleg.", decline ? city.pick(DECLINE_REASONS) : null,
					decline ? "Verwezen naar het Sociaal Loket." : null,
					decision.outcome().equals("HAND_OVER") ? "VEILIG_THUIS" : null, message, leader.id(),
					leader.displayName(), decision.at());
		if (consent && message != null) {
			String kind = switch (decision.outcome()) {
				case "ACCEPT" -> "ACCEPTED";
				case "DECLINE" -> "DECLINED";
				default -> "WAITLISTED";
			};
			message(city, tables, household, referral, kind, decision.at());
		}
	}

	/** Sent an hour to three days later; 3 % are forgotten, recent ones not sent yet. */
	private static void message(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.Referral referral, String kind, Instant prepared) {
		Instant sent = prepared.plus(Duration.ofMinutes(city.between(60, 3 * 24 * 60)));
		boolean isSent = !sent.isAfter(city.now) && !city.chance(0.03);
		City.User assistant = household.team.assistant();
		tables.table("referrer_message", """
				id, municipality_id, team_id, referral_id, kind, text, prepared_at, sent_at, sent_by, sent_by_name,
				legal_basis""")
			.row(city.id(), household.municipalityId(), household.team.id(), referral.id, kind,
					"Bericht aan de aanmelder: " + kind.toLowerCase(), prepared, isSent ? sent : null,
					isSent ? assistant.id() : null, isSent ? assistant.displayName() : null,
					isSent ? (kind.equals("RECEIVED") ? "LEGAL_TASK" : "CONSENT") : null);
	}

}
