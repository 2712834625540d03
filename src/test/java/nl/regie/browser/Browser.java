package nl.regie.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests. It uses Debian's Chromium and ChromeDriver:
 * with both paths given, Selenium Manager is never asked to download a browser or driver,
 * so the tests run offline. Every instance gets its own throw-away profile, so nothing
 * (cookies, cache) leaks between test runs.
 */
public final class Browser implements AutoCloseable {

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	public static final Dimension PHONE = new Dimension(375, 812);

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** Generous for a busy two-core machine; waits return as soon as the condition holds. */
	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, String baseUrl) {
		this.service = service;
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
	}

	/**
	 * Starts Chromium at desktop size for the application at {@code http://localhost:port}.
	 */
	public static Browser start(int port) {
		Path profile = temporaryProfile();
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver;
		try {
			driver = new ChromeDriver(service, options(profile));
		}
		catch (RuntimeException startFailed) {
			service.stop();
			deleteQuietly(profile);
			throw startFailed;
		}
		Browser browser = new Browser(service, driver, profile, "http://localhost:" + port);
		try {
			return browser.resize(DESKTOP);
		}
		catch (RuntimeException resizeFailed) {
			browser.close();
			throw resizeFailed;
		}
	}

	private static ChromeOptions options(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
				"--user-data-dir=" + profile);
		return options;
	}

	public WebDriver driver() {
		return driver;
	}

	/** Opens a path of the application and returns once the page has loaded. */
	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/**
	 * Sets the size of the viewport, the part that shows the page: the window around it
	 * is made larger by what the browser itself takes. Returns once the page sees the new
	 * size, so layout checks right after do not measure the old one.
	 */
	public Browser resize(Dimension viewport) {
		driver.manage().window().setSize(viewport);
		Dimension shown = viewport();
		if (!shown.equals(viewport)) {
			driver.manage()
				.window()
				.setSize(new Dimension(2 * viewport.width - shown.width, 2 * viewport.height - shown.height));
		}
		waitUntil(d -> viewport().equals(viewport));
		return this;
	}

	private Dimension viewport() {
		@SuppressWarnings("unchecked")
		List<Number> size = (List<Number>) script("return [window.innerWidth, window.innerHeight]");
		return new Dimension(size.get(0).intValue(), size.get(1).intValue());
	}

	/** Forgets the signed-in user, as if a new person sat down at the screen. */
	public Browser signOut() {
		driver.manage().deleteAllCookies();
		return this;
	}

	public Browser logIn(String username, String password) {
		open("/login");
		WebElement usernameField = waitFor(By.id("username"));
		usernameField.clear();
		usernameField.sendKeys(username);
		WebElement passwordField = driver.findElement(By.id("password"));
		passwordField.clear();
		passwordField.sendKeys(password);
		String loginPage = driver.getCurrentUrl();
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(d -> !loginPage.equals(d.getCurrentUrl()));
		waitUntil(d -> "complete".equals(script("return document.readyState")));
		return this;
	}

	public WebElement waitFor(By locator) {
		return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, PATIENCE).until(condition::apply);
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/**
	 * True when the page is wider than the space it has, so a phone user would have to
	 * scroll sideways. Compared with the width inside the scroll bar, not the viewport:
	 * a page that only fits under an overlay scroll bar is too wide on a 360 px phone.
	 */
	public boolean scrollsHorizontally() {
		return (Boolean) script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	public Object script(String javascript) {
		return ((JavascriptExecutor) driver).executeScript(javascript);
	}

	/** Saves what the viewport shows as a PNG under {@code target/screenshots}. */
	public Path screenshot(String name) {
		Path target = Path.of("target", "screenshots", name + ".png");
		try {
			Files.createDirectories(target.getParent());
			Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	/** Quits Chromium and the driver even when one of them no longer answers. */
	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			service.stop();
			deleteQuietly(profile);
		}
	}

	private static Path temporaryProfile() {
		try {
			return Files.createTempDirectory("regie-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A left-over profile in the temp directory is harmless, so failing to delete one is no test failure. */
	private static void deleteQuietly(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException | UncheckedIOException ignored) {
			// see above
		}
	}

}
