package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.assessment.LifeDomains;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.identity.CurrentUser;
import nl.regie.organisation.RosterMember;
import nl.regie.organisation.TeamRoster;
import nl.regie.platform.domain.NotFound;
import nl.regie.referral.ReferralSummaries;
import nl.regie.team.CaseOutcome;
import nl.regie.team.MeetingOutcomes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one case for its screen, after checking access: the full file for those who work
 * it, a summary for the core team once the team discussed it. The history merges the
 * case's own lines with the team's decisions about it.
 */
@Service
class CaseDetailsQuery {

	private final CaseFiles files;

	private final CaseAccessPolicy access;

	private final Households households;

	private final ReferralSummaries referrals;

	private final LifeDomains lifeDomains;

	private final TeamRoster roster;

	private final MeetingOutcomes outcomes;

	private final CaseSettings settings;

	private final CaseClosingManagement closing;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseDetailsQuery(CaseFiles files, CaseAccessPolicy access, Households households, ReferralSummaries referrals,
			LifeDomains lifeDomains, TeamRoster roster, MeetingOutcomes outcomes, CaseSettings settings,
			CaseClosingManagement closing, JdbcClient jdbc, Clock clock) {
		this.files = files;
		this.access = access;
		this.households = households;
		this.referrals = referrals;
		this.lifeDomains = lifeDomains;
		this.roster = roster;
		this.outcomes = outcomes;
		this.settings = settings;
		this.closing = closing;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Read-write: the audit entries of the household reads are written with it. */
	@Transactional
	CaseView view(CurrentUser user, UUID caseId) {
		CaseFile file = files.find(caseId).orElseThrow(NotFound::new);
		access.summary(user, file).orRefuse();
		boolean full = access.work(user, file).isAllowed();
		access.householdRead(user, file, full ? "case" : "case-summary");
		LocalDate today = LocalDate.now(clock);
		HouseholdView household = households.find(file.municipalityId(), file.householdId()).orElseThrow();
		ReferralSummaries.Summary referral = referrals.of(List.of(file.referralId())).get(file.referralId());
		List<RosterMember> team = roster.members(file.teamId());
		Map<UUID, String> names = team.stream().collect(Collectors.toMap(RosterMember::id, RosterMember::name));
		Extra extra = jdbc.sql("""
				select expected_end, existing_help, existing_help_fate, contact_rhythm_days, letter_language
				from case_file where id = :id""")
			.param("id", caseId)
			.query((rs, n) -> new Extra(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					(Integer) rs.getObject(4), rs.getString(5)))
			.single();
		CaseSettings.Thresholds thresholds = settings.of(file.municipalityId());
		return new CaseView(file.id(), file.version(), file.stage(), full, name(household), full ? household : null,
				household.childrenOn(today),
				referral == null ? List.of() : lifeDomains.inMatrixOrder(referral.lifeDomains()),
				referral == null ? null : referral.referredBy(), full && referral != null ? referral.reason() : null,
				file.openedOn(), names.get(file.roles().caseManager()), names.get(file.roles().secondVisitor()),
				names.get(file.roles().backup()), file.assignedOn(),
				file.stage() == CaseStage.OUTREACH ? ChronoUnit.WEEKS.between(file.assignedOn(), today) : null,
				extra.expectedEnd(), extra.existingHelp(), extra.existingHelpFate(),
				Optional.ofNullable(extra.rhythm()).orElse(thresholds.contactRhythmDays()), file.closedOn(),
				file.followUpUntil(), file.stage() == CaseStage.FOLLOW_UP ? closing.nextCheckIn(file) : null,
				closing.closing(caseId)
					.map(c -> c.unmet().stream().map(ClosingRule::labelKey).toList())
					.orElse(List.of()),
				full ? attempts(caseId) : List.of(), full ? contacts(caseId) : List.of(), history(caseId, full), team,
				closing.solvedConfirmations(caseId), extra.letterLanguage());
	}

	private static String name(HouseholdView household) {
		return household.members().isEmpty() ? "–" : household.members().get(0).name();
	}

	private List<CaseView.Attempt> attempts(UUID caseId) {
		return jdbc.sql("""
				select tried_on, channel, outcome, tried_by_name, note from contact_attempt
				where case_id = :c order by tried_on desc, recorded_at desc""")
			.param("c", caseId)
			.query((rs, n) -> new CaseView.Attempt(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	private List<CaseView.Contact> contacts(UUID caseId) {
		return jdbc.sql("""
				select contact_on, type, participants, duration_minutes, note, question_solved from case_contact
				where case_id = :c order by contact_on desc, recorded_at desc""")
			.param("c", caseId)
			.query((rs, n) -> new CaseView.Contact(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					rs.getInt(4), rs.getString(5), rs.getBoolean(6)))
			.list();
	}

	private List<CaseView.HistoryLine> history(UUID caseId, boolean full) {
		List<CaseView.HistoryLine> lines = new ArrayList<>(jdbc.sql("""
				select at, kind, from_stage, to_stage, text, by_name from case_history where case_id = :c""")
			.param("c", caseId)
			.query((rs, n) -> new CaseView.HistoryLine(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), full ? rs.getString(5) : null, rs.getString(6)))
			.list());
		for (CaseOutcome outcome : outcomes.ofCase(caseId)) {
			String text = outcome.postponed() ? null
					: (outcome.question() == null ? "" : outcome.question() + " → ") + outcome.decision();
			lines.add(new CaseView.HistoryLine(outcome.decidedAt(),
					outcome.postponed() ? "TEAM_POSTPONED" : "TEAM_DECISION", null, null, text, outcome.decidedBy()));
		}
		lines.sort(Comparator.comparing(CaseView.HistoryLine::at).reversed());
		return lines;
	}

	private record Extra(LocalDate expectedEnd, String existingHelp, String existingHelpFate, Integer rhythm,
			String letterLanguage) {
	}

}
