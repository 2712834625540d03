package nl.regie.bench.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Module {@code organisation}: municipalities with districts (stadsdeel) and areas
 * (gebied) with postcode ranges, and as many teams of 8–15 workers (team leader, team
 * assistant, case managers; plus 1–3 outer-ring specialists) as the city needs for each
 * case manager to carry 15–30 open cases. One team per area.
 */
final class OrganisationStep implements GeneratorStep {

	private static final String[] DISTRICTS = { "Centrum", "Noord", "Oost", "Zuid", "West", "Nieuw-West", "Zuidoost",
			"Buitenveld" };

	private static final String[][] DISCIPLINES = { { "Combiwel", "Maatschappelijk werk" }, { "Spirit", "Jeugdzorg" },
			{ "Doras", "Schuldhulpverlening" }, { "Arkin", "GGZ" }, { "DWI", "Werk en inkomen" },
			{ "Cordaan", "Wijkverpleging" }, { "MEE", "Cliëntondersteuning" } };

	private static final String[][] OUTER_RING = { { "GGD", "Jeugdarts" }, { "Jellinek", "Verslavingszorg" },
			{ "Stadgenoot", "Woonconsulent" }, { "Leger des Heils", "Bemoeizorg" } };

	/** Generous, so generated teams are not full: the caseload assumption decides. */
	static final BigDecimal MAX_CASES_PER_FTE = BigDecimal.valueOf(30);

