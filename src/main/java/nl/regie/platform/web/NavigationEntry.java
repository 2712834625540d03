package nl.regie.platform.web;

import java.util.Collection;
import java.util.Set;

/**
 * One item of the main menu, contributed by the module whose screen it opens.
 *
 * @param labelKey message key of the menu text
 * @param path the screen's path, e.g. {@code /referrals}; pages below it (e.g.
 * {@code /referrals/1234}) count as part of it for {@code aria-current}
 * @param order place in the menu, low first; a user starts on the first entry their roles
 * see (so a module gives the screen a role's work starts from a low number)
 * @param authorities who sees the entry: Spring Security authorities such as
 * {@code ROLE_TEAM_LEADER} ({@code Role.authority()}), any one of them is enough
 */
public record NavigationEntry(String labelKey, String path, int order, Set<String> authorities) {

	public NavigationEntry {
		authorities = Set.copyOf(authorities);
	}

	public static NavigationEntry of(String labelKey, String path, int order, String... authorities) {
		return new NavigationEntry(labelKey, path, order, Set.of(authorities));
	}

	boolean visibleTo(Collection<String> granted) {
		return granted.stream().anyMatch(authorities::contains);
	}

	/** The request is this screen or a page below it. */
	boolean covers(String requestPath) {
		return requestPath.equals(path) || requestPath.startsWith(path.endsWith("/") ? path : path + "/");
	}

}
