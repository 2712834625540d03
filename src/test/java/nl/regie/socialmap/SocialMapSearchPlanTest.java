package nl.regie.socialmap;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search by words on a map of thousands of provisions goes through the GIN index on the
 * Dutch text, not through every row of the municipality. The plan is printed for
 * BENCHMARKS/README; nothing is timed.
 */
@RegieTest
class SocialMapSearchPlanTest {

	static final int PROVISIONS = 5000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SocialMapManagement management;

	@Autowired
	Provisions provisions;

	@Test
	void aSearchByWordsOnThousandsOfProvisionsUsesTheTextIndex() {
		SocialMapFixtures city = new SocialMapFixtures(jdbc, management);
		thousandsOfProvisions(city);
		Provisions.Statement search = provisions
			.statement(new ProvisionQuery(city.municipality, null, null, List.of(), "schulden", Set.of(), false, 50))
			.orElseThrow();

		String plan = plan(search);

		System.out.println("social map search for 'schulden' among " + PROVISIONS + " provisions:\n" + plan);
		assertThat(plan).contains("Bitmap Index Scan on social_map_provision_search");
		assertThat(plan).doesNotContain("Seq Scan on social_map_provision p");
		assertThat(provisions
			.search(new ProvisionQuery(city.municipality, null, null, List.of(), "schulden", Set.of(), false, 200)))
			.hasSize(PROVISIONS / 100);
	}

	/**
	 * The plan page's nudge: the first provisions by name of the closer rungs, without
	 * words or area. It reads the name index in order and stops at the limit, instead of
	 * sorting every provision of the municipality (BENCHMARKS.md).
	 */
	@Test
	void theFirstProvisionsByNameOfSomeKindsAreReadInIndexOrderUpToTheLimit() {
		SocialMapFixtures city = new SocialMapFixtures(jdbc, management);
		thousandsOfProvisions(city);
		Provisions.Statement closer = provisions
			.statement(new ProvisionQuery(city.municipality, null, null, List.of(), null,
					Set.of(ProvisionKind.COLLECTIVE, ProvisionKind.VOLUNTEER), false, 20))
			.orElseThrow();

		String plan = plan(closer);

		System.out.println("the nudge's provisions among " + PROVISIONS + " provisions:\n" + plan);
		// the limit right on the index scan: no sort of the municipality's provisions
		// between
		assertThat(plan.lines().limit(2).toList()).last()
			.asString()
			.contains("Index Scan using social_map_provision_by_name");
		assertThat(provisions.search(new ProvisionQuery(city.municipality, null, null, List.of(), null,
				Set.of(ProvisionKind.COLLECTIVE, ProvisionKind.VOLUNTEER), false, 20)))
			.hasSize(20)
			.allSatisfy(entry -> assertThat(entry.kind()).isIn(ProvisionKind.COLLECTIVE, ProvisionKind.VOLUNTEER));
	}

	private String plan(Provisions.Statement statement) {
		return jdbc.sql("explain (analyze, costs off, timing off, summary off) " + statement.sql())
			.params(statement.params())
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.joining("\n"));
	}

	private void thousandsOfProvisions(SocialMapFixtures city) {
		jdbc.sql(
				"""
								insert into social_map_provision (id, municipality_id, organisation, name, kind, description, target_groups,
						    how_to_refer, contact, address, opening_hours, changed_at, changed_by)
						select gen_random_uuid(), :m, 'Organisatie ' || n, 'Voorziening ' || n,
						       (array['COLLECTIVE', 'VOLUNTEER', 'PROFESSIONAL'])[1 + n % 3],
						       case when n % 100 = 0 then 'Hulp bij schuld en rekeningen'
						            else (array['Wandelen in het park', 'Taalles voor volwassenen', 'Koffie in de buurtkamer',
						                        'Opvoeden met plezier', 'Werk zoeken met een coach'])[1 + n % 5] end
						       || '. ' || repeat('Een gewone beschrijving van wat de organisatie biedt, voor wie en waar. ', 4),
						       'Volwassenen en gezinnen in de wijk, ook met weinig Nederlands',
						       'Aanmelden via het buurtteam, of zelf bellen of mailen; een warme overdracht kan op het spreekuur.',
						       '020 555 ' || lpad((n % 10000)::text, 4, '0') || ', info' || n || '@example.nl',
						       'Voorbeeldstraat ' || n, 'ma–vr 9–17 uur, inloop op dinsdag 13–16 uur', now(), :m
						from generate_series(1, :count) n""")
			.param("m", city.municipality)
			.param("count", PROVISIONS)
			.update();
		jdbc.sql("""
				insert into social_map_provision_domain (provision_id, life_domain_code)
				select id, 'FINANCES' from social_map_provision where municipality_id = :m""")
			.param("m", city.municipality)
			.update();
		jdbc.sql("analyze social_map_provision").update();
		jdbc.sql("analyze social_map_provision_domain").update();
	}

}
