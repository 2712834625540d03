package nl.regie.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.regie.referral.CaseLookup;
import nl.regie.referral.ReferralAccepted;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file module with only what it depends on (and the privacy module behind the
 * access seam): it hears that a referral was accepted and opens the household's case,
 * waiting for assignment. Nobody decides a referral here; the event is the whole
 * contract.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "platform", "privacy", "consent" })
class AcceptedReferralOpensACaseTest {

	static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 11, 30);

	final JdbcClient jdbc;

	final CaseLookup cases;

	final Ids ids = new Ids();

	AcceptedReferralOpensACaseTest(JdbcClient jdbc, CaseLookup cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	@BeforeAll
	void aReferralOfAHouseholdToATeam() {
		jdbc.sql("""
				insert into municipality (id, code, name) values (:m, '9999', 'Proefgemeente');
				insert into area_level (id, municipality_id, depth, name) values (:level, :m, 1, 'Wijk');
				insert into area (id, municipality_id, level_id, name) values (:area, :m, :level, 'Centrum');
				insert into team (id, municipality_id, area_id, name) values (:t, :m, :area, 'Wijkteam Centrum');
				insert into household (id, municipality_id, created_at) values (:h, :m, now());
				insert into referral (id, municipality_id, team_id, household_id, received_on, referrer_type,
				    referrer_name, referrer_contact, reason, urgency, status, created_at)
				values (:r, :m, :t, :h, :day, 'SELF_REFERRAL', 'Zelf', '06', 'Schulden en huur', 'NORMAL', 'ACCEPTED',
				    now())""")
			.param("m", ids.municipality)
			.param("level", UUID.randomUUID())
			.param("area", UUID.randomUUID())
			.param("t", ids.team)
			.param("h", ids.household)
			.param("r", ids.referral)
			.param("day", ACCEPTED_ON)
			.update();
	}

	@Test
	void acceptedReferralOpensACaseThatWaitsForAssignment(Scenario scenario) {
		scenario.publish(new ReferralAccepted(ids.referral, ids.municipality, ids.team, ids.household, ACCEPTED_ON))
			.andWaitForStateChange(() -> stageOfCase(ids.referral))
			.andVerify(stage -> {
				assertThat(stage).isEqualTo(CaseStage.AWAITING_ASSIGNMENT.name());
				assertThat(cases.hasOpenCase(ids.household)).isTrue();
				assertThat(cases.openCaseCount(ids.team)).isEqualTo(1);
				assertThat(cases.teamsWithCaseOf(ids.household)).containsExactly(ids.team);
			});
	}

	private String stageOfCase(UUID referral) {
		return jdbc.sql("select stage from case_file where referral_id = :r")
			.param("r", referral)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	static final class Ids {

		final UUID municipality = UUID.randomUUID();

		final UUID team = UUID.randomUUID();

		final UUID household = UUID.randomUUID();

		final UUID referral = UUID.randomUUID();

	}

}
