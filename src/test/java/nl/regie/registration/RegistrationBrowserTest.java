package nl.regie.registration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.browser.Accessibility;
import nl.regie.browser.Browser;
import nl.regie.casefile.CaseFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static nl.regie.registration.RegistrationFixtures.assessment;
import static nl.regie.registration.RegistrationFixtures.level;
import static nl.regie.registration.RegistrationFixtures.notAssessed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration at the kitchen table, on a phone-sized window in a real headless Chromium:
 * the matrix of two adults, one an unchanged review (at most 13 taps and no typing,
 * counted), the other a first assessment; two people on the network map; the household
 * card; a birth and an interpreter on the members screens. Every screen passes axe-core
 * and does not scroll sideways; screenshots land in target/screenshots.
 */
@RegieTest
class RegistrationBrowserTest {

	static final int MAX_TAPS_UNCHANGED_REVIEW = 13;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	Browser browser;

	CaseFixtures cases;

	RegistrationFixtures fixtures;

	int taps;

	@BeforeEach
	void startChromiumAtPhoneSize() {
		clock.reset();
		browser = Browser.start(port).resize(Browser.PHONE);
		cases = new CaseFixtures(mvc, jdbc, json, clock);
		fixtures = new RegistrationFixtures(cases, mvc, jdbc);
	}

	@AfterEach
	void quitChromium() {
		browser.close();
	}

	@Test
	void aCaseManagerScoresTheMatrixOfTwoAdultsOnAPhone() throws Exception {
		LocalDate today = LocalDate.now(clock);
		String family = "Proef" + ThreadLocalRandom.current().nextInt(100000, 999999);
		UUID caseId = cases.accept(cases.refer(family,
				List.of(CaseFixtures.member("Samira", family, "1989-04-12"),
						CaseFixtures.member("Karim", family, "1986-02-03"),
						CaseFixtures.member("Yassin", family, "2016-09-30")),
				List.of("FINANCES", "WORK_EDUCATION", "DOMESTIC_RELATIONS")));
		cases.assign(caseId, "Jeroen Smit", "Nadia Amrani", null);
		cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/contacts", "casemanager",
				Map.of("contactOn", today.toString(), "type", "HOME_VISIT", "participants", "Jeroen Smit",
						"durationMinutes", 60, "note", "Kennismaking."));
		UUID samira = fixtures.member(caseId, "Samira");
		fixtures.assess(caseId, samira, "casemanager",
				assessment("INTAKE", today.minusDays(1), List.of(level("FINANCES", 2), level("WORK_EDUCATION", 3),
						level("DOMESTIC_RELATIONS", 3), notAssessed("MENTAL_HEALTH", "NOT_DISCUSSED"))));
		browser.logIn("casemanager", CaseFixtures.PASSWORD);
		browser.open("/cases/" + caseId);

