package nl.regie.browser;

import org.openqa.selenium.Dimension;

/** The widths every screen is checked at: a desk and a small phone. */
public enum Width {

	DESK(Browser.DESKTOP, ""), PHONE(Browser.PHONE, "-phone");

	private final Dimension size;

	private final String suffix;

	Width(Dimension size, String suffix) {
		this.size = size;
		this.suffix = suffix;
	}

	public Dimension size() {
		return size;
	}

	/**
	 * The screenshot's name: the desk picture has the plain name, the README shows it.
	 */
	public String fileName(String screen) {
		return screen + suffix;
	}

}
