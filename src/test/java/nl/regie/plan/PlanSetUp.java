package nl.regie.plan;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.casefile.CaseFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every plan test starts from, written once: an active case ({@link PlanFixtures})
 * on a day of its own, so tests sharing the one database do not see each other's plans in
 * a team's or a day's lists. A test's own set-up runs after this one.
 */
abstract class PlanSetUp {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	PlanFixtures fixtures;

	LocalDate today;

	UUID caseId;

	@BeforeEach
	void anActiveCase() throws Exception {
		clock.setToday(LocalDate.now(clock).plusDays(ThreadLocalRandom.current().nextInt(400, 1400)));
		today = LocalDate.now(clock);
		fixtures = new PlanFixtures(new CaseFixtures(mvc, jdbc, json, clock), jdbc, json);
		caseId = fixtures.activeCase(today);
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

}
