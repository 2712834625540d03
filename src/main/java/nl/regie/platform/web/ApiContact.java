package nl.regie.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who answers questions about this installation's API, published in the OpenAPI document
 * (NL API Design Rule API-doc-openapi-contact: name, e-mail address and web address). It
 * is the organisation running Regie, so it is set per installation: environment variables
 * {@code REGIE_API_CONTACT_NAME}, {@code REGIE_API_CONTACT_EMAIL} and
 * {@code REGIE_API_CONTACT_URL}.
 */
@ConfigurationProperties("regie.api.contact")
record ApiContact(String name, String email, String url) {

	boolean isConfigured() {
		return hasText(name) || hasText(email) || hasText(url);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
