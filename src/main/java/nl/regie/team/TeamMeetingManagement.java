package nl.regie.team;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.RosterMember;
import nl.regie.organisation.TeamRoster;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a team's meetings and records the outcome of their agenda items; the team
 * leader's settings of how the team works.
 */
@Service
class TeamMeetingManagement {

	static final int MAX_TEXT = 2000;

	private final TeamMeetings meetings;

	private final AgendaQuery agenda;

	private final TeamRoster roster;

	private final TeamSettings settings;

	private final TeamAccessPolicy access;

	private final Clock clock;

	TeamMeetingManagement(TeamMeetings meetings, AgendaQuery agenda, TeamRoster roster, TeamSettings settings,
			TeamAccessPolicy access, Clock clock) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.roster = roster;
		this.settings = settings;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A new meeting of the user's team. It may lie in the past (recorded afterwards), but
	 * not before the team existed; participants must be members of the team.
	 */
	@Transactional
	UUID plan(CurrentUser user, MeetingForm form) {
		access.plan(user).orRefuse();
		UUID teamId = user.teamId();
		List<FieldProblem> problems = new ArrayList<>();
		if (form.heldOn() == null) {
			problems.add(new FieldProblem("heldOn", "meeting.heldOn.missing"));
		}
		else if (form.heldOn().isBefore(roster.foundedOn(teamId))) {
			problems.add(new FieldProblem("heldOn", "meeting.heldOn.beforeTeam"));
		}
		else if (form.heldOn().isAfter(LocalDate.now(clock).plusYears(1))) {
			problems.add(new FieldProblem("heldOn", "meeting.heldOn.tooFar"));
		}
		if (form.type() == null) {
			problems.add(new FieldProblem("type", "meeting.type.missing"));
		}
		else if (!settings.of(teamId).meetingTypes().contains(form.type())) {
			problems.add(new FieldProblem("type", "meeting.type.notUsed"));
		}
		Set<UUID> members = new HashSet<>(roster.members(teamId).stream().map(RosterMember::id).toList());
		Set<UUID> participants = form.participantIds() == null ? Set.of() : Set.copyOf(form.participantIds());
		if (!members.containsAll(participants)) {
			problems.add(new FieldProblem("participantIds", "meeting.participant.notInTeam"));
		}
		if (form.externalParticipants() != null && form.externalParticipants().length() > MAX_TEXT) {
			problems.add(new FieldProblem("externalParticipants", "text.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		String external = form.externalParticipants() == null || form.externalParticipants().isBlank() ? null
				: form.externalParticipants().strip();
		TeamMeeting meeting = new TeamMeeting(UUID.randomUUID(), user.municipalityId(), teamId, form.heldOn(),
				form.type(), participants, external);
		meetings.add(meeting, user.userId(), clock.instant());
		return meeting.id();
	}

	/** The next meeting day by the team's rhythm, for the planning form. */
	LocalDate nextMeetingDay(CurrentUser user) {
		DayOfWeek day = settings.of(user.teamId()).meetingDay();
		return LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(day));
	}

	/**
	 * Records the outcome of an item open on the meeting's agenda. Of two people
	 * recording the same item at once the first wins; the other is told.
	 * @throws StateConflict {@code outcome.recordedMeanwhile} when it was recorded
	 * already
	 */
	@Transactional
	void recordOutcome(CurrentUser user, UUID meetingId, String itemKey, String question, String advice,
			String decision, boolean postponed) {
		TeamMeeting meeting = meetings.find(meetingId).orElseThrow(NotFound::new);
		access.recordOutcome(user, meeting).orRefuse();
		AgendaCandidate item = agenda.openCandidate(meeting, itemKey)
			.orElseThrow(() -> InvalidInput.of("itemKey", "outcome.notOnAgenda"));
		record(user, meeting,
				new OutcomeCommand(item.key(), item.kind(), item.caseId(), question, advice, decision, postponed));
	}

	/** Same, for a module acting on the item itself (an assignment made at the table). */
	@Transactional
	void recordFor(CurrentUser user, UUID meetingId, OutcomeCommand outcome) {
		TeamMeeting meeting = meetings.find(meetingId).orElseThrow(NotFound::new);
		access.agenda(user, meeting).orRefuse();
		agenda.openCandidate(meeting, outcome.itemKey())
			.orElseThrow(() -> InvalidInput.of("itemKey", "outcome.notOnAgenda"));
		record(user, meeting, outcome);
	}

	private void record(CurrentUser user, TeamMeeting meeting, OutcomeCommand outcome) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!outcome.postponed() && (outcome.decision() == null || outcome.decision().isBlank())) {
			problems.add(new FieldProblem("decision", "outcome.decision.missing"));
		}
		for (String[] text : new String[][] { { "question", outcome.question() }, { "advice", outcome.advice() },
				{ "decision", outcome.decision() } }) {
			if (text[1] != null && text[1].length() > MAX_TEXT) {
				problems.add(new FieldProblem(text[0], "text.tooLong"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		try {
			meetings.addOutcome(meeting, outcome, user, clock.instant());
		}
		catch (DuplicateKeyException recordedMeanwhile) {
			throw new StateConflict("outcome.recordedMeanwhile");
		}
	}

	@Transactional
	void changeSettings(CurrentUser user, SettingsForm form) {
		access.settings(user).orRefuse();
		List<FieldProblem> problems = new ArrayList<>();
		if (form.meetingDay() == null) {
			problems.add(new FieldProblem("meetingDay", "settings.meetingDay.missing"));
		}
		if (form.intervalWeeks() == null || form.intervalWeeks() < 1 || form.intervalWeeks() > 8) {
			problems.add(new FieldProblem("intervalWeeks", "settings.intervalWeeks.range"));
		}
		if (form.meetingTypes() == null || form.meetingTypes().isEmpty()) {
			problems.add(new FieldProblem("meetingTypes", "settings.meetingTypes.missing"));
		}
		if (form.assignedBy() == null) {
			problems.add(new FieldProblem("assignedBy", "settings.assignedBy.missing"));
		}
		if (form.assignmentMode() == null) {
			problems.add(new FieldProblem("assignmentMode", "settings.assignmentMode.missing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		boolean saved = settings.save(user.municipalityId(), user.teamId(), new TeamSettings.Settings(form.meetingDay(),
				form.intervalWeeks(), Set.copyOf(form.meetingTypes()), form.assignedBy(), form.assignmentMode(),
				form.contactDetails() == null || form.contactDetails().isBlank() ? null : form.contactDetails().strip(),
				form.version()));
		if (!saved) {
			throw new OptimisticLockingFailureException("team settings changed meanwhile");
		}
	}

}
