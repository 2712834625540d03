package nl.regie.identity;

import java.time.Instant;

/**
 * One account on its own page.
 *
 * @param version the account's version, carried by the page's forms
 * @param self whether the administrator is looking at their own account
 * @param providerUsername the name it was prepared with for the municipality's provider;
 * {@code null} when it signs in with a password
 * @param providerLinkedSince when its first sign-in through the provider linked it;
 * {@code null} before that
 * @param secondFactorSince when it set up its second factor; {@code null} when it has
 * none
 * @param municipalityHasProvider whether single sign-on can be prepared at all
 */
record AccountDetail(AccountPage.Row account, int version, boolean self, String providerUsername,
		Instant providerLinkedSince, Instant secondFactorSince, boolean municipalityHasProvider) {
}
