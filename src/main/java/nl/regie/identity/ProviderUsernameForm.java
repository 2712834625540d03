package nl.regie.identity;

/**
 * Prepares an account for single sign-on: the value of the provider's username claim for
 * this person (e.g. their work e-mail address); empty to sign in with a password again.
 */
record ProviderUsernameForm(String providerUsername) {
}
