package nl.regie.identity;

/**
 * Enables or disables an account.
 *
 * @param version the account's version when the page was shown
 */
record StatusForm(boolean enabled, int version) {
}
