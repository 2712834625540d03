package nl.regie.socialmap;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A municipality of its own for a social-map test, so searches see only what the test put
 * there: Zaanstad with the district Zaandam (with the neighbourhoods Poelenburg and
 * Peldersveld) and the district Wormerveer, and a functional administrator and a team
 * leader to maintain its map. Names get a random suffix because all tests share one
 * database.
 */
final class SocialMapFixtures {

	final UUID municipality = UUID.randomUUID();

	final UUID zaandam = UUID.randomUUID();

	final UUID poelenburg = UUID.randomUUID();

	final UUID peldersveld = UUID.randomUUID();

	final UUID wormerveer = UUID.randomUUID();

	final CurrentUser administrator;

	final CurrentUser teamLeader;

	private final SocialMapManagement management;

	SocialMapFixtures(JdbcClient jdbc, SocialMapManagement management) {
		this.management = management;
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into municipality (id, code, name) values (:id, :code, 'Zaanstad')")
			.param("id", municipality)
			.param("code", "z" + suffix)
			.update();
		UUID district = level(jdbc, 1, "Wijk");
		UUID neighbourhood = level(jdbc, 2, "Buurt");
		area(jdbc, zaandam, district, null, "Zaandam");
		area(jdbc, wormerveer, district, null, "Wormerveer");
		area(jdbc, poelenburg, neighbourhood, zaandam, "Poelenburg");
		area(jdbc, peldersveld, neighbourhood, zaandam, "Peldersveld");
		administrator = new CurrentUser(UUID.randomUUID(), "beheer-" + suffix, "Bea Beheer", municipality, null,
				Set.of(Role.FUNCTIONAL_ADMINISTRATOR));
		teamLeader = new CurrentUser(UUID.randomUUID(), "leider-" + suffix, "Tom Leider", municipality,
				UUID.randomUUID(), Set.of(Role.TEAM_LEADER));
	}

	CurrentUser caseManager() {
		return new CurrentUser(UUID.randomUUID(), "cm", "Carla Case", municipality, UUID.randomUUID(),
				Set.of(Role.CASE_MANAGER));
	}

	UUID provision(String organisation, String name, ProvisionKind kind, UUID area, List<String> domains,
			String description) {
		return management.add(administrator, details(organisation, name, kind, area, domains, description));
	}

	static ProvisionDetails details(String organisation, String name, ProvisionKind kind, UUID area,
			List<String> domains, String description) {
		return new ProvisionDetails(area, organisation, name, kind, domains, description, "Volwassenen",
				"Bel of mail, de cliënt mag er bij zijn.", "075 555 0100", "Plein 1", "1506 AB", "ma–vr 9–17 uur");
	}

	private UUID level(JdbcClient jdbc, int depth, String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into area_level (id, municipality_id, depth, name) values (:id, :m, :d, :n)")
			.param("id", id)
			.param("m", municipality)
			.param("d", depth)
			.param("n", name)
			.update();
		return id;
	}

	private void area(JdbcClient jdbc, UUID id, UUID level, UUID parent, String name) {
		jdbc.sql("insert into area (id, municipality_id, level_id, parent_id, name) values (:id, :m, :l, :p, :n)")
			.param("id", id)
			.param("m", municipality)
			.param("l", level)
			.param("p", parent)
			.param("n", name)
			.update();
	}

}
