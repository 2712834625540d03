package nl.regie.platform.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The main menu: every module's {@link NavigationEntries}, the entries the signed-in
 * user's roles see, in order. The screen being shown is marked for assistive technology
 * ({@code aria-current="page"}, or {@code "true"} on a page below a menu item). A user
 * whose roles see no screen yet gets the start page, which says what the role can do in
 * Regie today.
 */
@Component
public class Navigation implements PageAttributes {

	static final String HOME = "/";

	/**
	 * Model attribute for a screen whose address is not its own, such as a refused form
	 * posted to the collection's path: the menu marks this path instead.
	 */
	public static final String SHOWN_PATH = "navigationPath";

	/**
	 * Model attribute ({@code true}) for a screen on the way in, such as the second
	 * factor after the password: somebody is authenticated but not yet signed in to
	 * anything the menu could lead to.
	 */
	public static final String WITHOUT_MENU = "navigationWithout";

	private final List<NavigationEntry> entries;

	Navigation(List<NavigationEntries> contributors) {
		this.entries = contributors.stream()
			.flatMap(contributor -> contributor.entries().stream())
			.sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::path))
			.toList();
	}

	/** The entries these authorities see, in menu order. */
	public List<NavigationEntry> visibleTo(Collection<String> authorities) {
		return entries.stream().filter(entry -> entry.visibleTo(authorities)).toList();
	}

	/** Where a user with these authorities starts: the first screen of their menu. */
	public Optional<String> startPage(Collection<String> authorities) {
		return visibleTo(authorities).stream().findFirst().map(NavigationEntry::path);
	}

	Menu menu(Collection<String> authorities, String requestPath) {
		List<NavigationEntry> visible = visibleTo(authorities);
		if (visible.isEmpty()) {
			visible = List.of(NavigationEntry.of("nav.home", HOME, 0));
		}
		Optional<NavigationEntry> current = visible.stream()
			.filter(entry -> entry.covers(requestPath))
			.max(Comparator.comparingInt(entry -> entry.path().length()));
		return new Menu(visible.stream()
			.map(entry -> new Menu.Item(entry.labelKey(), entry.path(),
					current.filter(entry::equals).map(found -> ariaCurrent(found, requestPath)).orElse(null)))
			.toList());
	}

	@Override
	public void addTo(HttpServletRequest request, Map<String, Object> model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || Boolean.TRUE.equals(model.get(WITHOUT_MENU))) {
			return;
		}
		List<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
		Object shown = model.get(SHOWN_PATH);
		model.put("navigation", menu(authorities, shown instanceof String screen ? screen : path(request)));
	}

	/** The page asked for, also when the container forwarded to its error page. */
	private static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String forwarded ? forwarded : request.getRequestURI();
		String path = uri.substring(request.getContextPath().length());
		return path.isEmpty() ? HOME : path;
	}

	private static String ariaCurrent(NavigationEntry entry, String requestPath) {
		return entry.path().equals(requestPath) ? "page" : "true";
	}

	/**
	 * @param items in menu order
	 */
	public record Menu(List<Item> items) {

		/**
		 * @param current the {@code aria-current} value, {@code null} when not current
		 */
		public record Item(String labelKey, String path, String current) {
		}

	}

}