	@Override
	public void prepare(City city, CopyTables tables) {
		long households = city.settings.households();
		double openCases = households * Lifecycle.openCaseShare(city.settings);
		int municipalityCount = (int) Math.max(1, Math.round((double) households / City.HOUSEHOLDS_PER_MUNICIPALITY));
		List<List<TeamShape>> shapes = new ArrayList<>();
		for (int m = 0; m < municipalityCount; m++) {
			shapes.add(new ArrayList<>());
		}
		double capacity = 0;
		int teamCount = 0;
		double meanLoad = (City.MIN_OPEN_CASES_PER_CASE_MANAGER + City.MAX_OPEN_CASES_PER_CASE_MANAGER) / 2.0;
		while (teamCount < municipalityCount || capacity < openCases) {
			int size = city.between(8, 15);
			TeamShape shape = new TeamShape(size - 2, city.between(1, 3));
			shapes.get(teamCount % municipalityCount).add(shape);
			capacity += shape.caseManagers() * meanLoad;
			teamCount++;
		}
		int areaTotal = teamCount;
		int span = Math.max(1, Math.min(20, 8999 / areaTotal));
		int areaIndex = 0;
		List<City.Team> allTeams = new ArrayList<>();
		for (int m = 0; m < municipalityCount; m++) {
			String[] known = City.municipality(m);
			City.Municipality municipality = new City.Municipality(city.id(), known[0], known[1], new ArrayList<>(),
					new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			city.municipalities.add(municipality);
			tables.table("municipality", "id, code, name")
				.row(municipality.id(), municipality.code(), municipality.name());
			UUID districtLevel = city.id();
			UUID areaLevel = city.id();
			CopyTables.Table levels = tables.table("area_level", "id, municipality_id, depth, name");
			levels.row(districtLevel, municipality.id(), 1, "stadsdeel");
			levels.row(areaLevel, municipality.id(), 2, "gebied");
			List<TeamShape> teamShapes = shapes.get(m);
			int districtCount = Math.max(1, Math.min(DISTRICTS.length, (teamShapes.size() + 4) / 5));
			UUID[] districts = new UUID[districtCount];
			CopyTables.Table areas = tables.table("area", "id, municipality_id, level_id, parent_id, name");
			for (int d = 0; d < districtCount; d++) {
				districts[d] = city.id();
				areas.row(districts[d], municipality.id(), districtLevel, null, DISTRICTS[d]);
			}
			for (int t = 0; t < teamShapes.size(); t++) {
				int from = 1000 + (areaIndex * span) % 8999;
				City.Area area = new City.Area(city.id(), areaLevel, districts[t % districtCount],
						String.format("Wijk %03d", t + 1), from, Math.min(9999, from + span - 1));
				areaIndex++;
				municipality.areas().add(area);
				areas.row(area.id(), municipality.id(), areaLevel, area.parentId(), area.name());
				tables.table("area_postcode_range", "id, municipality_id, area_id, from_digits, to_digits")
					.row(city.id(), municipality.id(), area.id(), area.fromDigits(), area.toDigits());
				City.Team team = team(city, tables, municipality, area, t + 1, teamShapes.get(t));
				municipality.teams().add(team);
				allTeams.add(team);
			}
			String prefix = "g" + municipality.code();
			municipality.staff()
				.add(user(city, municipality.id(), null, prefix + ".beheerder", "FUNCTIONAL_ADMINISTRATOR"));
			municipality.staff().add(user(city, municipality.id(), null, prefix + ".privacy", "PRIVACY_OFFICER"));
			municipality.staff().add(user(city, municipality.id(), null, prefix + ".beleid", "POLICY_OFFICER"));
			// Volunteers of the municipality's volunteer organisations, who carry task
			// cards:
			// about two per team.
			for (int v = 1; v <= Math.max(5, 2 * teamShapes.size()); v++) {
				City.User volunteer = user(city, municipality.id(), null,
						String.format("%s.vrijwilliger%03d", prefix, v), "VOLUNTEER");
				municipality.staff().add(volunteer);
				municipality.volunteers().add(volunteer);
			}
			notices(city, tables, municipality);
		}
		city.teamsByWeight = allTeams.toArray(City.Team[]::new);
		city.teamWeights = new long[allTeams.size()];
		long total = 0;
		for (int i = 0; i < allTeams.size(); i++) {
			total += allTeams.get(i).caseManagers().size();
			city.teamWeights[i] = total;
		}
	}

	/**
	 * Module {@code organisation}'s access notices: the functional administrator made the
	 * accounts of the team's last one to three case managers, and told the team leader;
	 * in one team of five a notice is not seen yet (the banner on the leader's pages).
	 */
	private static void notices(City city, CopyTables tables, City.Municipality municipality) {
		City.User administrator = municipality.staff().getFirst();
		CopyTables.Table notices = tables.table("team_access_notice",
				"id, municipality_id, team_id, account_id, roles, granted_by, granted_at, seen_by, seen_at");
		for (City.Team team : municipality.teams()) {
			int count = Math.min(team.caseManagers().size(), city.between(1, 3));
			boolean unseen = city.chance(0.2);
			for (int i = 0; i < count; i++) {
				City.User account = team.caseManagers().get(team.caseManagers().size() - 1 - i);
				var grantedAt = Lifecycle.at(city, city.today.minusDays(city.between(1, 400)));
				boolean seen = !(unseen && i == 0);
				notices.row(city.id(), municipality.id(), team.id(), account.id(), String.join(",", account.roles()),
						administrator.id(), grantedAt, seen ? team.leader().username() : null,
						seen ? grantedAt.plusSeconds(3600L * city.between(1, 72)) : null);
			}
		}
	}

	private City.Team team(City city, CopyTables tables, City.Municipality municipality, City.Area area, int number,
			TeamShape shape) {
		UUID teamId = city.id();
		UUID m = municipality.id();
		String name = "Wijkteam " + area.name();
		// Founded before the city's history starts: its meetings and cases date from
		// then.
		tables.table("team", "id, municipality_id, area_id, name, founded_on")
			.row(teamId, m, area.id(), name, city.firstDay.minusDays(30));
		tables.table("team_capacity", "team_id, municipality_id, max_cases_per_fte").row(teamId, m, MAX_CASES_PER_FTE);
		String prefix = String.format("g%s.t%03d.", municipality.code(), number);
		City.User leader = user(city, m, teamId, prefix + "leider", "TEAM_LEADER");
		member(city, tables, m, teamId, leader, "TEAM_LEADER", DISCIPLINES[0], 36);
		City.User assistant = user(city, m, teamId, prefix + "assistent", "TEAM_ASSISTANT");
		member(city, tables, m, teamId, assistant, "TEAM_ASSISTANT", new String[] { "Combiwel", "Administratie" },
				city.between(20, 32));
		List<City.User> caseManagers = new ArrayList<>();
		for (int i = 1; i <= shape.caseManagers(); i++) {
			City.User caseManager = user(city, m, teamId, prefix + String.format("cm%02d", i), "CASE_MANAGER",
					"CORE_TEAM_MEMBER");
			member(city, tables, m, teamId, caseManager, "CORE", city.pick(DISCIPLINES), 4 * city.between(6, 9));
			caseManagers.add(caseManager);
		}
		List<City.User> outerRing = new ArrayList<>();
		for (int i = 1; i <= shape.outerRing(); i++) {
			City.User specialist = user(city, m, teamId, prefix + "buitenring" + i, "OUTER_RING_SPECIALIST");
			member(city, tables, m, teamId, specialist, "OUTER_RING", city.pick(OUTER_RING), null);
			outerRing.add(specialist);
		}
		return new City.Team(teamId, municipality, area, name, leader, assistant, caseManagers, outerRing);
	}

	private static City.User user(City city, UUID municipalityId, UUID teamId, String username, String... roles) {
		String displayName = city.pick(city.names.givenNames) + " " + city.pick(city.names.familyNames);
		return new City.User(city.id(), municipalityId, teamId, username, displayName, List.of(roles),
				teamId == null ? null : city.id());
	}

	private static void member(City city, CopyTables tables, UUID m, UUID teamId, City.User user, String position,
			String[] organisation, Integer hours) {
		tables.table("team_member",
				"id, municipality_id, team_id, name, position, home_organisation, discipline, hours_per_week, username")
			.row(user.memberId(), m, teamId, user.displayName(), position, organisation[0], organisation[1], hours,
					user.username());
	}

	private record TeamShape(int caseManagers, int outerRing) {
	}

}
