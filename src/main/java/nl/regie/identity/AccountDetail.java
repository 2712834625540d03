package nl.regie.identity;

/**
 * One account on its own page.
 *
 * @param version the account's version, carried by the page's forms
 * @param self whether the administrator is looking at their own account
 */
record AccountDetail(AccountPage.Row account, int version, boolean self) {
}
