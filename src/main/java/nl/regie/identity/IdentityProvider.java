package nl.regie.identity;

import java.util.UUID;

/**
 * A municipality's OpenID Connect provider as stored: where it is, how Regie is known to
 * it, and which claim names the person. The client secret is not here, only the name of
 * the setting that holds it.
 *
 * @param registrationId the provider's name in Regie's URLs, e.g. in the redirect URI
 * {@code /login/oauth2/code/{registrationId}} that is registered at the provider
 * @param usernameClaim the claim whose value the administrator prepared an account with,
 * e.g. {@code preferred_username}, {@code email} or {@code sub}
 * @param apiAudience the audience the provider's access tokens must carry for the API;
 * {@code null} means the client id
 */
record IdentityProvider(UUID id, UUID municipalityId, String registrationId, String displayName, String issuer,
		String clientId, String clientSecretRef, String usernameClaim, String apiAudience, boolean enabled,
		int version) {

	/** The registration id of a municipality's provider: one per municipality. */
	static String registrationIdOf(UUID municipalityId) {
		return "m-" + municipalityId;
	}

	String audience() {
		return apiAudience == null || apiAudience.isBlank() ? clientId : apiAudience;
	}

	@Override
	public String toString() {
		return "IdentityProvider[registrationId=" + registrationId + ", issuer=" + issuer + ", enabled=" + enabled
				+ "]";
	}

}
