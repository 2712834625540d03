package nl.regie.identity;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;
import org.springframework.validation.SimpleErrors;

/**
 * What a valid account looks like. Every broken rule of a form is collected before it is
 * refused, so the administrator fixes all fields in one go.
 */
final class AccountRules {

	/** Lower case only, so "JJansen" and "jjansen" can never be two people. */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

	static final int MIN_PASSWORD_LENGTH = 12;

	/** bcrypt only looks at the first 72 bytes; a longer password would be silently cut. */
	static final int MAX_PASSWORD_BYTES = 72;

	static final int MAX_DISPLAY_NAME_LENGTH = 100;

	private AccountRules() {
	}

	/**
	 * @param teamsOfMunicipality the teams the account may join
	 * @throws AccountRefused with a reason per broken field
	 */
	static void checkNew(NewAccount account, boolean usernameTaken, Set<UUID> teamsOfMunicipality) {
		Errors errors = new SimpleErrors(account, "account");
		String username = account.username() == null ? "" : account.username().strip();
		if (username.isEmpty()) {
			errors.rejectValue("username", "account.username.required");
		}
		else if (!USERNAME.matcher(username).matches()) {
			errors.rejectValue("username", "account.username.pattern");
		}
		else if (usernameTaken) {
			errors.rejectValue("username", "account.username.taken");
		}
		if (account.displayName() == null || account.displayName().isBlank()) {
			errors.rejectValue("displayName", "account.displayName.required");
		}
		else if (account.displayName().strip().length() > MAX_DISPLAY_NAME_LENGTH) {
			errors.rejectValue("displayName", "account.displayName.tooLong");
		}
		checkPassword(account.password(), errors);
		if (account.roles().isEmpty()) {
			errors.rejectValue("roles", "account.roles.required");
		}
		if (account.teamId() != null && !teamsOfMunicipality.contains(account.teamId())) {
			errors.rejectValue("teamId", "account.team.unknown");
		}
		refuseIfBroken(errors);
	}

	/** @throws AccountRefused when the password is too short or too long */
	static void checkPassword(PasswordForm form) {
		Errors errors = new SimpleErrors(form, "password");
		checkPassword(form.password(), errors);
		refuseIfBroken(errors);
	}

	private static void checkPassword(String password, Errors errors) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			errors.rejectValue("password", "account.password.tooShort");
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			errors.rejectValue("password", "account.password.tooLong");
		}
	}

	private static void refuseIfBroken(Errors errors) {
		if (errors.hasErrors()) {
			throw new AccountRefused(errors);
		}
	}

}
