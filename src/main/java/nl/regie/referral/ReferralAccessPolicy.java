package nl.regie.referral;

import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and work on referrals. Referrals carry sensitive personal data from the
 * first minute: only the receiving team's team leader and team assistants see them and
 * record them (DESIGN §5); screening and deciding is the team leader's.
 */
final class ReferralAccessPolicy {

	private ReferralAccessPolicy() {
	}

	static boolean mayReadReferralsOf(CurrentUser user, UUID teamId) {
		return user.worksIn(teamId) && (user.has(Role.TEAM_LEADER) || user.has(Role.TEAM_ASSISTANT));
	}

	static boolean mayScreenReferralsOf(CurrentUser user, UUID teamId) {
		return user.worksIn(teamId) && user.has(Role.TEAM_LEADER);
	}

	/**
	 * @return the team whose referrals the user may read
	 */
	static UUID requireInboxOf(CurrentUser user) {
		if (user.teamId() == null || !mayReadReferralsOf(user, user.teamId())) {
			throw new AccessDeniedException("only the team's team leader and team assistants see its referrals");
		}
		return user.teamId();
	}

	/**
	 * @return the team that receives the referrals the user records
	 */
	static UUID requireIntakeFor(CurrentUser user) {
		return requireInboxOf(user);
	}

	/**
	 * @return the team whose waitlist capacity the user, its team leader, may set
	 */
	static UUID requireTeamLeadership(CurrentUser user) {
		if (user.teamId() == null || !mayScreenReferralsOf(user, user.teamId())) {
			throw new AccessDeniedException("only the team leader sets the team's capacity");
		}
		return user.teamId();
	}

	static void requireRead(CurrentUser user, UUID referralTeamId) {
		requireOwnTeam(user, referralTeamId);
		if (!mayReadReferralsOf(user, referralTeamId)) {
			throw new AccessDeniedException("only the receiving team's team leader and team assistants see a referral");
		}
	}

	static void requireScreening(CurrentUser user, UUID referralTeamId) {
		requireOwnTeam(user, referralTeamId);
		if (!mayScreenReferralsOf(user, referralTeamId)) {
			throw new AccessDeniedException("only the receiving team's team leader screens and decides");
		}
	}

	/**
	 * Another team's referral answers as an unknown one: a 403 would tell anyone with an
	 * id that the referral exists.
	 */
	private static void requireOwnTeam(CurrentUser user, UUID referralTeamId) {
		if (!user.worksIn(referralTeamId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
