package nl.regie.casefile;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.TeamRoster;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;
import nl.regie.team.AgendaItemKind;
import nl.regie.team.MeetingOutcomes;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending the help: closing through the checklist (with the team deciding on doubt),
 * closing without contact after the recorded consultation, scaling up, the follow-up
 * watch's check-ins and reopening with the full history.
 */
@Service
class CaseClosingManagement {

	private final CaseFiles files;

	private final CaseAccessPolicy access;

	private final ClosingRules rules;

	private final CaseSettings settings;

	private final MeetingOutcomes outcomes;

	private final TeamRoster roster;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseClosingManagement(CaseFiles files, CaseAccessPolicy access, ClosingRules rules, CaseSettings settings,
			MeetingOutcomes outcomes, TeamRoster roster, ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock) {
		this.files = files;
		this.access = access;
		this.rules = rules;
		this.settings = settings;
		this.outcomes = outcomes;
		this.roster = roster;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The case manager's checklist. All met: the case closes at once. An item not met:
	 * the case waits in closing as a closure doubt on the team agenda, until the team's
	 * recorded decision lets the case manager complete it ({@link #complete}).
	 * @return whether the case closed
	 */
	@Transactional
	boolean close(CurrentUser user, UUID caseId, ClosingForms.Closing form) {
		CaseFile file = load(user, caseId);
		if (file.stage() != CaseStage.ACTIVE) {
			throw new StateConflict("case.refusedIn." + file.stage().name());
		}
		if (form.stepOutAnswer() == null) {
			throw InvalidInput.of("stepOutAnswer", "closing.stepOut.missing");
		}
		if (form.achieved() == null || form.achieved().isBlank()) {
			throw InvalidInput.of("achieved", "closing.achieved.missing");
		}
		ClosingFacts facts = new ClosingFacts(file.id(), solvedConfirmations(file.id()), form.selfSufficient(),
				form.householdWantsToStop(), form.stepOutAnswer(), form.supportContinues());
		List<ClosingRule> unmet = rules.unmetBy(facts);
		file.proposeClosing(unmet, null);
		jdbc.sql("""
				insert into case_closing (case_id, municipality_id, self_sufficient, household_wants_stop,
				    step_out_answer, support_continues, achieved, follow_up, unmet_rules, proposed_by, proposed_at)
				values (:c, :m, :self, :stop, :stepOut, :support, :achieved, :followUp, :unmet, :by, :at)
				on conflict (case_id) do update set self_sufficient = excluded.self_sufficient,
				    household_wants_stop = excluded.household_wants_stop, step_out_answer = excluded.step_out_answer,
				    support_continues = excluded.support_continues, achieved = excluded.achieved,
				    follow_up = excluded.follow_up, unmet_rules = excluded.unmet_rules,
				    proposed_by = excluded.proposed_by, proposed_at = excluded.proposed_at,
				    version = case_closing.version + 1""")
			.param("c", file.id())
			.param("m", file.municipalityId())
			.param("self", form.selfSufficient())
			.param("stop", form.householdWantsToStop())
			.param("stepOut", form.stepOutAnswer().name())
			.param("support", blank(form.supportContinues()))
			.param("achieved", form.achieved().strip())
			.param("followUp", form.followUp())
			.param("unmet", unmet.stream().map(ClosingRule::code).toArray(String[]::new))
			.param("by", user.userId())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (unmet.isEmpty()) {
			file.close(unmet, false, form.followUp() ? settings.of(file.municipalityId()).followUpMonths() : 0,
					LocalDate.now(clock));
		}
		save(user, file, form.version());
		return unmet.isEmpty();
	}

	/** Completes a closing the team decided on. */
	@Transactional
	void complete(CurrentUser user, UUID caseId, int version) {
		CaseFile file = load(user, caseId);
		Closing closing = closing(file.id()).orElseThrow(() -> new StateConflict("case.refusedIn." + file.stage()));
		boolean teamDecided = outcomes.decided(AgendaKeys.closureDoubt(file.id(), closing.proposedOn()));
		file.close(closing.unmet(), teamDecided,
				closing.followUp() ? settings.of(file.municipalityId()).followUpMonths() : 0, LocalDate.now(clock));
		save(user, file, version);
	}

	@Transactional
	void withdraw(CurrentUser user, UUID caseId, String why, int version) {
		CaseFile file = load(user, caseId);
		file.withdrawClosing(blank(why));
		save(user, file, version);
	}

	@Transactional
	void closeWithoutContact(CurrentUser user, UUID caseId, ClosingForms.WithoutContact form) {
		CaseFile file = load(user, caseId);
		boolean teamDecided = file.assignedOn() != null
				&& outcomes.decided(AgendaKeys.outreach(AgendaItemKind.OUTREACH_CONSULT, file.id(), file.assignedOn()));
		boolean referrerConsulted = form.referrerConsulted() != null && !form.referrerConsulted().isBlank();
		file.closeWithoutContact(teamDecided, referrerConsulted, form.risks(), LocalDate.now(clock));
		jdbc.sql("""
				insert into case_no_contact_closure (case_id, municipality_id, referrer_consulted, risks, recorded_by,
				    recorded_at)
				values (:c, :m, :consulted, :risks, :by, :at)""")
			.param("c", file.id())
			.param("m", file.municipalityId())
			.param("consulted", form.referrerConsulted().strip())
			.param("risks", form.risks().strip())
			.param("by", user.userId())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		save(user, file, form.version());
	}

	@Transactional
	void scaleUp(CurrentUser user, UUID caseId, String toWhom, int version) {
		CaseFile file = load(user, caseId);
		file.scaleUp(toWhom);
		save(user, file, version);
	}

	/**
	 * A check-in of the follow-up watch, recorded in a few seconds; "reopen" brings the
	 * case back to active work.
	 */
	@Transactional
	void checkIn(CurrentUser user, UUID caseId, ClosingForms.CheckIn checkIn) {
		CaseFile file = load(user, caseId);
		if (file.stage() != CaseStage.FOLLOW_UP) {
			throw new StateConflict("checkIn.notInFollowUp");
		}
		if (checkIn.result() == null) {
			throw InvalidInput.of("result", "checkIn.result.missing");
		}
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("""
				insert into follow_up_check_in (id, municipality_id, case_id, due_on, checked_on, result, note,
				    checked_by, checked_by_name, checked_at)
				values (:id, :m, :c, :due, :today, :result, :note, :by, :name, :at)
				on conflict (case_id, due_on) do nothing""")
			.param("id", UUID.randomUUID())
			.param("m", file.municipalityId())
			.param("c", file.id())
			.param("due", nextCheckIn(file))
			.param("today", today)
			.param("result", checkIn.result().name())
			.param("note", blank(checkIn.note()))
			.param("by", user.userId())
			.param("name", user.displayName())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		files.history(file, CaseFile.HistoryEntry.of("CHECK_IN_" + checkIn.result().name(), blank(checkIn.note())),
				user.userId(), user.displayName(), clock.instant());
		if (checkIn.result() == ClosingForms.CheckInResult.REOPEN) {
			reopen(user, file, blank(checkIn.note()) == null ? "–" : checkIn.note(), file.version());
		}
	}

	@Transactional
	void reopen(CurrentUser user, UUID caseId, String why, int version) {
		reopen(user, load(user, caseId), why, version);
	}

	private void reopen(CurrentUser user, CaseFile file, String why, int version) {
		UUID caseManager = file.roles().caseManager();
		boolean stillInTeam = caseManager != null && roster.member(file.teamId(), caseManager).isPresent();
		file.reopen(why, stillInTeam);
		jdbc.sql("delete from case_closing where case_id = :c").param("c", file.id()).update();
		save(user, file, version);
	}

	/** The next check-in: a period after the last one, or after closing. */
	LocalDate nextCheckIn(CaseFile file) {
		LocalDate last = jdbc.sql("select max(due_on) from follow_up_check_in where case_id = :c")
			.param("c", file.id())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		int months = settings.of(file.municipalityId()).checkInIntervalMonths();
		return (last != null ? last : file.closedOn()).plusMonths(months);
	}

	Optional<Closing> closing(UUID caseId) {
		return jdbc.sql("select unmet_rules, follow_up, proposed_at from case_closing where case_id = :c")
			.param("c", caseId)
			.query((rs, n) -> new Closing(unmet(rs.getArray(1)), rs.getBoolean(2),
					rs.getTimestamp(3).toInstant().atZone(clock.getZone()).toLocalDate()))
			.optional();
	}

	int solvedConfirmations(UUID caseId) {
		return jdbc.sql("select count(*) from case_contact where case_id = :c and question_solved")
			.param("c", caseId)
			.query(Integer.class)
			.single();
	}

	private List<ClosingRule> unmet(Array codes) throws SQLException {
		List<String> unmet = Arrays.asList((String[]) codes.getArray());
		return rules.all().stream().filter(rule -> unmet.contains(rule.code())).toList();
	}

	private CaseFile load(CurrentUser user, UUID caseId) {
		CaseFile file = files.lockForChange(caseId).orElseThrow(NotFound::new);
		access.work(user, file).orRefuse();
		return file;
	}

	private void save(CurrentUser user, CaseFile file, int version) {
		files.save(file, version, user.userId(), user.displayName(), clock.instant());
		file.takeEvents().forEach(events::publishEvent);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A closing proposed, as stored. */
	record Closing(List<ClosingRule> unmet, boolean followUp, LocalDate proposedOn) {
	}

}
