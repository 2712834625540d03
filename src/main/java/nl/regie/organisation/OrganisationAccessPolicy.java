package nl.regie.organisation;

import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change the organisation model: only functional administrators, and only for
 * their own municipality. Every management operation starts here and scopes every query
 * to the municipality it returns.
 */
final class OrganisationAccessPolicy {

	private OrganisationAccessPolicy() {
	}

	static boolean mayManageOrganisation(CurrentUser user) {
		return user.has(Role.FUNCTIONAL_ADMINISTRATOR);
	}

	/**
	 * @return the only municipality whose organisation the user may see and change
	 */
	static UUID requireAdministrator(CurrentUser user) {
		if (!mayManageOrganisation(user)) {
			throw new AccessDeniedException("only functional administrators manage the organisation model");
		}
		return user.municipalityId();
	}

}
