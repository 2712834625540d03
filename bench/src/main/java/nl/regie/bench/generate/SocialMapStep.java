package nl.regie.bench.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Module {@code socialmap}: each municipality's social map, 500 provisions for the whole
 * municipality and 25 more per area (a city of 190 areas has about 5,200; Amsterdam's own
 * social map lists several thousand), each on one to three life domains: a third
 * collective, a quarter volunteer work, a third professional, the rest family group
 * conferences; 3 % withdrawn. Public information, no household data: no reads.
 */
final class SocialMapStep implements GeneratorStep {

	static final int PER_MUNICIPALITY = 500;

	static final int PER_AREA = 25;

	private static final String[][] OFFERS = { { "Inloop", "COLLECTIVE" }, { "Buurtkamer", "COLLECTIVE" },
			{ "Spreekuur", "COLLECTIVE" }, { "Maatjesproject", "VOLUNTEER" }, { "Thuisadministratie", "VOLUNTEER" },
			{ "Vrijwillige hulp", "VOLUNTEER" }, { "Begeleiding", "PROFESSIONAL" }, { "Behandeling", "PROFESSIONAL" },
			{ "Trajectbegeleiding", "PROFESSIONAL" }, { "Eigen Kracht-conferentie", "FAMILY_GROUP_CONFERENCE" } };

	private static final String[] TOPICS = { "geldzaken", "werk", "dagbesteding", "wonen", "opvoeding", "psyche",
			"gezondheid", "verslaving", "zelfzorg", "huishouden", "contacten", "meedoen", "justitie" };

	@Override
	public void prepare(City city, CopyTables tables) {
		CopyTables.Table provisions = tables.table("social_map_provision", """
				id, municipality_id, area_id, organisation, name, kind, description, target_groups, how_to_refer,
				contact, address, postcode, opening_hours, withdrawn_at, changed_at, changed_by""");
		CopyTables.Table domains = tables.table("social_map_provision_domain", "provision_id, life_domain_code");
		for (City.Municipality municipality : city.municipalities) {
			UUID administrator = municipality.staff().getFirst().id();
			List<City.Area> areas = new ArrayList<>();
			for (int i = 0; i < PER_MUNICIPALITY; i++) {
				areas.add(null);
			}
			for (City.Area area : municipality.areas()) {
				for (int i = 0; i < PER_AREA; i++) {
					areas.add(area);
				}
			}
			int number = 0;
			for (City.Area area : areas) {
				number++;
				String[] offer = city.pick(OFFERS);
				List<String> onDomains = new ArrayList<>(3);
				int count = city.between(1, 3);
				while (onDomains.size() < count) {
					String domain = city.pick(RegistrationStep.DOMAINS);
					if (!onDomains.contains(domain)) {
						onDomains.add(domain);
					}
				}
				String topic = TOPICS[Arrays.asList(RegistrationStep.DOMAINS).indexOf(onDomains.getFirst())];
				UUID id = city.id();
				String organisation = city.pick(city.names.organisations);
				String name = offer[0] + " " + topic + " " + number;
				Instant changed = Lifecycle.at(city, city.firstDay.plusDays(city.between(0, 600)));
				boolean withdrawn = city.chance(0.03);
				provisions.row(id, municipality.id(), area == null ? null : area.id(), organisation, name, offer[1],
						"Voor wie hulp zoekt bij " + topic + ": " + offer[0].toLowerCase() + " in de buurt.",
						"volwassenen en gezinnen", "Bel of mail; een verwijzing is niet nodig.", "020-5550000",
						"Buurtplein 1", area == null ? null : area.fromDigits() + "AB", "ma–vr 9–17",
						withdrawn ? changed.plusSeconds(86_400L * 30) : null, changed, administrator);
				for (String domain : onDomains) {
					domains.row(id, domain);
				}
				if (!withdrawn) {
					municipality.socialMap()
						.add(new City.Provision(id, area == null ? null : area.id(), organisation, name, offer[1],
								onDomains));
				}
			}
		}
	}

}
