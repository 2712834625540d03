package nl.regie.organisation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a fresh installation starts with: one municipality and its first functional
 * administrator. Environment variables {@code REGIE_BOOTSTRAP_MUNICIPALITY_CODE} etc.
 *
 * @param municipalityCode the CBS municipality code, e.g. 0344 for Utrecht
 */
@ConfigurationProperties("regie.bootstrap")
record BootstrapSettings(String municipalityCode, String municipalityName, String adminUsername, String adminPassword) {

	static final String VARIABLES = "REGIE_BOOTSTRAP_MUNICIPALITY_CODE, REGIE_BOOTSTRAP_MUNICIPALITY_NAME, "
			+ "REGIE_BOOTSTRAP_ADMIN_USERNAME and REGIE_BOOTSTRAP_ADMIN_PASSWORD";

	/** The environment variables still to set; empty when everything is there. */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		addIfBlank(missing, municipalityCode, "REGIE_BOOTSTRAP_MUNICIPALITY_CODE");
		addIfBlank(missing, municipalityName, "REGIE_BOOTSTRAP_MUNICIPALITY_NAME");
		addIfBlank(missing, adminUsername, "REGIE_BOOTSTRAP_ADMIN_USERNAME");
		addIfBlank(missing, adminPassword, "REGIE_BOOTSTRAP_ADMIN_PASSWORD");
		return missing;
	}

	/**
	 * Spring Boot may print configuration properties when start-up fails; never the
	 * password.
	 */
	@Override
	public String toString() {
		return "BootstrapSettings[municipalityCode=" + municipalityCode + ", municipalityName=" + municipalityName
				+ ", adminUsername=" + adminUsername + ", adminPassword=[masked]]";
	}

	private static void addIfBlank(List<String> missing, String value, String variable) {
		if (value == null || value.isBlank()) {
			missing.add(variable);
		}
	}

}
