package nl.regie.household;

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
 * Who may find households: the team leader and team assistants of a team, among the
 * households their team knows (a referral or case of it: need-to-know, DESIGN §5). Case
 * managers will find their own cases on their own screens. Every household a search shows
 * is a read of personal data, reported to {@link PersonalDataReads}.
 */
@Component
class HouseholdAccessPolicy {

	static final String RESOURCE = "household-search";

	private final PersonalDataReads reads;

	HouseholdAccessPolicy(PersonalDataReads reads) {
		this.reads = reads;
	}

	AccessDecision search(CurrentUser user) {
		if (user.teamId() == null) {
			return AccessDecision.refused("access.noTeam");
		}
		return user.has(Role.TEAM_LEADER) || user.has(Role.TEAM_ASSISTANT) ? AccessDecision.allowed()
				: AccessDecision.refused("access.households.role");
	}

	/** The households a search showed, each with its members' names. */
	void shown(CurrentUser user, Collection<UUID> householdIds) {
		String role = (user.has(Role.TEAM_LEADER) ? Role.TEAM_LEADER : Role.TEAM_ASSISTANT).name();
		reads.recordAll(householdIds.stream()
			.map(id -> new PersonalDataRead(user.userId(), user.municipalityId(), role, id, RESOURCE,
					ProcessingActivity.CASE_COORDINATION))
			.toList());
	}

}
