package nl.regie.bench.generate;

import java.time.LocalDate;

/**
 * Module {@code household}: the household (postcode in its team's area), its members
 * (about 2.5 a household; with children in the configured share of households) with their
 * relation (parents, partner, children), valid and unique BSNs for most members, 0–3
 * organisations already involved, and the team that knows it ({@code household_team}:
 * every generated household has a referral to its team, so the household search finds it
 * there and nowhere else). Each member's search name and {@code household_label} are
 * PostgreSQL's own (a generated column, a view).
 */
final class HouseholdStep implements GeneratorStep {

	private static final String[] LETTERS = "ABCEGHJKLMNPRTVWXZ".split("");

	private static final String[][] INVOLVED = { { "Schuldhulp", "budgetcoach" }, { "GGZ", "behandelaar" },
			{ "Woningcorporatie", "huismeester" }, { "Jeugdbescherming", "jeugdbeschermer" },
			{ "Huisarts", "praktijkondersteuner" }, { "UWV", "re-integratiecoach" } };

	/** The next 8 digits to try as a BSN; the 11-test picks the 9th. */
	private long nextBsn = 10_000_000;

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		City.Area area = household.team.area();
		int digits = city.between(area.fromDigits(), area.toDigits());
		String postcode = digits + city.pick(LETTERS) + city.pick(LETTERS);
		String houseNumber = city.between(1, 250) + (city.chance(0.1) ? "a" : "");
		String phone = city.chance(0.7) ? String.format("06%08d", city.random.nextInt(100_000_000)) : null;
		tables.table("household", "id, municipality_id, postcode, house_number, phone, created_at")
			.row(household.id, household.municipalityId(), postcode, houseNumber, phone,
					Lifecycle.at(city, household.firstReceived));
		tables.table("household_team", "team_id, household_id, municipality_id, since")
			.row(household.team.id(), household.id, household.municipalityId(),
					Lifecycle.at(city, household.firstReceived));
		String familyName = city.pick(city.names.familyNames);
		boolean withChildren = city.chance(city.settings.childrenShare());
		int adults = withChildren ? (city.chance(0.7) ? 1 : 2) : (city.chance(0.6) ? 1 : 2);
		LocalDate first = household.firstReceived;
		for (int i = 0; i < adults; i++) {
			int age = withChildren ? city.between(22, 55) : city.between(19, 85);
			member(city, household, tables, i == 0 || city.chance(0.5) ? familyName : city.pick(city.names.familyNames),
					first.minusYears(age).minusDays(city.between(0, 364)), 0.9,
					withChildren ? "PARENT" : i == 0 ? null : "PARTNER");
		}
		if (withChildren) {
			double draw = city.random.nextDouble();
			int children = draw < 0.65 ? 1 : draw < 0.90 ? 2 : draw < 0.98 ? 3 : 4;
			for (int i = 0; i < children; i++) {
				member(city, household, tables, familyName,
						first.minusYears(city.between(0, 15)).minusDays(city.between(0, 364)), 0.8, "CHILD");
			}
		}
		int involved = city.between(0, 3);
		boolean leadTaken = false;
		for (int i = 0; i < involved; i++) {
			String[] organisation = city.pick(INVOLVED);
			boolean lead = !leadTaken && city.chance(0.3);
			leadTaken |= lead;
			tables.table("household_involvement",
					"id, municipality_id, household_id, organisation, professional, role, since, lead_agency, recorded_at")
				.row(city.id(), household.municipalityId(), household.id, organisation[0],
						city.pick(city.names.givenNames) + " " + city.pick(city.names.familyNames), organisation[1],
						first.minusDays(city.between(30, 900)), lead, Lifecycle.at(city, first.plusDays(2)));
		}
	}

	private void member(City city, GeneratedHousehold household, CopyTables tables, String familyName,
			LocalDate dateOfBirth, double bsnShare, String relation) {
		LocalDate born = dateOfBirth.isBefore(LocalDate.of(1900, 1, 1)) ? LocalDate.of(1900, 1, 1) : dateOfBirth;
		GeneratedHousehold.Member member = new GeneratedHousehold.Member(city.id(), city.pick(city.names.givenNames),
				familyName, born, city.chance(bsnShare) ? nextBsn() : null);
		household.members.add(member);
		tables
			.table("household_member",
					"id, municipality_id, household_id, given_name, family_name, date_of_birth, bsn, relation")
			.row(member.id(), household.municipalityId(), household.id, member.givenName(), member.familyName(),
					member.dateOfBirth(), member.bsn(), relation);
	}

	/**
	 * The next number that passes the 11-test (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by
	 * 11), each used once in the whole city. Generated numbers may equal real ones: the
	 * people are invented.
	 */
	private String nextBsn() {
		while (true) {
			long prefix = this.nextBsn++;
			String digits = Long.toString(prefix);
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				sum += (9 - i) * (digits.charAt(i) - '0');
			}
			int check = sum % 11;
			if (check < 10) {
				return digits + check;
			}
		}
	}

}
