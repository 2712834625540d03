package nl.regie.access;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy screens as people use them, on a phone and at a desk: a core-team member
 * breaks the glass on a case that is not theirs, the team leader reviews it, and the case
 * manager records a consent, what was shared on which basis, and withdraws the consent.
 * Every screen passes axe-core and does not scroll sideways; screenshots land in
 * target/screenshots.
 */
@RegieTest
class PrivacyBrowserTest {

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

	@BeforeEach
	void startChromium() {
		clock.reset();
		browser = Browser.start(port);
		cases = new CaseFixtures(mvc, jdbc, json, clock);
	}

	/**
	 * An active case of Jeroen and Frank, one per screen size: what one round does stays.
	 */
	private UUID activeCase() throws Exception {
		UUID caseId = cases.singleMotherWithSchoolProblemsAccepted().caseId();
		cases.assign(caseId, "Jeroen Smit", "Frank de Wit", null);
		cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/contacts", "casemanager",
				Map.of("contactOn", LocalDate.now(clock).toString(), "type", "HOME_VISIT", "participants",
						"Jeroen Smit", "durationMinutes", 60, "note", "Kennismaking."));
		return caseId;
	}

	@AfterEach
	void quitChromium() {
		browser.close();
	}

	@Test
	void aCoreTeamMemberBreaksTheGlassAndTheTeamLeaderReviewsIt() throws Exception {
		for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
			UUID caseId = activeCase();
			browser.resize(size).logIn("kernteamlid", CaseFixtures.PASSWORD);
			String suffix = size == Browser.PHONE ? "-phone" : "";
			browser.open("/cases/" + caseId);
			check("emergency-refused" + suffix);
			browser.submitLink(By.cssSelector("[data-testid=refusal-remedy]"));
			check("emergency-access" + suffix);
			browser.submit(By.cssSelector("[data-testid=emergency-access-form] button[type=submit]"));
			assertThat(browser.waitFor(By.id("emergency-reason-error")).getText())
				.contains("Schrijf op waarom u noodtoegang nodig hebt.");
			check("emergency-access-error" + suffix);
			browser.type("emergency-reason", "Moeder belt in paniek; casemanager en achterwacht niet bereikbaar.");
			browser.submit(By.cssSelector("[data-testid=emergency-access-form] button[type=submit]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=emergency-active]")).getText())
				.contains("noodtoegang");
			check("emergency-case" + suffix);

			browser.signOut().logIn("teamleider", CaseFixtures.PASSWORD);
			browser.open("/emergency-access");
			check("emergency-reviews" + suffix);
			browser.check(By.cssSelector("[data-testid=review-form] input[value=JUSTIFIED]"));
			browser.submit(By.cssSelector("[data-testid=review-form] button[type=submit]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=notice]")).getText())
				.contains("Uw beoordeling is vastgelegd.");
			browser.signOut();
		}
	}

	@Test
	void theCaseManagerRecordsAConsentWhatWasSharedAndWithdrawsIt() throws Exception {
		for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
			UUID caseId = activeCase();
			String suffix = size == Browser.PHONE ? "-phone" : "";
			browser.resize(size).logIn("casemanager", CaseFixtures.PASSWORD);
			browser.open("/cases/" + caseId);
			browser.submitLink(By.cssSelector("[data-testid=to-consents]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=team-basis]")).getText())
				.contains("nog geen grondslag");
			check("consents-empty" + suffix);

			browser.submit(By.cssSelector("[data-testid=consent-form] button[type=submit]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=consent-errors]")).getText())
				.contains("Kies het lid van het huishouden");
			check("consents-errors" + suffix);

			new Select(browser.waitFor(By.id("consent-member"))).selectByIndex(1);
			browser.select("consent-purpose", "INFORM_REFERRER");
			browser.type("consent-recipient", "DWI, M. de Boer");
			browser.type("consent-information", "Of de aanmelding is aangenomen en wie de casemanager is.");
			browser.type("consent-purpose-note", "De verwijzer weet waar het huishouden terecht kan.");
			browser.check(By.id("given-how-0"));
			browser.submit(By.cssSelector("[data-testid=consent-form] button[type=submit]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=consent-status]")).getText()).isEqualTo("geldig");

			browser.select("sharing-kind", "TEAM_COORDINATION");
			browser.type("sharing-recipient", "Wijkteam Geuzenveld-Slotermeer");
			browser.check(By.id("basis-0"));
			browser.submit(By.cssSelector("[data-testid=sharing-form] button[type=submit]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=team-basis]")).getText())
				.contains("Er is een grondslag");
			check("consents" + suffix);

			browser.submit(By.cssSelector("[data-testid=withdraw-form] button[type=submit]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=consent-status]")).getText())
				.startsWith("ingetrokken op");
			browser.signOut();
		}
	}

	@Test
	void theCaseManagerMakesATaskCardAndTheVolunteerSeesOnlyTheTask() throws Exception {
		for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
			String suffix = size == Browser.PHONE ? "-phone" : "";
			UUID caseId = activeCase();
			UUID samira = jdbc.sql("""
					select m.id from household_member m join case_file c on c.household_id = m.household_id
					where c.id = :c and m.given_name = 'Samira'""").param("c", caseId).query(UUID.class).single();
			Map<String, Object> consent = new LinkedHashMap<>();
			consent.put("memberId", samira.toString());
			consent.put("purpose", "TASK_CARD");
			consent.put("information", "Voornaam en wanneer.");
			consent.put("recipient", "Vriendendienst");
			consent.put("purposeNote", "Samen boodschappen doen.");
			consent.put("givenOn", LocalDate.now(clock).toString());
			consent.put("givenHow", "SIGNED");
			cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents", "casemanager", consent);
			browser.resize(size).logIn("casemanager", CaseFixtures.PASSWORD);
			browser.open("/cases/" + caseId);
			browser.submitLink(By.cssSelector("[data-testid=to-task-cards]"));
			check("task-cards-case" + suffix);
			new Select(browser.waitFor(By.id("card-volunteer"))).selectByVisibleText("Ahmed Benali");
			new Select(browser.waitFor(By.id("card-member"))).selectByVisibleText("Samira");
			new Select(browser.waitFor(By.id("card-consent"))).selectByIndex(1);
			browser.type("card-task", "Samen boodschappen doen");
			browser.type("card-place", "Winkelcentrum Plein '40-'45");
			browser.type("card-when", "Dinsdagen 10 tot 12 uur");
			browser.type("card-concern", "Wijkteam, 020 555 0199");
			browser.setValue("card-valid-until", LocalDate.now(clock).plusMonths(2).toString());
			browser.submit(By.cssSelector("[data-testid=task-card-form] button[type=submit]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=task-card-status]")).getText()).isEqualTo("geldig");

			browser.signOut().logIn("vrijwilliger", CaseFixtures.PASSWORD);
			assertThat(browser.path()).isEqualTo("/task-cards");
			check("task-cards-mine" + suffix);
			browser.submitLink(By.linkText("Samen boodschappen doen"));
			assertThat(browser.waitFor(By.tagName("main")).getText()).contains("Samira", "Dinsdagen 10 tot 12 uur")
				.doesNotContain("Proef");
			check("task-card" + suffix);
			browser.signOut();
		}
	}

	@Test
	void theCaseManagerShieldsTheMotherFromTheRestOfTheHousehold() throws Exception {
		for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
			UUID caseId = activeCase();
			String suffix = size == Browser.PHONE ? "-phone" : "";
			browser.resize(size).logIn("casemanager", CaseFixtures.PASSWORD);
			browser.open("/cases/" + caseId);
			browser.submitLink(By.cssSelector("[data-testid=to-shielding]"));
			check("shielding-empty" + suffix);

			browser.check(By.id("reason-2"));
			browser.submit(By.cssSelector("[data-testid=shield-form] button[type=submit]"));
			assertThat(browser.waitFor(By.id("shield-member-error")).getText()).contains("Kies welk gezinslid");
			check("shielding-errors" + suffix);

			new Select(browser.waitFor(By.id("shield-member"))).selectByIndex(1);
			browser.check(By.id("reason-0"));
			browser.submit(By.cssSelector("[data-testid=shield-form] button[type=submit]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=shielding-status]")).getText())
				.startsWith("Afgeschermd sinds");
			check("shielding" + suffix);
			browser.signOut();
		}
	}

	@Test
	void thePrivacyOfficerIsToldWhyALetterMayNotGoToAnotherMember() throws Exception {
		for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
			String suffix = size == Browser.PHONE ? "-phone" : "";
			browser.resize(size).logIn("privacy", CaseFixtures.PASSWORD);
			browser.open("/privacy");
			browser.type("letter-subjectBsn", "123456782");
			browser.submit(By.cssSelector("[data-testid=readers-letter-form] button[type=submit]"));
			assertThat(browser.waitFor(By.id("letter-subjectBsn-error")).getText()).isNotBlank();
			check("readers-letter-error" + suffix);
			browser.signOut();
		}
	}

	private void check(String screen) {
		browser.script("window.scrollTo(0, 0)");
		Accessibility.assertUsable(browser, screen);
		assertThat(browser.scrollsHorizontally()).as(screen + " scrolls sideways").isFalse();
		browser.screenshotOfWholePage(screen);
	}

}
