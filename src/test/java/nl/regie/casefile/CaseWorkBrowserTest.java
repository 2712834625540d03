package nl.regie.casefile;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.browser.Accessibility;
import nl.regie.browser.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A case manager's work on a phone, in a real headless Chromium: an outreach attempt, the
 * first contact, three quick contact notes from "my cases" (each at most 6 actions and 30
 * seconds, counted), and closing through the checklist. Every screen passes axe-core and
 * does not scroll sideways; screenshots and the letter (rendered to PNG) land in
 * target/screenshots.
 */
@RegieTest
class CaseWorkBrowserTest {

	static final int MAX_ACTIONS = 6;

	static final Duration MAX_TIME = Duration.ofSeconds(30);

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

	CaseFixtures fixtures;

	/** What the person did: clicks, fields typed into, choices. */
	int actions;

	@BeforeEach
	void startChromiumAtPhoneSize() {
		clock.reset();
		browser = Browser.start(port).resize(Browser.PHONE);
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
	}

	@AfterEach
	void quitChromium() {
		browser.close();
	}

	@Test
	void aCaseManagerReachesOutMakesContactNotesThreeContactsAndClosesTheCaseOnAPhone() throws Exception {
		UUID caseId = fixtures.singleMotherWithSchoolProblemsAccepted().caseId();
		fixtures.assign(caseId, "Jeroen Smit", "Nadia Amrani", null);
		browser.logIn("casemanager", CaseFixtures.PASSWORD);
		check("my-cases-case-manager");

		browser.open("/cases/" + caseId).waitFor(By.cssSelector("[data-testid=attempt-form]"));
		check("case-outreach");
		browser.select("attempt-channel", "PHONE")
			.select("attempt-outcome", "NO_ANSWER")
			.type("attempt-note", "Voicemail ingesproken.")
			.submit(By.cssSelector("[data-testid=attempt-form] button[type=submit]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=attempts]")).getText()).contains("Geen gehoor");
		browser.select("attempt-channel", "HOME_VISIT")
			.select("attempt-outcome", "REACHED")
			.type("attempt-note", "Aangebeld; moeder liet ons binnen.")
			.submit(By.cssSelector("[data-testid=attempt-form] button[type=submit]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=stage]")).getText()).isEqualTo("Actief");
		check("case-active");

		List<Integer> counted = new ArrayList<>();
		for (int contact = 1; contact <= 3; contact++) {
			counted.add(quickContactFromMyCases(caseId, "Contact " + contact + ": afspraken over post en huur.",
					contact >= 2));
		}
		assertThat(counted).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MAX_ACTIONS));
		assertThat(jdbc.sql("select count(*) from case_contact where case_id = :c")
			.param("c", caseId)
			.query(Integer.class)
			.single()).isEqualTo(3);

		browser.open("/cases/" + caseId).submitLink(By.cssSelector("[data-testid=to-closing]"));
		assertThat(browser.waitFor(By.cssSelector("[data-testid=solved-count]")).getText()).contains("2 contacten");
		check("closing-checklist");
		browser.check(By.id("closing-self"))
			.check(By.id("closing-stop"))
			.check(By.id("step-out-NO"))
			.type("closing-support", "Zus komt wekelijks; maatje via Buurtnetwerk.")
			.type("closing-achieved", "Schulden in een regeling, zoon weer naar school.")
			.submit(By.cssSelector("[data-testid=closing-form] button[type=submit]"));

		assertThat(browser.waitFor(By.cssSelector("[data-testid=stage]")).getText()).isEqualTo("Vinger aan de pols");
		check("case-closed");
		renderLetter(caseId);
	}

	/**
	 * One quick note: from "my cases", the note typed, saved. Counts every action and
	 * times the whole.
	 * @return the actions it took
	 */
	private int quickContactFromMyCases(UUID caseId, String note, boolean solved) {
		browser.open("/cases/my");
		actions = 0;
		Instant start = Instant.now();
		browser.submitLink(By.cssSelector("[data-case='" + caseId + "'] [data-testid=quick-contact]"));
		actions++;
		browser.click(browser.waitFor(By.id("contact-note")));
		actions++;
		browser.waitFor(By.id("contact-note")).sendKeys(note);
		actions++;
		if (solved) {
			browser.check(By.id("contact-solved"));
			actions++;
		}
		browser.submit(By.cssSelector("[data-testid=quick-contact-form] button[type=submit]"));
		actions++;
		Duration took = Duration.between(start, Instant.now());
		assertThat(browser.path()).isEqualTo("/cases/my");
		assertThat(took).as("a quick contact note").isLessThanOrEqualTo(MAX_TIME);
		System.out.println("quick contact: " + actions + " actions, " + took.toMillis() + " ms");
		if (solved) {
			browser.open("/cases/" + caseId + "/contacts/new");
			check("quick-contact");
		}
		return actions;
	}

	private void renderLetter(UUID caseId) throws Exception {
		byte[] pdf = mvc.perform(get("/cases/" + caseId + "/letter.pdf").cookie(fixtures.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		Files.write(target.resolve("closing-letter.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
			ImageIO.write(page, "png", new File(target.resolve("closing-letter.png").toString()));
		}
	}

	private void check(String screen) {
		Accessibility.assertUsable(browser, screen);
		browser.screenshotOfWholePage(screen + "-phone");
	}

	/**
	 * The checks read the page from its top: after a press lower down, the page header
	 * would lie over what axe-core measures.
	 */
	private void atTheTop() {
		browser.script("window.scrollTo(0, 0)");
	}

}