		taps = 0;
		tap(By.cssSelector("[data-testid=to-matrix]"));
		check("matrix-household");
		tap(By.cssSelector("[data-testid=score-Samira]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=previous]")).getText()).contains("vorige meting");
		check("matrix-review");
		tap(By.cssSelector("[data-testid=matrix-save]"));
		int reviewTaps = taps;

		assertThat(reviewTaps).as("an unchanged review").isLessThanOrEqualTo(MAX_TAPS_UNCHANGED_REVIEW);
		System.out.println("unchanged review: " + reviewTaps + " taps, no typing");
		assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/matrix");
		Map<String, Object> review = jdbc
			.sql("""
					select kind, (select string_agg(domain_code || '=' || coalesce(level::text, not_assessed_reason), ',' order by domain_code)
					              from assessment_score s where s.assessment_id = a.id) as scores
					from assessment a where member_id = :m order by recorded_at desc limit 1""")
			.param("m", samira)
			.query()
			.singleRow();
		assertThat(review).containsEntry("kind", "REVIEW")
			.containsEntry("scores", "DOMESTIC_RELATIONS=3,FINANCES=2,MENTAL_HEALTH=NOT_DISCUSSED,WORK_EDUCATION=3");

		taps = 0;
		tap(By.cssSelector("[data-testid=score-Karim]"));
		check("matrix-intake");
		tap(By.cssSelector("[data-testid=level-FINANCES-3]"));
		tap(By.cssSelector("[data-testid=level-WORK_EDUCATION-2]"));
		tap(By.cssSelector("[data-testid=level-DOMESTIC_RELATIONS-4]"));
		tap(By.cssSelector("[data-testid=matrix-save]"));
		System.out.println("first assessment of three domains: " + taps + " taps");
		assertThat(browser.waitFor(By.cssSelector("[data-cell='Karim:WORK_EDUCATION']")).getText()).isEqualTo("2");
		assertThat(browser.waitFor(By.cssSelector("[data-cell='Samira:FINANCES']")).getText()).startsWith("2");
		check("matrix-household-scored");

		browser.submitLink(By.cssSelector("[data-testid=progress-Samira]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=progress-table]")).getText()).contains("Financiën");
		check("matrix-progress");

		browser.open("/cases/" + caseId).submitLink(By.cssSelector("[data-testid=to-network]"));
		check("network-empty");
		browser.select("networkPerson-kind", "FAMILY")
			.type("networkPerson-name", "Tante Fatima")
			.type("networkPerson-role", "Kookt op woensdag")
			.check(By.id("networkPerson-doNotContact"))
			.submit(By.cssSelector("[data-testid=network-save]"));
		browser.select("networkPerson-kind", "PROFESSIONAL")
			.type("networkPerson-organisation", "Schuldhulp Amsterdam")
			.type("networkPerson-reach", "020 555 0199")
			.submit(By.cssSelector("[data-testid=network-save]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=network-list]")).getText()).contains("Tante Fatima",
				"Niet benaderen", "Schuldhulp Amsterdam");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=professionals]")).getText()).contains("nu 1");
		check("network");

		cases.api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/members/" + samira + "/language", "casemanager",
				Map.of("language", "ar", "interpreterNeeded", true, "version", 0));
		Map<String, Object> plan = new HashMap<>();
		plan.put("version", null);
		plan.put("plan", Map.of("madeOn", today.toString(), "ownWords", "Rust in de post", "goals",
				List.of(Map.of("domain", "FINANCES", "target", "Overzicht over de schulden", "urgent", true, "actions",
						List.of(Map.of("what", "Samen de post openen", "kind", "OWN_INTERVENTION", "owner",
								Map.of("rung", "VOLUNTEER", "name", "Vrijwilliger Formulierenbrigade"), "dueOn",
								today.plusDays(14).toString()))))));
		assertThat(cases.api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/plan", "casemanager", plan).getStatus())
			.isEqualTo(200);
		browser.open("/cases/" + caseId).submitLink(By.cssSelector("[data-testid=to-card]"));
		browser.type("card-helpQuestion", "Ik wil rust in mijn hoofd en geen post meer die ik niet open durf te maken.")
			.submit(By.cssSelector("[data-testid=help-question-save]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=help-question]")).getText())
			.contains("rust in mijn hoofd");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=card-members]")).getText()).contains("Karim", "Yassin",
				"kind", "Tolk nodig: Arabisch");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=card-agreements]")).getText())
			.contains("Samen de post openen", "Vrijwilliger Formulierenbrigade");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=card-matrix]")).getText()).contains("Financiën");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=card-involved]")).getText()).contains("Tante Fatima",
				"Niet benaderen");
		check("household-card");
	}

	@Test
	void aCaseManagerRecordsAnInterpreterAndABirthOnAPhoneAndTheCardSaysSo() throws Exception {
		LocalDate today = LocalDate.now(clock);
		UUID caseId = fixtures.activeCaseOfMotherAndSon(today);
		browser.logIn("casemanager", CaseFixtures.PASSWORD);
		browser.open("/cases/" + caseId).submitLink(By.cssSelector("[data-testid=to-members]"));

		browser.type("joining-givenName", "Noor")
			.type("joining-familyName", "Proef")
			.setValue("joining-dateOfBirth", today.minusDays(2).toString())
			.select("joining-relation", "CHILD")
			.check(By.id("joining-joinedHow"))
			.setValue("joining-joinedOn", today.minusDays(2).toString())
			.submit(By.cssSelector("[data-testid=join-save]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=members-current]")).getText()).contains("Noor",
				"(geboren)");
		check("members");
		browser.submitLink(By.cssSelector("[data-member^='Samira'] a"));
		browser.select("language-language", "ar")
			.check(By.id("language-interpreterNeeded"))
			.submit(By.cssSelector("[data-testid=language-save]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=member-facts]")).getText())
			.contains("Tolk nodig: Arabisch");
		check("member");

		browser.open("/cases/" + caseId + "/card");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=card-members]")).getText())
			.contains("Tolk nodig: Arabisch", "Noor");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=card-due]")).getText())
			.contains("Zelfredzaamheid-Matrix bij de intake");
	}

	@Test
	void anInScopeDomainWithoutAChoiceIsRefusedOnTheScreenAndNothingIsSaved() throws Exception {
		LocalDate today = LocalDate.now(clock);
		UUID caseId = fixtures.activeCaseOfMotherAndSon(today);
		UUID samira = fixtures.member(caseId, "Samira");
		browser.logIn("casemanager", CaseFixtures.PASSWORD);
		browser.open("/cases/" + caseId + "/members/" + samira + "/matrix/new");

		browser.submit(By.cssSelector("[data-testid=matrix-save]"));

		assertThat(browser.waitFor(By.cssSelector("[data-testid=error-summary]")).getText())
			.contains("Kies een niveau, of 'niet gescoord'");
		assertThat(fixtures.assessments(samira)).isZero();
		check("matrix-refused");
	}

	private void tap(By locator) {
		taps++;
		var element = browser.waitFor(locator);
		if ("A".equalsIgnoreCase(element.getTagName()) || "BUTTON".equalsIgnoreCase(element.getTagName())) {
			browser.submitElement(element);
		}
		else {
			browser.click(element);
		}
	}

	private void check(String screen) {
		browser.script("window.scrollTo(0, 0)");
		Accessibility.assertUsable(browser, screen);
		assertThat(browser.scrollsHorizontally()).as(screen + " scrolls sideways").isFalse();
		browser.screenshotOfWholePage(screen + "-phone");
	}

}
