package nl.regie.demo;

import java.util.List;

import nl.regie.organisation.TeamPosition;

/**
 * The demo team: a core team seconded from five home organisations and an outer ring of
 * four. Members with a username sign in with that demo account.
 */
final class DemoTeam {

	private DemoTeam() {
	}

	static final List<Member> MEMBERS = List.of(
			new Member("Marieke Jansen", TeamPosition.TEAM_LEADER, "Combiwel", "Maatschappelijk werk", 36, "teamleider",
					List.of()),
			new Member("Sevda Aydın", TeamPosition.TEAM_ASSISTANT, "Combiwel", "Administratie", 24, "teamassistent",
					List.of()),
			new Member("Jeroen Smit", TeamPosition.CORE, "Combiwel", "Maatschappelijk werk", 32, "casemanager",
					List.of("FINANCES", "SOCIAL_NETWORK", "DOMESTIC_RELATIONS")),
			new Member("Nadia Amrani", TeamPosition.CORE, "Spirit", "Jeugdzorg", 24, "kernteamlid",
					List.of("YOUTH", "WORK_EDUCATION", "DOMESTIC_RELATIONS")),
			new Member("Frank de Wit", TeamPosition.CORE, "Doras", "Schuldhulpverlening", 16, null,
					List.of("FINANCES", "INSTRUMENTAL_ADL")),
			new Member("Linda Verbeek", TeamPosition.CORE, "Arkin", "GGZ", 16, null,
					List.of("MENTAL_HEALTH", "SUBSTANCE_USE")),
			new Member("Hakan Öztürk", TeamPosition.CORE, "DWI", "Werk en inkomen", 12, null,
					List.of("WORK_EDUCATION", "SOCIAL_PARTICIPATION")),
			new Member("Carla Mendes", TeamPosition.OUTER_RING, "GGD", "Jeugdarts", null, "specialist",
					List.of("YOUTH", "PHYSICAL_HEALTH")),
			new Member("Theo Brink", TeamPosition.OUTER_RING, "Jellinek", "Verslavingszorg", null, null,
					List.of("SUBSTANCE_USE")),
			new Member("Ingrid Smulders", TeamPosition.OUTER_RING, "Stadgenoot", "Woonconsulent", null, null,
					List.of("HOUSING")),
			new Member("Bas Hofman", TeamPosition.OUTER_RING, "Leger des Heils", "Bemoeizorg", null, null,
					List.of("HOUSING", "MENTAL_HEALTH")));

	/**
	 * @param expertise declared on top of the discipline: life-domain codes and YOUTH
	 */
	record Member(String name, TeamPosition position, String homeOrganisation, String discipline, Integer hoursPerWeek,
			String username, List<String> expertise) {
	}

}
