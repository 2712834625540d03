package nl.regie.identity;

/**
 * A person's change of their own password on the account screen.
 */
record OwnPasswordForm(String currentPassword, String newPassword) {

	static OwnPasswordForm empty() {
		return new OwnPasswordForm("", "");
	}

	@Override
	public String toString() {
		return "OwnPasswordForm[currentPassword=" + Secrets.MASK + ", newPassword=" + Secrets.MASK + "]";
	}

}
