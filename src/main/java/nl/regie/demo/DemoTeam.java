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
			new Member("Marieke Jansen", TeamPosition.TEAM_LEADER, "Combiwel", "Maatschappelijk werk", 36,
					"teamleider"),
			new Member("Sevda Aydın", TeamPosition.TEAM_ASSISTANT, "Combiwel", "Administratie", 24, "teamassistent"),
			new Member("Jeroen Smit", TeamPosition.CORE, "Combiwel", "Maatschappelijk werk", 32, "casemanager"),
			new Member("Nadia Amrani", TeamPosition.CORE, "Spirit", "Jeugdzorg", 24, "kernteamlid"),
			new Member("Frank de Wit", TeamPosition.CORE, "Doras", "Schuldhulpverlening", 16, null),
			new Member("Linda Verbeek", TeamPosition.CORE, "Arkin", "GGZ", 16, null),
			new Member("Hakan Öztürk", TeamPosition.CORE, "DWI", "Werk en inkomen", 12, null),
			new Member("Carla Mendes", TeamPosition.OUTER_RING, "GGD", "Jeugdarts", null, "specialist"),
			new Member("Theo Brink", TeamPosition.OUTER_RING, "Jellinek", "Verslavingszorg", null, null),
			new Member("Ingrid Smulders", TeamPosition.OUTER_RING, "Stadgenoot", "Woonconsulent", null, null),
			new Member("Bas Hofman", TeamPosition.OUTER_RING, "Leger des Heils", "Bemoeizorg", null, null));

	record Member(String name, TeamPosition position, String homeOrganisation, String discipline, Integer hoursPerWeek,
			String username) {
	}

}
