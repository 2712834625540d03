package nl.regie.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * The README's pictures, taken from a running demo (not from the test database): start
 * {@code SERVER_PORT=8182 ./regie run} and run
 * {@code ./regie test -Dtest=DemoScreenshots -Dregie.demo.port=8182}. Skipped otherwise.
 * The pictures go to {@code docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "regie.demo.port", matches = "\\d+")
class DemoScreenshots {

	@Test
	void picturesOfTheTeamMeetingAndTheCaseScreens() throws Exception {
		int port = Integer.parseInt(System.getProperty("regie.demo.port"));
		try (Browser browser = Browser.start(port)) {
			browser.logIn("teamleider", "regie-demo").open("/meetings");
			browser.submitLink(By.cssSelector("[data-testid=meetings] a"));
			String agenda = browser.path();
			both(browser, "agenda");
			browser.open(agenda + "/print");
			shoot(browser, "agenda-print", Width.DESK);
			browser.open(agenda).submitLink(By.cssSelector("[data-testid=assign]"));
			shoot(browser, "assignment", Width.DESK);
			browser.open("/team/caseload");
			both(browser, "caseload");

			browser.signOut().logIn("specialist", "regie-demo").open(agenda);
			shoot(browser, "agenda-outsider", Width.DESK);

			browser.signOut().logIn("casemanager", "regie-demo").open("/cases/my");
			both(browser, "my-cases");
			browser.resize(Width.PHONE.size());
			browser.submitLink(By.cssSelector("[data-testid=my-cases] .regie-card__title a"));
			shoot(browser, "case", Width.PHONE);
			browser.submitLink(By.cssSelector("[data-testid=new-contact]"));
			shoot(browser, "quick-contact", Width.PHONE);
			browser.driver().navigate().back();
			browser.waitFor(By.cssSelector("[data-testid=stage]"));
			if (!browser.driver().findElements(By.cssSelector("[data-testid=to-closing]")).isEmpty()) {
				browser.submitLink(By.cssSelector("[data-testid=to-closing]"));
				shoot(browser, "closing", Width.PHONE);
			}
		}
	}

	private static void both(Browser browser, String name) throws Exception {
		shoot(browser, name, Width.DESK);
		shoot(browser, name, Width.PHONE);
		browser.resize(Width.DESK.size());
	}

	private static void shoot(Browser browser, String name, Width width) throws Exception {
		browser.resize(width.size());
		Path picture = browser.screenshotOfWholePage(width.fileName(name));
		Path docs = Path.of("docs", "screenshots", picture.getFileName().toString());
		Files.createDirectories(docs.getParent());
		Files.copy(picture, docs, StandardCopyOption.REPLACE_EXISTING);
	}

}
