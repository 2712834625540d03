package nl.regie.referral;

import java.util.Collection;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.access.PersonalDataRead;
import nl.regie.platform.access.PersonalDataReads;
import nl.regie.platform.access.ProcessingActivity;

import org.springframework.stereotype.Component;

/**
 * Who may see and work on referrals. Referrals carry sensitive personal data from the
 * first minute: only the receiving team's team leader and team assistants see them and
 * record them (DESIGN §5); screening and deciding is the team leader's. Another team's
 * referral is concealed: a refusal would tell anyone with an id that it exists. Every
 * allowed read of a household's data is reported to {@link PersonalDataReads}.
 */
@Component
class ReferralAccessPolicy {

	private final PersonalDataReads reads;

	ReferralAccessPolicy(PersonalDataReads reads) {
		this.reads = reads;
	}

	/** The team's inbox, waitlist and intake. */
	AccessDecision inbox(CurrentUser user) {
		if (user.teamId() == null) {
			return AccessDecision.refused("access.noTeam");
		}
		return user.has(Role.TEAM_LEADER) || user.has(Role.TEAM_ASSISTANT) ? AccessDecision.allowed()
				: AccessDecision.refused("access.referral.role");
	}

	/** Settings of the team's intake, such as its capacity: the team leader's. */
	AccessDecision teamLeadership(CurrentUser user) {
		return inbox(user).and(user.has(Role.TEAM_LEADER) ? AccessDecision.allowed()
				: AccessDecision.refused("access.referral.teamLeaderOnly"));
	}

	AccessDecision read(CurrentUser user, UUID referralTeamId) {
		return ownTeam(user, referralTeamId).and(inbox(user));
	}

	AccessDecision screen(CurrentUser user, UUID referralTeamId) {
		return ownTeam(user, referralTeamId).and(teamLeadership(user));
	}

	/**
	 * Checks the read of a referral's household and reports it.
	 * @param resource what is shown, e.g. {@code referral}
	 */
	void readHousehold(CurrentUser user, Referral referral, String resource) {
		read(user, referral.teamId()).orRefuse();
		report(user, referral.municipalityId(), referral.householdId(), resource);
	}

	/**
	 * Households a list (inbox, waitlist) showed by name and postcode to the team office.
	 * @param resource the list, e.g. {@code inbox}
	 */
	void householdsListed(CurrentUser user, Collection<UUID> householdIds, String resource) {
		reportAll(user, householdIds, resource);
	}

	/** Households the duplicate search showed with their members' names. */
	void householdsShown(CurrentUser user, Collection<UUID> householdIds) {
		reportAll(user, householdIds, "household-candidates");
	}

	/**
	 * Households of other teams the intake matched: the user learnt they exist (and, for
	 * a BSN, which team knows them), so the match is reported like a read.
	 */
	void otherTeamsHouseholdsMatched(CurrentUser user, Collection<UUID> householdIds) {
		reportAll(user, householdIds, "household-match-other-team");
	}

	private void report(CurrentUser user, UUID municipalityId, UUID householdId, String resource) {
		reads.record(read(user, municipalityId, householdId, resource));
	}

	private void reportAll(CurrentUser user, Collection<UUID> householdIds, String resource) {
		reads.recordAll(householdIds.stream().map(id -> read(user, user.municipalityId(), id, resource)).toList());
	}

	private static PersonalDataRead read(CurrentUser user, UUID municipalityId, UUID householdId, String resource) {
		String role = (user.has(Role.TEAM_LEADER) ? Role.TEAM_LEADER : Role.TEAM_ASSISTANT).name();
		return new PersonalDataRead(user.userId(), municipalityId, role, householdId, resource,
				ProcessingActivity.REFERRAL_SCREENING);
	}

	private static AccessDecision ownTeam(CurrentUser user, UUID referralTeamId) {
		return user.worksIn(referralTeamId) ? AccessDecision.allowed() : AccessDecision.concealed();
	}

}
