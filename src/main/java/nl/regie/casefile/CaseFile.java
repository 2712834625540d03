package nl.regie.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.regie.casefile.CaseFileEvent.CaseAssigned;
import nl.regie.casefile.CaseFileEvent.CaseClosed;
import nl.regie.casefile.CaseFileEvent.CaseClosedWithoutContact;
import nl.regie.casefile.CaseFileEvent.CaseClosingProposed;
import nl.regie.casefile.CaseFileEvent.CaseClosingWithdrawn;
import nl.regie.casefile.CaseFileEvent.CaseReassigned;
import nl.regie.casefile.CaseFileEvent.CaseReopened;
import nl.regie.casefile.CaseFileEvent.CaseScaledUp;
import nl.regie.casefile.CaseFileEvent.FirstContactMade;
import nl.regie.casefile.CaseFileEvent.FollowUpEnded;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.StateConflict;

/**
 * A household's case from acceptance to the end of the follow-up watch. Every move goes
 * through {@link #move}, which consults the one transition table ({@link CaseTransition})
 * and refuses anything else; each move is written to the history with who, when and why
 * and raises a past-tense event, which the application service publishes after saving.
 */
final class CaseFile {

	private final UUID id;

	private final UUID municipalityId;

	private final UUID teamId;

	private final UUID householdId;

	private final UUID referralId;

	private final LocalDate openedOn;

	private final int version;

	private CaseStage stage;

	private Roles roles;

	private LocalDate assignedOn;

	private LocalDate firstContactOn;

	private LocalDate closedOn;

	private LocalDate followUpUntil;

	private final List<CaseFileEvent> events = new ArrayList<>();

	private final List<HistoryEntry> history = new ArrayList<>();

	CaseFile(UUID id, UUID municipalityId, UUID teamId, UUID householdId, UUID referralId, LocalDate openedOn,
			CaseStage stage, Roles roles, LocalDate assignedOn, LocalDate firstContactOn, LocalDate closedOn,
			LocalDate followUpUntil, int version) {
		this.id = id;
		this.municipalityId = municipalityId;
		this.teamId = teamId;
		this.householdId = householdId;
		this.referralId = referralId;
		this.openedOn = openedOn;
		this.stage = stage;
		this.roles = roles;
		this.assignedOn = assignedOn;
		this.firstContactOn = firstContactOn;
		this.closedOn = closedOn;
		this.followUpUntil = followUpUntil;
		this.version = version;
	}

