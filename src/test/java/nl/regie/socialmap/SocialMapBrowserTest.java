package nl.regie.socialmap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import nl.regie.RegieTest;
import nl.regie.browser.Accessibility;
import nl.regie.browser.Browser;
import nl.regie.casefile.CaseFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The social map in a real headless Chromium, on the demo's map of Nieuw-West: a case
 * manager searches it, a functional administrator changes a provision (and loses a race
 * against a colleague) and imports a file. Every screen passes axe-core at a phone's and
 * a desk's width and does not scroll sideways; screenshots land in target/screenshots.
 */
@RegieTest
class SocialMapBrowserTest {

	static final Dimension PHONE = new Dimension(390, 844);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	@BeforeEach
	void startChromium() {
		browser = Browser.start(port).resize(Browser.DESKTOP);
	}

	@AfterEach
	void quitChromium() {
		browser.close();
	}

	@Test
	void aCaseManagerFindsDebtHelpInTheHouseholdsAreaByAnotherFormOfTheWord() {
		browser.logIn("casemanager", CaseFixtures.PASSWORD);
		browser.open("/social-map");
		browser.type("search-words", "schulden");
		browser.select("search-lifeDomain", "FINANCES");
		browser.select("search-areaId", area("Geuzenveld-Slotermeer").toString());
		browser.submit(By.cssSelector("[data-testid=search-provisions]"));

		List<String> found = browser.driver()
			.findElements(By.cssSelector("[data-testid=provision] h3"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(found).contains("Schuldhulpverlening");
		assertThat(browser.driver().findElements(By.cssSelector("a[href$='/edit']"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("search-withdrawn"))).isEmpty();
		bothWidths("socialmap-search");
	}

	@Test
	void anAdministratorWhoseColleagueSavedFirstSeesWhatTheColleagueSaved() {
		UUID provision = provision("Buurtkamer De Honingraat", "Koffieochtend en buurtmaaltijd");
		browser.logIn("beheerder", CaseFixtures.PASSWORD);
		browser.open("/social-map/" + provision + "/edit");
		bothWidths("socialmap-edit");
		jdbc.sql("update social_map_provision set contact = '020 555 0177', version = version + 1 where id = :id")
			.param("id", provision)
			.update();
		browser.type("provision-contact", "020 555 0188");
		browser.submit(By.cssSelector("[data-testid=save-provision]"));

		String conflict = browser.waitFor(By.cssSelector("[data-testid=conflict]")).getText();
		assertThat(conflict).contains("Iemand anders").contains("020 555 0177").contains("020 555 0188");
		bothWidths("socialmap-conflict");
		browser.submit(By.cssSelector("[data-testid=save-provision]"));
		assertThat(jdbc.sql("select contact from social_map_provision where id = :id")
			.param("id", provision)
			.query(String.class)
			.single()).isEqualTo("020 555 0188");
	}

	@Test
	void anAdministratorImportsAFileAndSeesPerRowWhatWasTakenAndWhy() throws IOException {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Path file = Files.createTempFile("sociale-kaart", ".csv");
		Files.writeString(file, """
				organisatie;naam;soort;levensdomeinen;gebied;postcode
				Taalhuis Osdorp %1$s;Taalmaatje;vrijwillig;WORK_EDUCATION|SOCIAL_NETWORK;Osdorp;1069 AB
				Taalhuis Osdorp %1$s;Leesclub;collectief;LEZEN;Osdorp;
				Taalhuis Osdorp %1$s;Schrijfcafé;collectief;WORK_EDUCATION;Osdorp;10690
				""".formatted(suffix), StandardCharsets.UTF_8);
		browser.logIn("beheerder", CaseFixtures.PASSWORD);
		browser.open("/social-map/import");
		bothWidths("socialmap-import");
		browser.waitFor(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		browser.submit(By.cssSelector("[data-testid=import-submit]"));

		assertThat(browser.waitFor(By.id("report-heading")).getText()).isEqualTo("1 overgenomen, 2 overgeslagen");
		List<String> rows = browser.driver()
			.findElements(By.cssSelector("[data-testid=import-row]"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(rows.get(1)).contains("Onbekend leefgebied").contains("LEZEN");
		assertThat(rows.get(2)).contains("geen Nederlandse postcode").contains("10690");
		bothWidths("socialmap-import-report");
		Files.delete(file);
	}

	private void bothWidths(String screen) {
		browser.resize(PHONE);
		Accessibility.assertUsable(browser, screen);
		browser.screenshotOfWholePage(screen + "-390");
		browser.resize(Browser.DESKTOP);
		Accessibility.assertUsable(browser, screen);
		browser.screenshotOfWholePage(screen + "-1280");
	}

	private UUID area(String name) {
		return jdbc.sql("""
				select a.id from area a join municipality m on m.id = a.municipality_id
				where m.code = '0363' and a.name = :n""").param("n", name).query(UUID.class).single();
	}

	private UUID provision(String organisation, String name) {
		return jdbc.sql("""
				select p.id from social_map_provision p join municipality m on m.id = p.municipality_id
				where m.code = '0363' and p.organisation = :o and p.name = :n""")
			.param("o", organisation)
			.param("n", name)
			.query(UUID.class)
			.single();
	}

}
