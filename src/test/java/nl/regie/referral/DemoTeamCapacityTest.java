package nl.regie.referral;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capacity norm that production runs with (application.properties, not the raised
 * norm of the shared test configuration), through the demo team: its core team works 100
 * hours a week, 2.78 FTE, so with 8 cases per FTE it carries at most 22 open cases. A
 * context of its own, because the other tests need room to accept households.
 */
@RegieTest
class DemoTeamCapacityTest {

	@DynamicPropertySource
	static void productionNorm(DynamicPropertyRegistry registry) throws IOException {
		Properties production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		registry.add("regie.waitlist.default-max-cases-per-fte",
				() -> production.getProperty("regie.waitlist.default-max-cases-per-fte"));
	}

	@Autowired
	TeamCapacity capacity;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoTeamCarriesEightCasesPerFullTimeWorkerByDefault() {
		TeamCapacity.Capacity demoTeam = capacity.of(demoTeam());

		assertThat(demoTeam.maxCasesPerFte()).isEqualByComparingTo(BigDecimal.valueOf(8));
		assertThat(demoTeam.fte()).isEqualByComparingTo(new BigDecimal("2.78"));
		assertThat(demoTeam.maxOpenCases()).isEqualTo(22);
		assertThat(demoTeam.openCases()).isEqualTo(openCasesOfTheDemoTeam());
		assertThat(demoTeam.full()).isEqualTo(demoTeam.openCases() >= 22);
	}

	private UUID demoTeam() {
		return jdbc.sql("select id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
			.query(UUID.class)
			.single();
	}

	private int openCasesOfTheDemoTeam() {
		return jdbc.sql("""
				select count(*) from case_file c join team t on t.id = c.team_id
				where t.name = 'Samen DOEN Geuzenveld-Slotermeer'
				  and c.stage in ('AWAITING_ASSIGNMENT', 'OUTREACH', 'ACTIVE', 'CLOSING')""")
			.query(Integer.class)
			.single();
	}

}
