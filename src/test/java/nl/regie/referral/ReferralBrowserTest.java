package nl.regie.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.LoggerFactory;

import nl.regie.RegieTest;
import nl.regie.browser.Accessibility;
import nl.regie.browser.Browser;
import nl.regie.browser.Width;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral path as people walk it, in a real headless Chromium: the team assistant
 * records the referral, the team leader screens and accepts it, and a case waits for
 * assignment. Screenshots at desktop and phone width land in target/screenshots; every
 * screen must not scroll sideways on a phone and must pass axe-core's WCAG 2.1 AA rules.
 */
@RegieTest
class ReferralBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	/** Everything Regie logs during the walk, at the level production logs at. */
	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private Level testLevel;

	@BeforeEach
	void startChromiumAndListenToTheLog() {
		browser = Browser.start(port);
		Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
		testLevel = root.getLevel();
		root.setLevel(Level.INFO);
		log.start();
		root.addAppender(log);
	}

	@AfterEach
	void quitChromium() {
		Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
		root.detachAppender(log);
		root.setLevel(testLevel);
		browser.close();
	}

	@Test
	void teamAssistantRecordsAReferralAndTheTeamLeaderScreensAndAcceptsIt() {
		String familyName = "Browser" + UUID.randomUUID().toString().substring(0, 8);
		String bsn = ReferralFixtures.validBsn();
		String houseNumber = ReferralFixtures.uniqueHouseNumber();
		List<String> addressesAndTitles = new ArrayList<>();
		browser.logIn("teamassistent", ReferralFixtures.PASSWORD).open("/referrals/new");
		checkScreen("intake-form");
		browser.select("intake-referrer-type", "WORK_AND_INCOME")
			.type("intake-referrer-organisation", "DWI")
			.type("intake-referrer-name", "M. de Boer")
			.type("intake-referrer-contact", "020 555 0100")
			.type("intake-household-postcode", "1067 AB")
			.type("intake-household-houseNumber", houseNumber)
			.type("intake-household-members-0-givenName", "Samira")
			.type("intake-household-members-0-familyName", familyName)
			.setValue("intake-household-members-0-dateOfBirth", "1989-04-12")
			.type("intake-household-members-0-bsn", bsn)
			.type("intake-reason", "Alleenstaande moeder met schulden, zoon loopt vast op school.")
			.check(By.cssSelector("input[value=FINANCES]"))
			.check(By.cssSelector("input[value=WORK_EDUCATION]"))
			.check(By.id("intake-householdKnows"))
			.submit(By.cssSelector("[data-testid=intake-submit]"));
		String referralPath = browser.path();
		assertThat(browser.waitFor(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Ontvangen");
		addressesAndTitles.add(browser.path() + " " + browser.driver().getTitle());

		browser.signOut().logIn("teamleider", ReferralFixtures.PASSWORD);
		browser.waitFor(By.cssSelector("[data-testid=status-counts]"));
		checkScreen("referral-inbox");
		browser.open(referralPath);
		checkScreen("referral-before-screening");
		browser.submit(By.cssSelector("form[action*='/screening'] button[type=submit]"));
		browser.waitFor(By.cssSelector("form[action*='/decision']"));
		checkScreen("referral-screened");
		browser.check(By.cssSelector("input[name=outcome][value=ACCEPT]"))
			.type("decision-reason", "Schulden en school: meerdere leefgebieden, niemand heeft regie.")
			.submit(By.cssSelector("form[action*='/decision'] button[type=submit]"));

		assertThat(browser.waitFor(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Geaccepteerd");
		addressesAndTitles.add(browser.path() + " " + browser.driver().getTitle());
		checkScreen("referral-accepted");
		UUID referral = UUID.fromString(referralPath.substring("/referrals/".length()));
		assertThat(jdbc.sql("select stage from case_file where referral_id = :r")
			.param("r", referral)
			.query(String.class)
			.single()).isEqualTo("AWAITING_ASSIGNMENT");

		browser.open("/referrals/waitlist").waitFor(By.cssSelector("[data-testid=capacity]"));
		checkScreen("waitlist");

		List<String> personalData = List.of(familyName, bsn, "1067 AB", "1067AB", "1067 ab", houseNumber);
		LoggerFactory.getLogger(ReferralBrowserTest.class).info("canary: the log is being listened to");
		assertThat(log.list).map(ILoggingEvent::getFormattedMessage).contains("canary: the log is being listened to");
		assertThat(log.list).map(ReferralBrowserTest::logged)
			.allSatisfy(line -> assertThat(line).doesNotContain(personalData));
		assertThat(addressesAndTitles).allSatisfy(seen -> assertThat(seen).doesNotContain(personalData));
	}

	private static String logged(ILoggingEvent event) {
		IThrowableProxy thrown = event.getThrowableProxy();
		return event.getFormattedMessage() + (thrown == null ? "" : " " + ThrowableProxyUtil.asString(thrown));
	}

	/**
	 * The screen at desk and phone width passes what every screen must (see
	 * {@link Accessibility#assertUsable}). A picture of the whole page at both widths.
	 */
	private void checkScreen(String name) {
		for (Width width : Width.values()) {
			browser.resize(width.size());
			Accessibility.assertUsable(browser, name);
			browser.screenshotOfWholePage(width.fileName(name));
		}
		browser.resize(Browser.DESKTOP);
	}

}
