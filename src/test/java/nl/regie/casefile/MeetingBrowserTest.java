package nl.regie.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.browser.Accessibility;
import nl.regie.browser.Browser;
import nl.regie.browser.Width;
import nl.regie.team.MeetingOutcomes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team meeting walked through in a real headless Chromium, on a desk-sized and on a
 * phone-sized window: the team leader opens the agenda, assigns the new household at the
 * table with Regie's suggestion, records the outcome of the waitlist item; the new case
 * manager logs in and finds the case on "my cases". Every screen passes axe-core and does
 * not scroll sideways; screenshots land in target/screenshots.
 */
@RegieTest
class MeetingBrowserTest {

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

	@Autowired
	MeetingOutcomes outcomes;

	Browser browser;

	CaseFixtures fixtures;

	@BeforeEach
	void startChromium() {
		clock.reset();
		browser = Browser.start(port);
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
	}

	@AfterEach
	void quitChromium() {
		browser.close();
	}

	@Test
	void aMeetingOnAPhoneAndAtADeskAssignsACaseThatTheNewCaseManagerThenFinds() throws Exception {
		for (Width width : Width.values()) {
			var household = fixtures.singleMotherWithSchoolProblemsAccepted();
			var another = fixtures.singleManWithDebtsAccepted();
			UUID meeting = nextMeeting();
			browser.signOut().resize(width.size()).logIn("teamleider", CaseFixtures.PASSWORD);

			browser.open("/meetings/" + meeting);
			WebElement item = browser.waitFor(By.cssSelector("[data-key='ASSIGNMENT:" + household.caseId() + "']"));
			assertThat(item.getText()).contains("Samira " + household.familyName(), "1 kind", "DWI");
			check(width, "agenda");
			browser
				.submitLink(By.cssSelector("[data-key='ASSIGNMENT:" + household.caseId() + "'] [data-testid=assign]"));
			browser.waitFor(By.cssSelector("[data-testid=suggestions]"));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=suggestions] li")).getText())
				.contains("Nadia Amrani", "kinderen in het huishouden");
			check(width, "assignment");
			browser.select("case-manager", fixtures.memberId("Nadia Amrani").toString())
				.select("second-visitor", fixtures.memberId("Jeroen Smit").toString())
				.submit(By.cssSelector("form[action$='/assignment'] button[type=submit]"));
			assertThat(browser.path()).startsWith("/meetings/" + meeting);
			assertThat(
					browser.driver()
						.findElements(By.cssSelector(
								"[data-testid=agenda-open] [data-key='ASSIGNMENT:" + household.caseId() + "']")))
				.isEmpty();

			WebElement next = browser
				.waitFor(By.cssSelector("[data-testid=agenda-open] [data-key='ASSIGNMENT:" + another.caseId() + "']"));
			browser.click(next.findElement(By.tagName("summary")));
			String decision = "Eerst navragen bij DWI wie er al betrokken is; volgende week toewijzen (" + width + ").";
			next.findElement(By.cssSelector("textarea[name=decision]")).sendKeys(decision);
			browser.submitElement(next.findElement(By.cssSelector("button[type=submit]")));
			assertThat(browser.waitFor(By.cssSelector("[data-testid=agenda-decided]")).getText()).contains(decision);
			check(width, "agenda-minutes");

			browser.open("/meetings/" + meeting + "/print");
			check(width, "agenda-print");
			browser.open("/team/caseload").waitFor(By.cssSelector("[data-testid=caseload]"));
			check(width, "caseload");

			browser.signOut().logIn("kernteamlid", CaseFixtures.PASSWORD);
			assertThat(browser.path()).isEqualTo("/cases/my");
			assertThat(browser.waitFor(By.cssSelector("[data-case='" + household.caseId() + "']")).getText())
				.contains("Samira " + household.familyName(), "casemanager", "Eerste bezoek");
			check(width, "my-cases");
		}
	}

	/** The team's next meeting (the demo plans one), or one planned for today. */
	private UUID nextMeeting() throws Exception {
		var next = outcomes.nextMeeting(fixtures.demoTeam(), LocalDate.now(clock));
		return next.isPresent() ? next.get() : fixtures.meetingToday(List.of(), null);
	}

	private void check(Width width, String screen) {
		Accessibility.assertUsable(browser, screen);
		browser.screenshotOfWholePage(width.fileName(screen));
	}

	/**
	 * The checks read the page from its top: after a press lower down, the page header
	 * would lie over what axe-core measures.
	 */
	private void atTheTop() {
		browser.script("window.scrollTo(0, 0)");
	}

}
