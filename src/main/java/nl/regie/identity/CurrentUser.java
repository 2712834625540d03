package nl.regie.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person as every module sees it, whether they logged in on the login page,
 * with an API token or (later) through the municipality's OpenID Connect provider.
 *
 * @param teamId the team the user works in; {@code null} for users outside a team
 */
public record CurrentUser(UUID userId, String username, String displayName, UUID municipalityId, UUID teamId,
		Set<Role> roles) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean worksIn(UUID team) {
		return teamId != null && teamId.equals(team);
	}

	/** The role shown in the page header: the first in the order of {@link Role}. */
	public Role mainRole() {
		return roles.stream().sorted().findFirst().orElseThrow();
	}

}
