package nl.regie.platform.web;

/**
 * The one rule for the id of a form field's control, shared by the field fragments
 * ({@code fragments/fields.html}) and the error summary, so every summary link lands on
 * its field: the form's name (without a trailing "Form"), a dash, and the field's path
 * with dots and brackets as dashes ({@code intake} +
 * {@code household.members[0].givenName} gives
 * {@code intake-household-members-0-givenName}). For a group of radio buttons or
 * checkboxes this is the id of the first one.
 */
public final class FormFields {

	/** Left out of the id: {@code accountForm} gives {@code account-username}. */
	private static final String FORM_SUFFIX = "Form";

	private FormFields() {
	}

	public static String id(String form, String path) {
		String prefix = form.endsWith(FORM_SUFFIX) ? form.substring(0, form.length() - FORM_SUFFIX.length()) : form;
		return prefix + "-" + path.replace("].", "-").replace('.', '-').replace('[', '-').replace("]", "");
	}

}
