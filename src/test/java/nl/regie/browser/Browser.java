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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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

	/**
	 * Generous for a busy two-core machine; waits return as soon as the condition holds.
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(15);

	/** Keeps the picture of a page that grew out of hand small enough to open. */
	private static final int TALLEST_SCREENSHOT = 6000;

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
	 * Starts Chromium at desktop size for the application at
	 * {@code http://localhost:port}.
	 */
	public static Browser start(int port) {
		Path profile = temporaryProfile();
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
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
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--user-data-dir=" + profile);
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
		Dimension shown = settledViewport();
		if (!shown.equals(viewport)) {
			Dimension window = driver.manage().window().getSize();
			driver.manage()
				.window()
				.setSize(new Dimension(viewport.width + Math.max(0, window.width - shown.width),
						viewport.height + Math.max(0, window.height - shown.height)));
		}
		waitUntil(d -> viewport().equals(viewport));
		return this;
	}

	/**
	 * The viewport once two reads agree: a resize may return before the page sees it, and
	 * the window's border must be measured against the new size, not the old one.
	 */
	private Dimension settledViewport() {
		Dimension[] last = { viewport() };
		new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50)).until(d -> {
			Dimension now = viewport();
			boolean settled = now.equals(last[0]);
			last[0] = now;
			return settled;
		});
		return last[0];
	}

	/** The size of the part of the window that shows the page. */
	public Dimension viewport() {
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
		type("login-username", username);
		type("login-password", password);
		String loginPage = driver.getCurrentUrl();
		submit(By.cssSelector("form button[type=submit]"));
		waitUntil(d -> !loginPage.equals(d.getCurrentUrl()));
		return this;
	}

	/** Replaces what the field with this id holds by typing, as a person would. */
	public Browser type(String id, String text) {
		WebElement field = waitFor(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Sets a field's value without typing: what a date input accepts from the keyboard
	 * depends on the browser's locale, its value does not.
	 */
	public Browser setValue(String id, String value) {
		script("arguments[0].value = arguments[1]", waitFor(By.id(id)), value);
		return this;
	}

	/** Chooses the option with this value in the drop-down with this id. */
	public Browser select(String id, String value) {
		new Select(waitFor(By.id(id))).selectByValue(value);
		return this;
	}

	/**
	 * Ticks a checkbox or chooses a radio button; one that is already ticked stays so.
	 */
	public Browser check(By locator) {
		WebElement box = waitFor(locator);
		if (!box.isSelected()) {
			click(box);
		}
		waitUntil(d -> box.isSelected());
		return this;
	}

	/**
	 * Presses a submit button and returns once the next page has loaded, also when it has
	 * the same address (a form that redirects back to its own page): the old page must be
	 * gone first, so a check right after never reads what was there before.
	 */
	public Browser submit(By button) {
		return submitElement(waitFor(button));
	}

	/**
	 * Follows a link and returns once the next page has loaded, like {@link #submit}.
	 */
	public Browser submitLink(By link) {
		return submitElement(waitFor(link));
	}

	/** Presses this button or link and returns once the next page has loaded. */
	public Browser submitElement(WebElement control) {
		WebElement page = driver.findElement(By.tagName("html"));
		click(control);
		waitUntil(d -> isGone(page));
		waitUntil(d -> "complete".equals(script("return document.readyState")));
		return this;
	}

	/**
	 * The old page is gone once its root element is stale. While Chromium swaps documents
	 * it may also answer that the node "does not belong to the document": gone as well.
	 */
	private static boolean isGone(WebElement oldPage) {
		try {
			oldPage.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException stale) {
			return true;
		}
		catch (WebDriverException swapping) {
			return String.valueOf(swapping.getMessage()).contains("does not belong to the document");
		}
	}

	/** Clicks like a person: a control below the fold is scrolled into view first. */
	public void click(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
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
	 * scroll sideways. Compared with the width inside the scroll bar, not the viewport: a
	 * page that only fits under an overlay scroll bar is too wide on a 360 px phone.
	 */
	public boolean scrollsHorizontally() {
		return (Boolean) script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	public Object script(String javascript, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
	}

	/** Saves what the viewport shows as a PNG under {@code target/screenshots}. */
	public Path screenshot(String name) {
		return save(driver.getScreenshotAs(OutputType.FILE).toPath(), name);
	}

	/**
	 * Saves the whole page, also what lies below the fold, as a PNG under
	 * {@code target/screenshots}: the viewport is made as tall as the page (at most
	 * {@value #TALLEST_SCREENSHOT} px) for the picture, and gets its own size back after.
	 */
	public Path screenshotOfWholePage(String name) {
		Dimension viewport = viewport();
		int pageHeight = ((Number) script("return document.documentElement.scrollHeight")).intValue();
		resize(new Dimension(viewport.width, Math.min(Math.max(pageHeight, viewport.height), TALLEST_SCREENSHOT)));
		try {
			return screenshot(name);
		}
		finally {
			resize(viewport);
		}
	}

	private static Path save(Path screenshot, String name) {
		Path target = Path.of("target", "screenshots", name + ".png");
		try {
			Files.createDirectories(target.getParent());
			Files.move(screenshot, target, StandardCopyOption.REPLACE_EXISTING);
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

	/**
	 * A left-over profile in the temp directory is harmless, so failing to delete one is
	 * no test failure.
	 */
	private static void deleteQuietly(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException | UncheckedIOException ignored) {
			// see above
		}
	}

}
