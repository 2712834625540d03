package nl.regie.organisation;

import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.AccessDecision;

/**
 * Who may change the organisation model: only functional administrators, and only for
 * their own municipality (an id of another municipality is not found). Every management
 * operation starts here and scopes every query to the municipality it returns.
 */
final class OrganisationAccessPolicy {

	private OrganisationAccessPolicy() {
	}

	static AccessDecision manageOrganisation(CurrentUser user) {
		return user.has(Role.FUNCTIONAL_ADMINISTRATOR) ? AccessDecision.allowed()
				: AccessDecision.refused("access.organisation.administratorOnly");
	}

	/**
	 * @return the only municipality whose organisation the user may see and change
	 */
	static UUID requireAdministrator(CurrentUser user) {
		manageOrganisation(user).orRefuse();
		return user.municipalityId();
	}

}
