package nl.regie.registration;

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
 * What every registration test starts from, written once: the active case of Samira and
 * her son Yassin ({@link RegistrationFixtures}) with its first contact on a day of its
 * own, while Yassin (born 2013) is still a child, so tests sharing the one database do
 * not see each other's lists and dates. A test's own set-up runs after this one.
 */
abstract class RegistrationSetUp {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	CaseFixtures cases;

	RegistrationFixtures fixtures;

	UUID caseId;

	/** The day of the first contact. */
	LocalDate day;

	@BeforeEach
	void anActiveCaseOfAMotherAndHerSon() throws Exception {
		clock.setToday(LocalDate.now(clock).plusDays(ThreadLocalRandom.current().nextInt(400, 1400)));
		day = LocalDate.now(clock);
		cases = new CaseFixtures(mvc, jdbc, json, clock);
		fixtures = new RegistrationFixtures(cases, mvc, jdbc);
		caseId = fixtures.activeCaseOfMotherAndSon(day);
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

}
