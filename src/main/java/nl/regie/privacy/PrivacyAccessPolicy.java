package nl.regie.privacy;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.AccessDecision;

/**
 * Who may read the audit log: only the municipality's privacy officer, and only the
 * municipality's own log. The log holds no case content, but it does show who works with
 * which household.
 */
final class PrivacyAccessPolicy {

	private PrivacyAccessPolicy() {
	}

	static AccessDecision readAuditLog(CurrentUser user) {
		return user.has(Role.PRIVACY_OFFICER) ? AccessDecision.allowed()
				: AccessDecision.refused("access.privacy.officerOnly");
	}

}
