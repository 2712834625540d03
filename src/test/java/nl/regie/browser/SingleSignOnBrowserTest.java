package nl.regie.browser;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import nl.regie.RegieTest;
import nl.regie.identity.OpenIdProvider;
import nl.regie.identity.Role;
import nl.regie.identity.TestOneTimeCodes;
import nl.regie.organisation.OtherMunicipality;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in as a person does, in a real Chromium: the sign-in choice, the button of the
 * municipality's provider, the provider's own sign-in page (a real OpenID provider on
 * loopback), back in Regie on the right page with the prepared account's roles; and a
 * local account setting up its second factor. Both screens checked with axe-core at desk
 * and phone width, with screenshots for the README.
 */
@RegieTest
class SingleSignOnBrowserTest {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	private OtherMunicipality nieuwegein;

	private String registrationId;

	@BeforeEach
	void aMunicipalityWithItsProvider() {
		if (browser == null) {
			browser = Browser.start(port);
		}
		browser.signOut().resize(Browser.DESKTOP);
		nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);
		registrationId = OpenIdProvider.registerFor(jdbc, nieuwegein.id,
				"browser-" + nieuwegein.id.toString().substring(0, 8), "Gemeente Nieuwegein");
	}

	@AfterEach
	void withoutItsProvider() {
		OpenIdProvider.unregister(jdbc, nieuwegein.id);
	}

	@AfterAll
	static void quitBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@Test
	void theSignInChoiceIsAccessibleAtDeskAndPhoneWidth() {
		for (Width width : Width.values()) {
			browser.signOut().resize(width.size());
			browser.open("/login").waitFor(By.cssSelector("[data-testid=sso-provider]"));

			Accessibility.assertUsable(browser, "sign-in choice");
			browser.screenshot(width.fileName("sign-in-choice"));
		}
	}

	@Test
	void aPreparedTeamLeaderSignsInThroughTheProviderAndLandsOnTheInboxWithRegiesRoles() {
		String teamLeader = nieuwegein.account(Role.TEAM_LEADER);
		OpenIdProvider.prepare(jdbc, teamLeader, teamLeader + "@nieuwegein.example");
		browser.open("/login");

		WebElement button = browser.waitFor(By.cssSelector("a[href='/login/sso/" + registrationId + "']"));
		assertThat(button.getText()).isEqualTo("Inloggen via Gemeente Nieuwegein");
		browser.submit(By.cssSelector("a[href='/login/sso/" + registrationId + "']"));
		assertThat(browser.driver().getCurrentUrl()).startsWith("http://127.0.0.1:");
		browser.driver().findElement(By.name("username")).sendKeys("subject-" + UUID.randomUUID());
		browser.driver()
			.findElement(By.name("claims"))
			.sendKeys("{\"preferred_username\": \"" + teamLeader + "@nieuwegein.example\"}");
		browser.submit(By.cssSelector("input[type=submit]"));

		browser.waitFor(By.cssSelector("[data-testid=new-referral]"));
		assertThat(browser.path()).isEqualTo("/referrals");
		WebElement header = browser.driver().findElement(By.tagName("header"));
		assertThat(header.findElement(By.cssSelector(".regie-header__account")).getText()).isEqualTo("Ans de Vries");
		assertThat(header.getText()).contains("Teamleider");
		assertThat(header.findElement(By.cssSelector("[data-testid=team-name]")).getText())
			.isEqualTo("Buurtteam Noord");

		browser.submit(By.cssSelector("header form[action='/logout'] button"));
		WebElement providerLogout = browser.waitFor(By.cssSelector("[data-testid=provider-logout]"));
		assertThat(providerLogout.getText()).isEqualTo("Ook uitloggen bij Gemeente Nieuwegein");
		browser.submit(By.cssSelector("[data-testid=provider-logout]"));
		browser.waitUntil(driver -> browser.path().equals("/login?logout"));
	}

	@Test
	void aSubjectWithoutAPreparedAccountIsToldWhomToAsk() {
		browser.open("/login").submit(By.cssSelector("a[href='/login/sso/" + registrationId + "']"));
		browser.driver().findElement(By.name("username")).sendKeys("subject-" + UUID.randomUUID());
		browser.submit(By.cssSelector("input[type=submit]"));

		assertThat(browser.waitFor(By.cssSelector("[data-testid=sso-refusal]")).getText())
			.contains("er is in Regie nog geen account voor u klaargezet");
		assertThat(browser.path()).isEqualTo("/login?sso=no-account");
	}

	@Test
	void aLocalAccountSetsUpItsSecondFactorOnItsFirstSignIn() {
		jdbc.sql("insert into sign_in_policy (municipality_id, second_factor_required) values (:m, true)")
			.param("m", nieuwegein.id)
			.update();
		String teamLeader = nieuwegein.account(Role.TEAM_LEADER);
		for (Width width : Width.values()) {
			browser.signOut().resize(width.size());
			browser.logIn(teamLeader, OtherMunicipality.PASSWORD).waitFor(By.cssSelector("svg.regie-qr"));

			assertThat(browser.path()).isEqualTo("/login/second-factor");
			assertThat(browser.driver().findElements(By.cssSelector("nav a[href]"))).as("no menu halfway in").isEmpty();
			Accessibility.assertUsable(browser, "second-factor enrolment");
			browser.screenshotOfWholePage(width.fileName("second-factor-enrol"));
		}
		String secret = browser.waitFor(By.cssSelector("[data-testid=enrolment-secret]")).getText().replace(" ", "");
		browser.resize(Browser.DESKTOP).type("secondFactor-code", TestOneTimeCodes.now(secret));
		browser.submit(By.cssSelector("form[action='/login/second-factor/enrol'] button"));

		assertThat(browser.waitFor(By.cssSelector("[data-testid=recovery-codes]")).findElements(By.tagName("li")))
			.hasSize(10);
		Accessibility.assertUsable(browser, "recovery codes");
		browser.open("/referrals").waitFor(By.cssSelector("[data-testid=new-referral]"));
		assertThat(browser.path()).isEqualTo("/referrals");
	}

}
