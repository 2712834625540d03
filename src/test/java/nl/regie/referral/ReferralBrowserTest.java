package nl.regie.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.regie.RegieTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The referral path as people walk it, in a real headless Chromium: the team assistant
 * records the referral, the team leader screens and accepts it, and a case waits for
 * assignment. Screenshots at desktop and phone width land in target/screenshots; every
 * screen must not scroll sideways on a phone and must pass axe-core's WCAG 2.1 AA rules.
 */
@RegieTest
class ReferralBrowserTest {

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(375, 812);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriverService service;

	ChromeDriver driver;

	@BeforeEach
	void startChromium() {
		service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900");
		driver = new ChromeDriver(service, options);
	}

	@AfterEach
	void quitChromium() {
		try {
			driver.quit();
		}
		finally {
			service.stop();
		}
	}

	@Test
	void teamAssistantRecordsAReferralAndTheTeamLeaderScreensAndAcceptsIt() throws IOException {
		String familyName = "Browser" + UUID.randomUUID().toString().substring(0, 8);
		logIn("teamassistent");
		open("/referrals/new");
		screenshots("intake-form");
		new Select(driver.findElement(By.id("referrer-type"))).selectByValue("WORK_AND_INCOME");
		type("referrer-organisation", "DWI");
		type("referrer-name", "M. de Boer");
		type("referrer-contact", "020 555 0100");
		type("household-postcode", "1067 AB");
		type("household-house-number", ReferralFixtures.uniqueHouseNumber());
		type("member-0-given-name", "Samira");
		type("member-0-family-name", familyName);
		((JavascriptExecutor) driver).executeScript(
				"document.getElementById('member-0-date-of-birth').value = '1989-04-12'");
		type("member-0-bsn", ReferralFixtures.validBsn());
		type("reason", "Alleenstaande moeder met schulden, zoon loopt vast op school.");
		click(By.cssSelector("input[value=FINANCES]"));
		click(By.cssSelector("input[value=WORK_EDUCATION]"));
		click(By.id("householdKnows1"));
		click(By.cssSelector("form.regie-form button.utrecht-button--primary-action"));
		waitFor(By.cssSelector("[data-testid=status]"));
		String referralPath = driver.getCurrentUrl().substring(("http://localhost:" + port).length());
		assertThat(driver.findElement(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Ontvangen");

		driver.manage().deleteAllCookies();
		logIn("teamleider");
		waitFor(By.cssSelector("[data-testid=status-counts]"));
		screenshots("inbox");
		open(referralPath);
		screenshots("referral-before-screening");
		click(By.cssSelector("form[action$='/screening'] button[type=submit]"));
		waitFor(By.cssSelector("form[action$='/decision']"));
		screenshots("referral-screened");
		click(By.cssSelector("input[name=outcome][value=ACCEPT]"));
		type("decision-reason", "Schulden en school: meerdere leefgebieden, niemand heeft regie.");
		click(By.cssSelector("form[action$='/decision'] button[type=submit]"));

		assertThat(waitFor(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Geaccepteerd");
		screenshots("referral-accepted");
		UUID referral = UUID.fromString(referralPath.substring("/referrals/".length()));
		assertThat(jdbc.sql("select stage from case_file where referral_id = :r")
			.param("r", referral)
			.query(String.class)
			.single()).isEqualTo("AWAITING_ASSIGNMENT");

		open("/referrals/waitlist");
		waitFor(By.cssSelector("[data-testid=capacity]"));
		screenshots("waitlist");
	}

	private void logIn(String username) {
		open("/login");
		type("username", username);
		type("password", ReferralFixtures.PASSWORD);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().endsWith("/login"));
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private void type(String id, String text) {
		WebElement field = waitFor(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void click(By locator) {
		WebElement element = waitFor(locator);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Full-page screenshots at desktop and phone width; the phone must not scroll sideways. */
	private void screenshots(String name) throws IOException {
		for (Dimension size : new Dimension[] { DESKTOP, PHONE }) {
			driver.manage().window().setSize(size);
			Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
			driver.manage().window().setSize(new Dimension(size.width, Math.min(((Number) height).intValue() + 150, 6000)));
			Path target = Path.of("target", "screenshots", name + "-" + size.width + ".png");
			Files.createDirectories(target.getParent());
			Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			assertThat((Boolean) ((JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth"))
				.as(name + " at " + size.width + " px scrolls sideways")
				.isFalse();
		}
		driver.manage().window().setSize(DESKTOP);
		Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
		assertThat(axe.getViolations().stream().map(rule -> rule.getId() + " (" + rule.getImpact() + ") "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList()).toList())
			.as(name + ": WCAG 2.1 AA violations (axe-core)")
			.isEmpty();
	}

}
