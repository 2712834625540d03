package nl.regie.referral;

/**
 * Where to e-mail a message to the referrer.
 */
record EmailForm(String emailAddress) {
}
