package nl.regie.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.browser.Accessibility;
import nl.regie.browser.Browser;
import nl.regie.casefile.CaseFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Making the plan at the kitchen table on a phone (390 px) in a real headless Chromium:
 * the household's own words, three goals, actions for the household, its network and a
 * professional (after the nudge asked why not closer), the printed plan fetched and read,
 * one change, the history; the team leader's overview at desk width. Every screen passes
 * axe-core and does not scroll sideways; screenshots land in target/screenshots.
 */
@RegieTest
class PlanBrowserTest {

	static final Dimension PHONE = new Dimension(390, 844);

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

	PlanFixtures fixtures;

	@BeforeEach
	void startChromiumAtPhoneSize() {
		clock.reset();
		browser = Browser.start(port).resize(PHONE);
		fixtures = new PlanFixtures(new CaseFixtures(mvc, jdbc, json, clock), jdbc, json);
	}

	@AfterEach
	void quitChromium() {
		browser.close();
	}

	@Test
	void aCaseManagerMakesAPlanWithTheHouseholdPrintsItAndChangesItOnce() throws Exception {
		LocalDate today = LocalDate.now(clock);
		UUID caseId = fixtures.activeCase(today);
		fixtures.networkPerson(caseId, "FAMILY", "Tante Fatima", "Kookt op woensdag", true);
		UUID els = fixtures.networkPerson(caseId, "NEIGHBOUR", "Buurvrouw Els", "Past op Yassin", false);
		browser.logIn("casemanager", CaseFixtures.PASSWORD);
		browser.open("/cases/" + caseId).submitLink(By.cssSelector("[data-testid=to-plan]"));
		check("plan-new");

		browser.type("plan-ownWords", "Ik wil weer rustig slapen, zonder brieven die ik niet durf te openen.")
			.submit(By.cssSelector("[data-testid=plan-save]"));
		goal("FINANCES", "Geen nieuwe schulden", true);
		goal("HOUSING", "Een woning waar Yassin een eigen kamer heeft", false);
		goal("SOCIAL_NETWORK", "Iemand om mee te praten", false);
		assertThat(browser.waitFor(By.cssSelector("[data-testid=goals]")).getText()).contains("Financiën", "Eerst",
				"Huisvesting", "Sociaal netwerk");

		action(0, "De post samen openen", "HOUSEHOLD", today.plusDays(7));
		action(2, "Samen koffie drinken op woensdag", "OWN_NETWORK", today.plusDays(14));
		browser.select("action-goalId", goalId(0))
			.type("action-what", "Schuldhulp aanvragen")
			.check(By.cssSelector("input[name='owner.rung'][value=PROFESSIONAL]"))
			.type("action-owner-name", "Schuldhulp Amsterdam")
			.select("action-kind", "WARM_HANDOVER")
			.setValue("action-dueOn", today.plusDays(21).toString())
			.submit(By.cssSelector("[data-testid=action-save]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=error-summary]")).getText())
			.contains("Kijk eerst wie dichterbij het kan doen");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=nudge-options]")).getText()).contains("Buurvrouw Els")
			.doesNotContain("Tante Fatima");
		check("plan-nudge");
		browser.type("action-whyNotCloser", "Geen steunend netwerk voor geldzaken")
			.select("action-sharing-legalBasis", "LEGAL_TASK")
			.submit(By.cssSelector("[data-testid=action-save]"));

		assertThat(browser.waitFor(By.cssSelector("[data-testid=goals]")).getText()).contains("Het huishouden zelf",
				"Eigen netwerk: Buurvrouw Els", "Professional: Schuldhulp Amsterdam");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=figures]")).getText()).contains("33%");
		check("plan");
		browser.resize(Browser.DESKTOP);
		check("plan-desk");
		browser.resize(PHONE);

		String text = printed(caseId);
		assertThat(text).contains("Ik wil weer rustig slapen, zonder brieven die ik niet durf te openen.",
				"Doel: Geen nieuwe schulden", "Doel: Iemand om mee te praten", "Wie doet het: u zelf",
				"Wie doet het: Buurvrouw Els", "Wie doet het: Schuldhulp Amsterdam");

		var post = browser.waitFor(By.cssSelector("[data-action='De post samen openen'] details summary"));
		browser.click(post);
		var form = browser.waitFor(By.cssSelector("[data-action='De post samen openen'] details form"));
		new Select(form.findElement(By.name("status"))).selectByValue("DONE");
		form.findElement(By.name("note")).sendKeys("Alle post van deze maand is open en gesorteerd.");
		browser.submitElement(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(browser.waitFor(By.cssSelector("[data-action='De post samen openen']")).getText()).contains("Klaar",
				"Alle post van deze maand");
		assertThat(fixtures.versionRows(caseId)).as("own words, 3 goals, 3 actions, 1 change").isEqualTo(8);

		browser.submitLink(By.cssSelector("[data-testid=to-history]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=history]")).getText())
			.contains("Versie 8, door Jeroen Smit", "Actie gewijzigd: De post samen openen (notities, status)");
		check("plan-history");
		assertThat(els).isNotNull();

		browser.signOut().logIn("teamleider", CaseFixtures.PASSWORD).open("/team/plans");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=team-figures]")).getText()).contains("Professional");
		check("team-plans");
		browser.resize(Browser.DESKTOP);
		check("team-plans-desk");
	}

	@Test
	void theFunctionalAdministratorSetsTheLadderAndReciprocity() throws Exception {
		UUID municipality = jdbc.sql("select municipality_id from user_account where username = 'beheerder'")
			.query(UUID.class)
			.single();
		try {
			browser.logIn("beheerder", CaseFixtures.PASSWORD).open("/admin/plan-ladder");
			check("plan-ladder");
			browser.select("ladder-rungs-1", "COLLECTIVE")
				.select("ladder-rungs-2", "OWN_NETWORK")
				.select("ladder-rungs-3", "")
				.check(By.id("ladder-reciprocity"))
				.submit(By.cssSelector("[data-testid=ladder-save]"));

			assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("opgeslagen");
			assertThat(jdbc.sql(
					"select array_to_string(ladder, ',') || ' ' || reciprocity from plan_setting where municipality_id = :m")
				.param("m", municipality)
				.query(String.class)
				.single()).isEqualTo("HOUSEHOLD,COLLECTIVE,OWN_NETWORK,PROFESSIONAL true");
			browser.resize(Browser.DESKTOP);
			check("plan-ladder-desk");
		}
		finally {
			jdbc.sql("delete from plan_setting where municipality_id = :m").param("m", municipality).update();
		}
	}

	private void goal(String domain, String target, boolean urgent) {
		browser.select("goal-domain", domain).type("goal-target", target);
		if (urgent) {
			browser.check(By.id("goal-urgent"));
		}
		browser.submit(By.cssSelector("[data-testid=goal-save]"));
		assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("toegevoegd");
	}

	private void action(int goal, String what, String rung, LocalDate dueOn) {
		browser.select("action-goalId", goalId(goal)).type("action-what", what);
		browser.check(By.cssSelector("input[name='owner.rung'][value=" + rung + "]"));
		if (rung.equals("OWN_NETWORK")) {
			new Select(browser.waitFor(By.id("action-owner-networkPersonId")))
				.selectByVisibleText("Buurvrouw Els – Past op Yassin");
		}
		browser.setValue("action-dueOn", dueOn.toString()).submit(By.cssSelector("[data-testid=action-save]"));
		assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText()).contains("toegevoegd");
	}

	/** The goal's id as the action form offers it, in the plan's order (urgent first). */
	private String goalId(int goal) {
		return browser.waitFor(By.id("action-goalId"))
			.findElements(By.tagName("option"))
			.get(goal)
			.getAttribute("value");
	}

	/** Fetched by the page itself, with its session, as the print link would. */
	private String printed(UUID caseId) throws Exception {
		String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
				  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
				});""", "/cases/" + caseId + "/plan/print");
		byte[] pdf = Base64.getDecoder().decode(base64);
		Path file = Path.of("target/screenshots/plan.pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private void check(String screen) {
		browser.script("window.scrollTo(0, 0)");
		Accessibility.assertUsable(browser, screen);
		assertThat(browser.scrollsHorizontally()).as(screen + " scrolls sideways").isFalse();
		browser.screenshotOfWholePage(screen + (browser.viewport().getWidth() > 1000 ? "" : "-phone"));
	}

}
