package nl.regie.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton as a person sees it: in a real Chromium, typing into the login
 * form, reading the inbox, at desktop and at phone width, checked with axe-core.
 */
@RegieTest
class WalkingSkeletonBrowserTest {

	private static final String TEAM = "Samen DOEN Geuzenveld-Slotermeer";

	/**
	 * One Chromium for the whole class: starting one takes seconds on a small machine.
	 */
	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@BeforeEach
	void aFreshVisitorAtADesk() {
		if (browser == null) {
			browser = Browser.start(port);
		}
		browser.signOut().resize(Browser.DESKTOP);
	}

	@AfterAll
	static void quitBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@Test
	void loginPageSpeaksDutch() {
		browser.open("/login");

		assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Inloggen bij Regie");
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
		assertThat(browser.driver().getTitle()).isEqualTo("Inloggen bij Regie – Regie");
		assertThat(label("login-username")).isEqualTo("Gebruikersnaam");
		assertThat(label("login-password")).isEqualTo("Wachtwoord");
		assertThat(browser.driver().findElement(By.cssSelector("form button[type=submit]")).getText())
			.isEqualTo("Inloggen");
	}

	@Test
	void teamLeaderLogsInAndSeesTheTeamsReferrals() {
		browser.logIn("teamleider", "regie-demo");

		assertThat(browser.path()).isEqualTo("/referrals");
		WebElement inbox = browser.waitFor(By.cssSelector("[data-testid=inbox]"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Aanmeldingen");
		WebElement header = browser.driver().findElement(By.tagName("header"));
		assertThat(header.findElement(By.cssSelector("[data-testid=team-name]")).getText()).isEqualTo(TEAM);
		assertThat(header.getText()).contains("Teamleider");

		int referrals = referralsOfTheDemoTeam();
		assertThat(inbox.findElement(By.tagName("caption")).getText()).isEqualTo(referrals + " aanmeldingen");
		assertThat(inbox.findElements(By.cssSelector("tbody tr"))).extracting(row -> cells(row).get(2))
			.containsExactlyElementsOf(newestReferrersOfTheDemoTeam(25));
	}

	/**
	 * Other tests add referrals to the demo team (today, in any order), so the demo's own
	 * households are looked up by filter rather than expected on the first page.
	 */
	@Test
	void filteredInboxShowsTheDemoReferralsWithTheirDetails() {
		browser.logIn("teamleider", "regie-demo");

		browser.open("/referrals?status=RECEIVED&referrerType=SELF_REFERRAL");
		assertThat(cells(rowOf(inboxRows(), "Kees Jansen (zelf)"))).containsExactly("Kees Jansen\n1068AA",
				receivedOn("Kees Jansen (zelf)"), "Eigen aanmelding\nKees Jansen (zelf)",
				"Financiën\nWerk & opleiding\nGeestelijke gezondheid", "Ontvangen");
		browser.open("/referrals?referrerType=HOSPITAL");
		assertThat(cells(rowOf(inboxRows(), "OLVG West – Dr. A. Bakker")))
			.contains("Ziekenhuis\nOLVG West – Dr. A. Bakker");
		for (String status : List.of("RECEIVED", "ACCEPTED", "DECLINED", "WAITLISTED", "HANDED_OVER")) {
			browser.open("/referrals?status=" + status);
			assertThat(inboxRows()).isNotEmpty()
				.extracting(row -> cells(row).get(4).lines().findFirst().orElse("").split(" · ")[0])
				.containsOnly(dutch("referralStatus." + status));
		}
	}

	private String dutch(String key) {
		return messages.getMessage(key, null, Locale.forLanguageTag("nl"));
	}

	private List<WebElement> inboxRows() {
		return browser.waitFor(By.cssSelector("[data-testid=inbox]")).findElements(By.cssSelector("tbody tr"));
	}

	/** The inbox's own order: newest first, then by id. */
	private List<String> newestReferrersOfTheDemoTeam(int limit) {
		return jdbc.sql("""
				select r.referrer_type, r.referrer_organisation, r.referrer_name from referral r
				join team t on t.id = r.team_id where t.name = :team order by r.received_on desc, r.id limit :limit""")
			.param("team", TEAM)
			.param("limit", limit)
			.query((rs, n) -> dutch("referrerType." + rs.getString("referrer_type")) + "\n"
					+ (rs.getString("referrer_organisation") == null ? ""
							: rs.getString("referrer_organisation") + " – ")
					+ rs.getString("referrer_name"))
			.list();
	}

	@Test
	void wrongPasswordIsRefusedInDutch() {
		browser.logIn("teamleider", "niet-het-wachtwoord");

		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.waitFor(By.cssSelector("[data-testid=error-summary] a")).getText())
			.isEqualTo("Gebruikersnaam of wachtwoord is onjuist. Probeer het opnieuw.");
		assertThat(browser.driver().getTitle()).startsWith("Fout: ");
	}

	@Test
	void volunteerIsToldTheInboxIsNotForThem() {
		browser.logIn("vrijwilliger", "regie-demo");

		browser.open("/referrals");

		assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
		assertThat(browser.driver().findElement(By.tagName("main")).getText())
			.contains("U kunt deze pagina niet openen.")
			.doesNotContain("Exception");
		assertThat(browser.driver().findElement(By.cssSelector("[data-testid=refusal-reason]")).getText())
			.contains("teamleider en de teamassistenten");
		assertThat(browser.driver().findElement(By.cssSelector("[data-testid=refusal-ask]")).getText())
			.startsWith("Wie kan helpen:");
	}

	/**
	 * Each screen at desk and phone width: no axe-core violation of any impact, no
	 * sideways scrolling on a phone, and a screenshot for people to look at (the README
	 * shows them).
	 */
	@ParameterizedTest
	@EnumSource(Screen.class)
	void screenIsAccessibleAtDeskAndPhoneWidth(Screen screen) {
		for (Width width : Width.values()) {
			browser.signOut().resize(width.size());
			screen.show(browser);

			Accessibility.assertUsable(browser, screen.toString());
			browser.screenshot(width.fileName(screen.fileName));
		}
	}

	enum Screen {

		LOGIN("login") {
			@Override
			void show(Browser browser) {
				browser.open("/login").waitFor(By.id("login-username"));
			}
		},
		INBOX("inbox") {
			@Override
			void show(Browser browser) {
				browser.logIn("teamleider", "regie-demo").waitFor(By.cssSelector("[data-testid=inbox]"));
			}
		};

		final String fileName;

		Screen(String fileName) {
			this.fileName = fileName;
		}

		abstract void show(Browser browser);

	}

	private String label(String inputId) {
		return browser.driver().findElement(By.cssSelector("label[for=" + inputId + "]")).getText();
	}

	private static WebElement rowOf(List<WebElement> rows, String text) {
		return rows.stream().filter(row -> row.getText().contains(text)).findFirst().orElseThrow();
	}

	private static List<String> cells(WebElement row) {
		return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
	}

	/** Other tests add referrals to the demo team, so count what is there now. */
	private int referralsOfTheDemoTeam() {
		return jdbc.sql("select count(*) from referral r join team t on t.id = r.team_id where t.name = :team")
			.param("team", TEAM)
			.query(Integer.class)
			.single();
	}

	/**
	 * The demo data dates referrals relative to today, so the expected date comes from
	 * the database.
	 */
	private String receivedOn(String referrerName) {
		LocalDate received = jdbc.sql("select received_on from referral where referrer_name = :name")
			.param("name", referrerName)
			.query(LocalDate.class)
			.single();
		return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.of("nl")).format(received);
	}

}
