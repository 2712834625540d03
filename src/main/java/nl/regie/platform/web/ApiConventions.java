package nl.regie.platform.web;

/**
 * The conventions every module's REST API follows (NL API Design Rules).
 */
public final class ApiConventions {

	public static final String BASE_PATH = "/api/v1";

	public static final String VERSION = "1.0.0";

	private ApiConventions() {
	}

}
