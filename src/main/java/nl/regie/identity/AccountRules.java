package nl.regie.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

/**
 * What a valid account looks like. Every broken rule of a form is collected before it is
 * refused, so the administrator fixes all fields in one go.
 */
final class AccountRules {

	/** Lower case only, so "JJansen" and "jjansen" can never be two people. */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

	static final int MIN_PASSWORD_LENGTH = 12;

	/**
	 * bcrypt only looks at the first 72 bytes; a longer password would be silently cut.
	 */
	static final int MAX_PASSWORD_BYTES = 72;

	static final int MAX_DISPLAY_NAME_LENGTH = 100;

	private AccountRules() {
	}

	/**
	 * @param teamsOfMunicipality the teams the account may join
	 * @throws InvalidInput with a reason per broken field
	 */
	static void checkNew(NewAccount account, boolean usernameTaken, Set<UUID> teamsOfMunicipality) {
		List<FieldProblem> problems = new ArrayList<>();
		String username = account.username() == null ? "" : account.username().strip();
		if (username.isEmpty()) {
			problems.add(new FieldProblem("username", "account.username.required"));
		}
		else if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "account.username.pattern"));
		}
		else if (usernameTaken) {
			problems.add(new FieldProblem("username", "account.username.taken"));
		}
		if (account.displayName() == null || account.displayName().isBlank()) {
			problems.add(new FieldProblem("displayName", "account.displayName.required"));
		}
		else if (account.displayName().strip().length() > MAX_DISPLAY_NAME_LENGTH) {
			problems.add(new FieldProblem("displayName", "account.displayName.tooLong"));
		}
		checkPassword(account.password(), "password", problems);
		if (account.roles().isEmpty()) {
			problems.add(new FieldProblem("roles", "account.roles.required"));
		}
		if (account.teamId() != null && !teamsOfMunicipality.contains(account.teamId())) {
			problems.add(new FieldProblem("teamId", "account.team.unknown"));
		}
		refuseIfBroken(problems);
	}

	/**
	 * @throws InvalidInput when the password is too short or too long
	 */
	static void checkPassword(PasswordForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		checkPassword(form.password(), "password", problems);
		refuseIfBroken(problems);
	}

	/**
	 * A person changing their own password proves they know the current one first; the
	 * new one follows the same rules as one an administrator sets.
	 * @param currentMatches whether the current password typed is the account's
	 * @throws InvalidInput with a reason per broken field
	 */
	static void checkOwnPassword(OwnPasswordForm form, boolean currentMatches) {
		List<FieldProblem> problems = new ArrayList<>();
		if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
			problems.add(new FieldProblem("currentPassword", "account.currentPassword.required"));
		}
		else if (!currentMatches) {
			problems.add(new FieldProblem("currentPassword", "account.currentPassword.wrong"));
		}
		checkPassword(form.newPassword(), "newPassword", problems);
		refuseIfBroken(problems);
	}

	private static void checkPassword(String password, String field, List<FieldProblem> problems) {
		if (password == null || password.isEmpty()) {
			problems.add(new FieldProblem(field, "account.password.required"));
		}
		else if (password.length() < MIN_PASSWORD_LENGTH) {
			problems.add(new FieldProblem(field, "account.password.tooShort"));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			problems.add(new FieldProblem(field, "account.password.tooLong"));
		}
	}

	private static void refuseIfBroken(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

}
