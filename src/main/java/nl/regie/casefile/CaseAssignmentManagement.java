package nl.regie.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.RosterMember;
import nl.regie.organisation.TeamPosition;
import nl.regie.organisation.TeamRoster;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.NotFound;
import nl.regie.team.AgendaItemKind;
import nl.regie.team.MeetingOutcomes;
import nl.regie.team.OutcomeCommand;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works a case: the team's assignment (at the meeting table or outside it), the team
 * leader's reassignment, settling the roles after the first visit, and asking an
 * outer-ring specialist in for a consultation. Candidates are checked against the team's
 * roster: a member of the team, with an active account, from the core team.
 */
@Service
class CaseAssignmentManagement {

	private final CaseFiles files;

	private final TeamRoster roster;

	private final CaseAccessPolicy access;

	private final MeetingOutcomes outcomes;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseAssignmentManagement(CaseFiles files, TeamRoster roster, CaseAccessPolicy access, MeetingOutcomes outcomes,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.files = files;
		this.roster = roster;
		this.access = access;
		this.outcomes = outcomes;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	void assign(CurrentUser user, UUID caseId, AssignmentForm form) {
		CaseFile file = files.lockForChange(caseId).orElseThrow(NotFound::new);
		access.assign(user, file.teamId()).orRefuse();
		Map<UUID, RosterMember> team = members(file.teamId());
		List<FieldProblem> problems = new ArrayList<>();
		check(team, form.caseManagerId(), "caseManagerId", problems);
		check(team, form.secondVisitorId(), "secondVisitorId", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (form.meetingId() != null && form.itemKey() != null && form.caseManagerId() != null
				&& !form.caseManagerId().equals(form.secondVisitorId())) {
			outcomes.record(user, form.meetingId(),
					new OutcomeCommand(form.itemKey(), AgendaItemKind.ASSIGNMENT, caseId, null, null,
							team.get(form.caseManagerId()).name() + " / " + team.get(form.secondVisitorId()).name(),
							false));
		}
		file.assign(form.caseManagerId(), form.secondVisitorId(), LocalDate.now(clock), null);
		save(user, file, form.version());
	}

	@Transactional
	void reassign(CurrentUser user, UUID caseId, UUID newCaseManagerId, String reason, Integer version) {
		CaseFile file = files.lockForChange(caseId).orElseThrow(NotFound::new);
		access.steer(user, file).orRefuse();
		Map<UUID, RosterMember> team = members(file.teamId());
		List<FieldProblem> problems = new ArrayList<>();
		check(team, newCaseManagerId, "caseManagerId", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		String from = Optional.ofNullable(file.roles().caseManager())
			.map(team::get)
			.map(RosterMember::name)
			.orElse("–");
		file.reassign(newCaseManagerId, reason == null || reason.isBlank() ? null
				: from + " → " + team.get(newCaseManagerId).name() + ": " + reason.strip());
		save(user, file, version);
	}

	@Transactional
	void settleRoles(CurrentUser user, UUID caseId, UUID caseManagerId, UUID backupId, int version) {
		CaseFile file = files.lockForChange(caseId).orElseThrow(NotFound::new);
		access.work(user, file).orRefuse();
		file.settleRoles(caseManagerId, backupId);
		save(user, file, version);
	}

	/**
	 * An outer-ring specialist asked in for a period; they see the case only within it.
	 */
	@Transactional
	void askIn(CurrentUser user, UUID caseId, ConsultantForm form) {
		CaseFile file = files.find(caseId).orElseThrow(NotFound::new);
		access.steer(user, file).orRefuse();
		RosterMember member = form.memberId() == null ? null : members(file.teamId()).get(form.memberId());
		List<FieldProblem> problems = new ArrayList<>();
		if (member == null || member.position() != TeamPosition.OUTER_RING) {
			problems.add(new FieldProblem("memberId", "consultant.outerRingOnly"));
		}
		if (form.from() == null) {
			problems.add(new FieldProblem("from", "consultant.from.missing"));
		}
		if (form.until() == null || (form.from() != null && form.until().isBefore(form.from()))) {
			problems.add(new FieldProblem("until", "consultant.until.beforeFrom"));
		}
		if (form.question() == null || form.question().isBlank()) {
			problems.add(new FieldProblem("question", "consultant.question.missing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		jdbc.sql("""
				insert into case_consultant (id, municipality_id, case_id, member_id, username, from_date, until_date,
				    question, added_by, added_at)
				values (:id, :m, :c, :member, :u, :from, :until, :q, :by, :at)""")
			.param("id", UUID.randomUUID())
			.param("m", file.municipalityId())
			.param("c", file.id())
			.param("member", member.id())
			.param("u", member.username())
			.param("from", form.from())
			.param("until", form.until())
			.param("q", form.question().strip())
			.param("by", user.userId())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		files.history(file,
				CaseFile.HistoryEntry.of("CONSULTANT_ASKED_IN",
						member.name() + " (" + form.from() + " – " + form.until() + "): " + form.question().strip()),
				user.userId(), user.displayName(), clock.instant());
	}

	/**
	 * The version is checked only here, after access: an API body without one is refused
	 * as input, never before someone without access is refused.
	 */
	private void save(CurrentUser user, CaseFile file, Integer version) {
		if (version == null) {
			throw new InvalidInput(List.of(new FieldProblem("version", "case.version.required")));
		}
		files.save(file, version, user.userId(), user.displayName(), clock.instant());
		file.takeEvents().forEach(events::publishEvent);
	}

	private Map<UUID, RosterMember> members(UUID teamId) {
		return roster.members(teamId).stream().collect(Collectors.toMap(RosterMember::id, member -> member));
	}

	/**
	 * Who can work a case: in the team, from the core team (not the outer ring, nor the
	 * team's office), with an account that still signs in.
	 */
	private static void check(Map<UUID, RosterMember> team, UUID memberId, String field, List<FieldProblem> problems) {
		if (memberId == null) {
			return;
		}
		RosterMember member = team.get(memberId);
		if (member == null) {
			problems.add(new FieldProblem(field, "assignment.notInTeam"));
		}
		else if (member.outerRing()) {
			problems.add(new FieldProblem(field, "assignment.outerRing"));
		}
		else if (member.position() == TeamPosition.TEAM_ASSISTANT) {
			problems.add(new FieldProblem(field, "assignment.notCoreTeam"));
		}
		else if (member.username() != null && !member.accountActive()) {
			problems.add(new FieldProblem(field, "assignment.accountInactive"));
		}
	}

}
