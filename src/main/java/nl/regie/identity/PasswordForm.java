package nl.regie.identity;

/**
 * A new password set by an administrator.
 *
 * @param version the account's version when the page was shown
 */
record PasswordForm(String password, int version) {

	@Override
	public String toString() {
		return "PasswordForm[password=" + Secrets.MASK + ", version=" + version + "]";
	}

}