	/**
	 * The team's pick. Whether the two people may be picked (own team, active account,
	 * core team) the application service has checked against the roster; here the rule
	 * that they are two different people.
	 */
	void assign(UUID caseManager, UUID secondVisitor, LocalDate today, String why) {
		List<FieldProblem> problems = new ArrayList<>();
		if (caseManager == null) {
			problems.add(new FieldProblem("caseManagerId", "assignment.caseManager.missing"));
		}
		if (secondVisitor == null) {
			problems.add(new FieldProblem("secondVisitorId", "assignment.secondVisitor.missing"));
		}
		else if (secondVisitor.equals(caseManager)) {
			problems.add(new FieldProblem("secondVisitorId", "assignment.samePerson"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		move(CaseTransition.ASSIGN, why);
		roles = new Roles(caseManager, secondVisitor, null);
		assignedOn = today;
		events.add(new CaseAssigned(id, municipalityId, teamId, householdId, caseManager, secondVisitor, today));
	}

	/**
	 * The team leader moves the case to another case manager, with a reason; the old one
	 * stays in the history. When the new case manager was second visitor or backup, the
	 * old one takes that place, so nobody holds two roles; otherwise the old one stays on
	 * as backup for the handover while there is none, so both see the case.
	 */
	void reassign(UUID newCaseManager, String reason) {
		refuseUnless(CaseStage.WORKED.contains(stage));
		if (isBlank(reason)) {
			throw InvalidInput.of("reason", "reassign.reason.missing");
		}
		if (newCaseManager == null || newCaseManager.equals(roles.caseManager())) {
			throw InvalidInput.of("caseManagerId", "reassign.sameCaseManager");
		}
		UUID old = roles.caseManager();
		UUID second = Objects.equals(roles.secondVisitor(), newCaseManager) ? old : roles.secondVisitor();
		UUID backup = Objects.equals(roles.backup(), newCaseManager) ? old : roles.backup();
		if (old != null && !old.equals(second) && !old.equals(backup) && backup == null) {
			backup = old;
		}
		roles = new Roles(newCaseManager, second, backup);
		history.add(HistoryEntry.of("REASSIGNED", reason.strip()));
		events.add(new CaseReassigned(id, municipalityId, teamId, householdId, old, newCaseManager));
	}

	/**
	 * After the first visit one of the two visitors stays on as backup; in a team that
	 * decides afterwards, the case manager may change here too.
	 */
	void settleRoles(UUID caseManager, UUID backup) {
		refuseUnless(stage == CaseStage.ACTIVE || stage == CaseStage.CLOSING);
		if (roles.secondVisitor() == null) {
			throw new StateConflict("roles.alreadySettled");
		}
		List<UUID> visitors = List.of(roles.caseManager(), roles.secondVisitor());
		if (caseManager == null || backup == null || caseManager.equals(backup) || !visitors.contains(caseManager)
				|| !visitors.contains(backup)) {
			throw InvalidInput.of("caseManagerId", "roles.oneOfTheVisitors");
		}
		roles = new Roles(caseManager, null, backup);
		history.add(HistoryEntry.of("ROLES_SETTLED", null));
	}

	/**
	 * The first real contact (an attempt that reached the household, or a contact in the
	 * journal) ends the outreach.
	 */
	void makeContact(LocalDate on) {
		move(CaseTransition.MAKE_CONTACT, null);
		firstContactOn = on;
		events.add(new FirstContactMade(id, municipalityId, teamId, householdId, on));
	}

	/**
	 * Closing a case that never had contact needs the team's recorded decision, the
	 * referrer consulted on the risks, and the risks written down.
	 */
	void closeWithoutContact(boolean teamDecided, boolean referrerConsulted, String risks, LocalDate today) {
		refuseUnless(CaseTransition.CLOSE_WITHOUT_CONTACT.allowedFrom(stage));
		List<FieldProblem> problems = new ArrayList<>();
		if (!teamDecided) {
			problems.add(new FieldProblem("teamDecision", "noContact.teamDecision.missing"));
		}
		if (!referrerConsulted) {
			problems.add(new FieldProblem("referrerConsulted", "noContact.referrer.missing"));
		}
		if (isBlank(risks)) {
			problems.add(new FieldProblem("risks", "noContact.risks.missing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		move(CaseTransition.CLOSE_WITHOUT_CONTACT, risks.strip());
		closedOn = today;
		events.add(new CaseClosedWithoutContact(id, municipalityId, teamId, householdId));
	}

	/**
	 * @param unmet the closing rules the checklist does not meet: then the team decides
	 */
	void proposeClosing(List<ClosingRule> unmet, String why) {
		move(CaseTransition.PROPOSE_CLOSING, why);
		events.add(new CaseClosingProposed(id, municipalityId, teamId, householdId, !unmet.isEmpty()));
	}

	void withdrawClosing(String why) {
		move(CaseTransition.WITHDRAW_CLOSING, why);
		events.add(new CaseClosingWithdrawn(id, municipalityId, teamId, householdId));
	}

	/**
	 * Ends the help. With an unmet closing rule only after the team's recorded decision.
	 * @param followUpMonths length of the follow-up watch; {@code 0} for none
	 */
	void close(List<ClosingRule> unmet, boolean teamDecided, int followUpMonths, LocalDate today) {
		refuseUnless(stage == CaseStage.CLOSING);
		if (!unmet.isEmpty() && !teamDecided) {
			throw new StateConflict("closing.teamDecisionNeeded");
		}
		boolean watch = followUpMonths > 0;
		move(watch ? CaseTransition.CLOSE_WITH_FOLLOW_UP : CaseTransition.CLOSE, null);
		closedOn = today;
		followUpUntil = watch ? today.plusMonths(followUpMonths) : null;
		events.add(new CaseClosed(id, municipalityId, teamId, householdId, today, followUpUntil));
	}

	void endFollowUp() {
		move(CaseTransition.END_FOLLOW_UP, null);
		events.add(new FollowUpEnded(id, municipalityId, teamId, householdId));
	}

	void scaleUp(String toWhom) {
		refuseUnless(CaseTransition.SCALE_UP.allowedFrom(stage));
		if (isBlank(toWhom)) {
			throw InvalidInput.of("reason", "scaleUp.reason.missing");
		}
		move(CaseTransition.SCALE_UP, toWhom.strip());
		events.add(new CaseScaledUp(id, municipalityId, teamId, householdId));
	}

	/**
	 * Back to active with the full history.
	 * @param caseManagerStillInTeam when the former case manager left, the case has none
	 * and goes to the team agenda
	 */
	void reopen(String why, boolean caseManagerStillInTeam) {
		refuseUnless(CaseTransition.REOPEN.allowedFrom(stage));
		if (isBlank(why)) {
			throw InvalidInput.of("reason", "reopen.reason.missing");
		}
		move(CaseTransition.REOPEN, why.strip());
		if (!caseManagerStillInTeam) {
			roles = new Roles(null, null, roles.backup());
		}
		closedOn = null;
		followUpUntil = null;
		events.add(new CaseReopened(id, municipalityId, teamId, householdId, !caseManagerStillInTeam));
	}

	private void move(CaseTransition transition, String why) {
		refuseUnless(transition.allowedFrom(stage));
		history.add(new HistoryEntry(transition.name(), stage, transition.to(), why));
		stage = transition.to();
	}

	/** Refused with the reason the current stage gives, e.g. "this case has ended". */
	private void refuseUnless(boolean allowed) {
		if (!allowed) {
			throw new StateConflict("case.refusedIn." + stage.name());
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	UUID id() {
		return id;
	}

	UUID municipalityId() {
		return municipalityId;
	}

	UUID teamId() {
		return teamId;
	}

	UUID householdId() {
		return householdId;
	}

	UUID referralId() {
		return referralId;
	}

	LocalDate openedOn() {
		return openedOn;
	}

	int version() {
		return version;
	}

	CaseStage stage() {
		return stage;
	}

	Roles roles() {
		return roles;
	}

	LocalDate assignedOn() {
		return assignedOn;
	}

	LocalDate firstContactOn() {
		return firstContactOn;
	}

	LocalDate closedOn() {
		return closedOn;
	}

	LocalDate followUpUntil() {
		return followUpUntil;
	}

	/** The events raised since loading, once: the caller publishes them. */
	List<CaseFileEvent> takeEvents() {
		List<CaseFileEvent> raised = List.copyOf(events);
		events.clear();
		return raised;
	}

	/** The history entries made since loading, once: the repository stores them. */
	List<HistoryEntry> takeHistory() {
		List<HistoryEntry> made = List.copyOf(history);
		history.clear();
		return made;
	}

	/**
	 * Who works the case: team member ids (organisation module).
	 *
	 * @param secondVisitor until the roles are settled after the first visit
	 * @param backup once settled (achterwacht)
	 */
	record Roles(UUID caseManager, UUID secondVisitor, UUID backup) {

		static final Roles NONE = new Roles(null, null, null);

		boolean includes(UUID member) {
			return member != null
					&& (member.equals(caseManager) || member.equals(secondVisitor) || member.equals(backup));
		}

	}

	/**
	 * One line of the case history.
	 *
	 * @param kind a transition's name, or another change such as {@code REASSIGNED}
	 */
	record HistoryEntry(String kind, CaseStage fromStage, CaseStage toStage, String text) {

		static HistoryEntry of(String kind, String text) {
			return new HistoryEntry(kind, null, null, text);
		}

	}

}
