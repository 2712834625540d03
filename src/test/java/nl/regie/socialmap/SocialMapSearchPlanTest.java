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
		Provisions.Statement search = provisions
			.statement(new ProvisionQuery(city.municipality, null, null, List.of(), "schulden", Set.of(), false, 50))
			.orElseThrow();

		String plan = jdbc.sql("explain (analyze, costs off, timing off, summary off) " + search.sql())
			.params(search.params())
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.joining("\n"));

		System.out.println("social map search for 'schulden' among " + PROVISIONS + " provisions:\n" + plan);
		assertThat(plan).contains("Bitmap Index Scan on social_map_provision_search");
		assertThat(plan).doesNotContain("Seq Scan on social_map_provision p");
		assertThat(provisions
			.search(new ProvisionQuery(city.municipality, null, null, List.of(), "schulden", Set.of(), false, 200)))
			.hasSize(PROVISIONS / 100);
	}

}
