package nl.regie.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.regie.RegieTest;
import nl.regie.demo.DemoMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell every screen shares, as people use it in a real Chromium at desk and phone
 * width: every demo account lands on a page with something to do, a form submitted empty
 * says what is wrong, household members come and go without a reload, households are
 * found within need-to-know, and a letter sent in the demo arrives at the demo's SMTP
 * server. Every screen passes axe-core.
 */
@RegieTest
class ShellBrowserTest {

	private static final String PASSWORD = "regie-demo";

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoMailServer mail;

	@BeforeEach
	void aFreshVisitor() {
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

	/** The demo accounts and where their work starts. */
	enum Account {

		TEAM_LEADER("teamleider", "/referrals"), TEAM_ASSISTANT("teamassistent", "/referrals"),
		CASE_MANAGER("casemanager", "/cases/my"), CORE_TEAM_MEMBER("kernteamlid", "/cases/my"),
		SPECIALIST("specialist", "/cases/consultations"), VOLUNTEER("vrijwilliger", "/task-cards"),
		HOUSEHOLD("huishouden", "/"), POLICY_OFFICER("beleid", "/social-map"), ADMINISTRATOR("beheerder", "/admin"),
		PRIVACY_OFFICER("privacy", "/privacy");

		final String username;

		final String start;

		Account(String username, String start) {
			this.username = username;
			this.start = start;
		}

	}

	@ParameterizedTest
	@EnumSource(Account.class)
	void everyDemoAccountLandsOnAPageWithSomethingToDo(Account account) {
		for (Width width : Width.values()) {
			browser.signOut().resize(width.size());
			browser.logIn(account.username, PASSWORD);

			assertThat(browser.path()).isEqualTo(account.start);
			assertThat(browser.waitFor(By.tagName("h1")).getText()).isNotBlank().doesNotContain("Geen toegang");
			WebElement main = browser.driver().findElement(By.tagName("main"));
			assertThat(main.findElements(By.cssSelector("a[href], button"))).as("something to do").isNotEmpty();
			assertThat(browser.driver().findElements(By.cssSelector("nav a[aria-current=page]")))
				.as("the menu marks the current page")
				.isNotEmpty();
			if (account.start.equals("/")) {
				assertThat(main.findElements(By.cssSelector("[data-testid=role-today]"))).hasSize(1);
				assertThat(main.getText()).contains("Wie kan helpen:");
			}
			if (width == Width.PHONE) {
				int header = ((Number) browser.script("return document.querySelector('header').offsetHeight"))
					.intValue();
				assertThat(header).as("header height on a phone").isLessThan(Browser.PHONE.height / 8);
			}
			Accessibility.assertUsable(browser, "start of " + account.username);
			browser.screenshot(width.fileName("start-" + account.username));
		}
	}

	@Test
	void aRefusedPageSaysWhyAndWhomToAsk() {
		browser.logIn("casemanager", PASSWORD).open("/referrals");

		assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
		assertThat(browser.driver().findElement(By.cssSelector("[data-testid=refusal-reason]")).getText())
			.startsWith("Waarom:");
		assertThat(browser.driver().findElement(By.cssSelector("[data-testid=refusal-ask]")).getText())
			.startsWith("Wie kan helpen:");
		assertThat(browser.driver().findElements(By.cssSelector("nav a[href]"))).as("the menu stays").isNotEmpty();
		for (Width width : Width.values()) {
			browser.resize(width.size());
			Accessibility.assertUsable(browser, "403");
			browser.screenshot(width.fileName("refused"));
		}
	}

	@Test
	void aFormSubmittedEmptyListsEveryProblemAsALinkAndTakesTheFocus() {
		for (Width width : Width.values()) {
			browser.signOut().resize(width.size());
			browser.logIn("teamassistent", PASSWORD).open("/referrals/new");
			browser.submit(By.cssSelector("[data-testid=intake-submit]"));

			WebElement summary = browser.waitFor(By.cssSelector("[data-testid=error-summary]"));
			assertThat(browser.driver().getTitle()).startsWith("Fout: ");
			assertThat(browser.script("return document.activeElement.id")).isEqualTo("error-summary");
			List<WebElement> links = summary.findElements(By.cssSelector("a[href^='#']"));
			int messages = browser.driver()
				.findElements(By.cssSelector("form .utrecht-form-field-error-message"))
				.size();
			assertThat(links).as("one link per problem").hasSize(messages).isNotEmpty();
			for (WebElement link : links) {
				String target = link.getDomAttribute("href").substring(1);
				assertThat(browser.driver().findElements(By.id(target))).as("field " + target).hasSize(1);
			}
			assertThat(summary.getText()).contains("Vul de reden van de aanmelding in.");
			Accessibility.assertUsable(browser, "intake with errors");
			browser.screenshot(width.fileName("intake-errors"));

			WebElement reason = summary.findElement(By.cssSelector("a[href='#intake-reason']"));
			browser.script("arguments[0].click()", reason);
			assertThat(browser.script("return document.activeElement.id")).isEqualTo("intake-reason");
		}
	}

	@Test
	void aMemberIsAddedAndRemovedWithoutReloadingThePage() {
		browser.logIn("teamassistent", PASSWORD).open("/referrals/new");
		browser.type("intake-household-members-0-givenName", "Anna");
		browser.script("window.regiePageMarker = 'still here'");

		browser.driver().findElement(By.cssSelector("[data-testid=add-member]")).click();
		browser.waitUntil(d -> d.findElements(By.cssSelector("[data-testid=intake-member]")).size() == 2);
		assertThat(browser.script("return window.regiePageMarker")).as("no full reload").isEqualTo("still here");
		assertThat(browser.script("return document.activeElement.id"))
			.isEqualTo("intake-household-members-1-givenName");
		browser.type("intake-household-members-1-givenName", "Bram");
		browser.setValue("intake-household-members-1-dateOfBirth", "2015-06-01");
		Accessibility.assertUsable(browser, "intake with two members");
		browser.screenshot("intake-members");

		browser.driver().findElements(By.cssSelector("[data-testid=remove-member]")).get(0).click();
		browser.waitUntil(d -> d.findElements(By.cssSelector("[data-testid=intake-member]")).size() == 1);
		assertThat(browser.script("return window.regiePageMarker")).isEqualTo("still here");
		assertThat(browser.driver().findElement(By.id("intake-household-members-0-givenName")).getDomProperty("value"))
			.isEqualTo("Bram");
		assertThat(browser.script("return document.activeElement.id")).isEqualTo("intake-members-heading");
	}

	@Test
	void householdsAreFoundByNameAndPostcodeButNotAnotherTeams() {
		String otherTeamsFamily = "Anderteam" + UUID.randomUUID().toString().substring(0, 6);
		householdKnownOnlyToAnotherTeam(otherTeamsFamily);
		for (Width width : Width.values()) {
			browser.signOut().resize(width.size());
			browser.logIn("teamleider", PASSWORD).open("/households");

			browser.type("search-name", "kees jans").submit(By.cssSelector("[data-testid=search-households]"));
			assertThat(results()).anyMatch(text -> text.contains("Kees Jansen"));
			Accessibility.assertUsable(browser, "household search");
			browser.screenshot(width.fileName("household-search"));

			browser.type("search-name", "").type("search-postcode", "1068 aa");
			browser.submit(By.cssSelector("[data-testid=search-households]"));
			assertThat(results()).isNotEmpty().allMatch(text -> text.contains("1068AA"));

			browser.type("search-postcode", "").type("search-name", otherTeamsFamily);
			browser.submit(By.cssSelector("[data-testid=search-households]"));
			assertThat(results()).isEmpty();
			assertThat(browser.driver().findElement(By.cssSelector("[data-testid=household-results]")).getText())
				.contains("Geen huishouden van uw team gevonden");
		}
	}

	@Test
	void aLetterSentInTheDemoArrivesAtTheDemosMailServer() {
		String referrer = "Dr. Post " + UUID.randomUUID().toString().substring(0, 6);
		String address = "post." + UUID.randomUUID().toString().substring(0, 6) + "@ziekenhuis.example";
		browser.logIn("teamassistent", PASSWORD).open("/referrals/new");
		browser.select("intake-referrer-type", "HOSPITAL")
			.type("intake-referrer-name", referrer)
			.type("intake-referrer-contact", address)
			.type("intake-household-postcode", "1067 AB")
			.type("intake-household-houseNumber", String.valueOf(500 + (int) (Math.random() * 9000)))
			.type("intake-household-members-0-givenName", "Lotte")
			.type("intake-household-members-0-familyName", "Brief" + UUID.randomUUID().toString().substring(0, 6))
			.setValue("intake-household-members-0-dateOfBirth", "1985-03-03")
			.type("intake-reason", "Schulden en eenzaamheid.")
			.check(By.cssSelector("input[value=FINANCES]"))
			.check(By.cssSelector("input[value=SOCIAL_NETWORK]"))
			.submit(By.cssSelector("[data-testid=intake-submit]"));
		browser.waitFor(By.cssSelector("[data-testid=referrer-message]"));
		for (Width width : Width.values()) {
			browser.resize(width.size());
			Accessibility.assertUsable(browser, "referral with a letter to send");
		}
		browser.resize(Browser.DESKTOP);
		browser.submit(By.cssSelector("[data-testid=send-email]"));

		assertThat(browser.waitFor(By.cssSelector("[data-testid=referrer-message-sent]")).getText())
			.startsWith("Per e-mail verstuurd aan " + address);
		assertThat(mail.received()).anySatisfy(letter -> {
			assertThat(letter.to()).isEqualTo(address);
			assertThat(letter.text()).startsWith("Beste " + referrer);
		});
		browser.open("/demo/mailbox");
		assertThat(browser.waitFor(By.tagName("main")).getText()).contains(address);
		for (Width width : Width.values()) {
			browser.resize(width.size());
			Accessibility.assertUsable(browser, "demo mailbox");
			browser.screenshot(width.fileName("demo-mailbox"));
		}
	}

	/**
	 * The screens not walked above, at both widths, for axe-core and for the README's
	 * pictures.
	 */
	@ParameterizedTest
	@EnumSource(Screen.class)
	void screenIsAccessibleAtDeskAndPhoneWidth(Screen screen) {
		browser.logIn(screen.username, PASSWORD).open(screen.path(jdbc));
		browser.waitFor(By.tagName("h1"));
		for (Width width : Width.values()) {
			browser.resize(width.size());
			Accessibility.assertUsable(browser, screen.name());
			browser.screenshotOfWholePage(width.fileName(screen.fileName));
		}
	}

	enum Screen {

		ACCOUNT("own-account", "vrijwilliger", "/account"), ADMIN("admin", "beheerder", "/admin"),
		ADMIN_ACCOUNTS("admin-accounts", "beheerder", "/admin/accounts"),
		ADMIN_NEW_ACCOUNT("admin-account-new", "beheerder", "/admin/accounts/new"),
		ADMIN_LABELS("admin-labels", "beheerder", "/admin/labels"), ADMIN_TEAM("admin-team", "beheerder", null),
		ADMIN_SIGN_IN("admin-sign-in", "beheerder", "/admin/sign-in"),
		INTAKE("referral-intake", "teamassistent", "/referrals/new"),
		WAITLIST("waitlist", "teamleider", "/referrals/waitlist"),
		REFERRAL_TO_SCREEN("referral-screening", "teamleider", null),
		REFERRAL_DECIDED("referral-decided", "teamleider", null), LETTER("letter", "teamassistent", null);

		final String fileName;

		final String username;

		private final String path;

		Screen(String fileName, String username, String path) {
			this.fileName = fileName;
			this.username = username;
			this.path = path;
		}

		String path(JdbcClient jdbc) {
			return switch (this) {
				case ADMIN_TEAM ->
					"/admin/teams/" + jdbc.sql("select id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
						.query(UUID.class)
						.single();
				case REFERRAL_TO_SCREEN -> "/referrals/" + demoReferral(jdbc, "RECEIVED");
				case REFERRAL_DECIDED -> "/referrals/" + demoReferral(jdbc, "ACCEPTED");
				case LETTER -> {
					UUID referral = demoReferral(jdbc, "RECEIVED");
					UUID message = jdbc.sql("select id from referrer_message where referral_id = :r limit 1")
						.param("r", referral)
						.query(UUID.class)
						.single();
					yield "/referrals/" + referral + "/referrer-messages/" + message + "/print";
				}
				default -> path;
			};
		}

		/** A referral of the demo data, the oldest of its status. */
		private static UUID demoReferral(JdbcClient jdbc, String status) {
			return jdbc
				.sql("""
						select r.id from referral r join team t on t.id = r.team_id
						where t.name = 'Samen DOEN Geuzenveld-Slotermeer' and r.status = :s and r.referrer_contact = '020 555 0100'
						  and exists (select 1 from referrer_message m where m.referral_id = r.id)
						order by r.received_on, r.id limit 1""")
				.param("s", status)
				.query(UUID.class)
				.single();
		}

	}

	private List<String> results() {
		browser.waitFor(By.cssSelector("[data-testid=household-results]"));
		return browser.driver()
			.findElements(By.cssSelector("[data-testid=household-result]"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** A household that only another team of the demo municipality has a referral of. */
	private void householdKnownOnlyToAnotherTeam(String familyName) {
		UUID municipality = jdbc.sql("select municipality_id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
			.query(UUID.class)
			.single();
		UUID area = jdbc.sql("select area_id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
			.query(UUID.class)
			.single();
		UUID team = UUID.randomUUID();
		UUID household = UUID.randomUUID();
		jdbc.sql("insert into team (id, municipality_id, area_id, name) values (:id, :m, :a, :n)")
			.param("id", team)
			.param("m", municipality)
			.param("a", area)
			.param("n", "Ander team " + team)
			.update();
		jdbc.sql("insert into household (id, municipality_id, postcode, house_number, created_at) "
				+ "values (:id, :m, '1068AA', '7', now())")
			.param("id", household)
			.param("m", municipality)
			.update();
		jdbc.sql("insert into household_member (id, municipality_id, household_id, given_name, family_name, "
				+ "date_of_birth) values (gen_random_uuid(), :m, :h, 'Kees', :f, date '1970-01-01')")
			.param("m", municipality)
			.param("h", household)
			.param("f", familyName)
			.update();
		jdbc.sql("insert into household_team (team_id, household_id, municipality_id) values (:t, :h, :m)")
			.param("t", team)
			.param("h", household)
			.param("m", municipality)
			.update();
	}

}
