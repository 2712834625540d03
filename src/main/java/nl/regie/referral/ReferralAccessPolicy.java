package nl.regie.referral;

import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see referrals. Referrals carry sensitive personal data from the first minute:
 * only the receiving team's team leader and team assistants see them (DESIGN §5).
 */
final class ReferralAccessPolicy {

	private ReferralAccessPolicy() {
	}

	static boolean mayReadReferralsOf(CurrentUser user, UUID teamId) {
		return user.worksIn(teamId) && (user.has(Role.TEAM_LEADER) || user.has(Role.TEAM_ASSISTANT));
	}

	/** @return the team whose referrals the user may read */
	static UUID requireInboxOf(CurrentUser user) {
		if (user.teamId() == null || !mayReadReferralsOf(user, user.teamId())) {
			throw new AccessDeniedException("only the team's team leader and team assistants see its referrals");
		}
		return user.teamId();
	}

}
