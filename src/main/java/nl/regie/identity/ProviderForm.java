package nl.regie.identity;

/**
 * The municipality's provider as the administrator fills it in.
 *
 * @param version the provider's version when the page was shown; {@code 0} for a new one
 */
record ProviderForm(String displayName, String issuer, String clientId, String clientSecretRef, String usernameClaim,
		String apiAudience, boolean enabled, int version) {

	static ProviderForm of(IdentityProvider provider) {
		return new ProviderForm(provider.displayName(), provider.issuer(), provider.clientId(),
				provider.clientSecretRef(), provider.usernameClaim(), provider.apiAudience(), provider.enabled(),
				provider.version());
	}

	static ProviderForm empty() {
		return new ProviderForm("", "", "", "REGIE_OIDC_CLIENT_SECRET", "preferred_username", "", true, 0);
	}

}
