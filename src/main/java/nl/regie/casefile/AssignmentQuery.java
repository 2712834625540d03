package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.RosterMember;
import nl.regie.organisation.TeamPosition;
import nl.regie.organisation.TeamRoster;
import nl.regie.platform.domain.NotFound;
import nl.regie.referral.ReferralSummaries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment screen: the case's facts and the ranked, explained candidates.
 */
@Service
class AssignmentQuery {

	private final CaseFiles files;

	private final CaseAccessPolicy access;

	private final TeamRoster roster;

	private final AssignmentSuggestions suggestions;

	private final ReferralSummaries referrals;

	private final JdbcClient jdbc;

	private final Clock clock;

	AssignmentQuery(CaseFiles files, CaseAccessPolicy access, TeamRoster roster, AssignmentSuggestions suggestions,
			ReferralSummaries referrals, JdbcClient jdbc, Clock clock) {
		this.files = files;
		this.access = access;
		this.roster = roster;
		this.suggestions = suggestions;
		this.referrals = referrals;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Read-write: the audit entries of the household reads are written with it. */
	@Transactional
	View of(CurrentUser user, UUID caseId) {
		CaseFile file = files.find(caseId).orElseThrow(NotFound::new);
		access.assign(user, file.teamId()).orRefuse();
		access.householdRead(user, file, "case-assignment");
		List<RosterMember> candidates = roster.members(file.teamId())
			.stream()
			.filter(member -> member.position() == TeamPosition.CORE)
			.filter(member -> member.username() == null || member.accountActive())
			.toList();
		ReferralSummaries.Summary referral = referrals.of(List.of(file.referralId())).get(file.referralId());
		long children = jdbc.sql("select children from household_label where household_id = :h")
			.param("h", file.householdId())
			.query(Long.class)
			.single();
		List<AssignmentSuggestions.Suggestion> ranked = suggestions.rank(file.teamId(), candidates,
				activeCases(file.teamId()), referral == null ? List.of() : referral.lifeDomains(), children);
		String name = jdbc.sql("select name from household_label where household_id = :h")
			.param("h", file.householdId())
			.query(String.class)
			.single();
		return new View(file.id(), file.version(), file.stage(), name, children, referral, ranked,
				LocalDate.now(clock));
	}

	/** Per member, the cases they manage in outreach, active or closing. */
	Map<UUID, Integer> activeCases(UUID teamId) {
		Map<UUID, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select case_manager_id, count(*) from case_file
				where team_id = :t and stage in ('OUTREACH', 'ACTIVE', 'CLOSING') and case_manager_id is not null
				group by case_manager_id""").param("t", teamId).query(rs -> {
			counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		return counts;
	}

	record View(UUID caseId, int version, CaseStage stage, String householdName, long children,
			ReferralSummaries.Summary referral, List<AssignmentSuggestions.Suggestion> suggestions, LocalDate today) {
	}

}
