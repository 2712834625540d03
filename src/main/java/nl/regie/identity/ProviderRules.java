package nl.regie.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

/**
 * What a valid provider looks like. The secret reference may only name a
 * {@code REGIE_OIDC_*} setting: otherwise an administrator could have Regie send any of
 * its settings (the database password) to a "provider" of their choosing. The issuer must
 * be https, except on this machine (tests, a provider next to a demo).
 */
final class ProviderRules {

	static final Pattern SECRET_REFERENCE = Pattern.compile("REGIE_OIDC_[A-Z0-9_]{1,60}");

	static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:/-]{1,100}");

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private static final int MAX_TEXT = 255;

	private ProviderRules() {
	}

	/**
	 * @throws InvalidInput with a reason per broken field
	 */
	static void check(ProviderForm form) {
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(form.displayName())) {
			problems.add(new FieldProblem("displayName", "provider.displayName.required"));
		}
		else if (form.displayName().strip().length() > 100) {
			problems.add(new FieldProblem("displayName", "provider.displayName.tooLong"));
		}
		if (blank(form.issuer())) {
			problems.add(new FieldProblem("issuer", "provider.issuer.required"));
		}
		else if (!validIssuer(form.issuer().strip())) {
			problems.add(new FieldProblem("issuer", "provider.issuer.invalid"));
		}
		if (blank(form.clientId())) {
			problems.add(new FieldProblem("clientId", "provider.clientId.required"));
		}
		else if (form.clientId().strip().length() > MAX_TEXT) {
			problems.add(new FieldProblem("clientId", "provider.text.tooLong"));
		}
		if (blank(form.clientSecretRef()) || !SECRET_REFERENCE.matcher(form.clientSecretRef().strip()).matches()) {
			problems.add(new FieldProblem("clientSecretRef", "provider.clientSecretRef.pattern"));
		}
		if (blank(form.usernameClaim()) || !CLAIM.matcher(form.usernameClaim().strip()).matches()) {
			problems.add(new FieldProblem("usernameClaim", "provider.usernameClaim.pattern"));
		}
		if (!blank(form.apiAudience()) && form.apiAudience().strip().length() > MAX_TEXT) {
			problems.add(new FieldProblem("apiAudience", "provider.text.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	static boolean validIssuer(String issuer) {
		if (issuer.length() > MAX_TEXT) {
			return false;
		}
		try {
			URI uri = new URI(issuer);
			if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
					|| uri.getRawUserInfo() != null) {
				return false;
			}
			return "https".equals(uri.getScheme())
					|| ("http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost()));
		}
		catch (URISyntaxException notAUri) {
			return false;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
