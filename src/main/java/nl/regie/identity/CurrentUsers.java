package nl.regie.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Finds the signed-in user for code that cannot take it as a controller argument.
 */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof HoldsCurrentUser holder) {
			return Optional.of(holder.currentUser());
		}
		return Optional.empty();
	}

}
