package nl.regie.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.RosterMember;
import nl.regie.organisation.TeamRoster;
import nl.regie.platform.domain.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a meeting's agenda from every {@link AgendaSource}: on the team's next meeting
 * what needs the team now (less what the team already decided elsewhere), and on every
 * meeting the outcomes it recorded. The order: what waits longest first, team-wide items
 * last.
 */
@Service
class AgendaQuery {

	private final TeamMeetings meetings;

	private final ObjectProvider<AgendaSource> sources;

	private final TeamRoster roster;

	private final TeamAccessPolicy access;

	private final Clock clock;

	AgendaQuery(TeamMeetings meetings, ObjectProvider<AgendaSource> sources, TeamRoster roster, TeamAccessPolicy access,
			Clock clock) {
		this.meetings = meetings;
		this.sources = sources;
		this.roster = roster;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Read-write: the audit entries of the household reads are written with it.
	 * @param forPrint the printed agenda: without names as soon as anyone from outside
	 * the core team takes part
	 */
	@Transactional
	Agenda of(CurrentUser user, UUID meetingId, boolean forPrint) {
		TeamMeeting meeting = meetings.find(meetingId).orElseThrow(NotFound::new);
		access.agenda(user, meeting).orRefuse();
		Map<UUID, RosterMember> members = roster.members(meeting.teamId())
			.stream()
			.collect(Collectors.toMap(RosterMember::id, Function.identity()));
		boolean outsidersPresent = meeting.type().withOutsiders() || meeting.hasExternalParticipants()
				|| meeting.participantIds()
					.stream()
					.map(members::get)
					.anyMatch(member -> member != null && member.outerRing());
		boolean withNames = access.seesNamesOn(user) && !(forPrint && outsidersPresent);
		boolean current = isCurrent(meeting);
		List<AgendaCandidate> candidates = current ? candidates(meeting) : List.of();
		Map<String, TeamMeetings.RecordedOutcome> outcomes = meetings.outcomesOf(meetingId)
			.stream()
			.collect(Collectors.toMap(TeamMeetings.RecordedOutcome::itemKey, Function.identity()));

		List<Agenda.Item> open = new ArrayList<>();
		List<Agenda.Item> decided = new ArrayList<>();
		Map<String, AgendaCandidate> byKey = new HashMap<>();
		for (AgendaCandidate candidate : candidates) {
			byKey.put(candidate.key(), candidate);
			Agenda.Item item = item(candidate, withNames, outcomes.get(candidate.key()));
			(item.outcome() == null ? open : decided).add(item);
		}
		Map<UUID, AgendaSource.Subject> subjects = subjectsOf(outcomes.values()
			.stream()
			.filter(outcome -> !byKey.containsKey(outcome.itemKey()))
			.map(TeamMeetings.RecordedOutcome::caseId)
			.filter(Objects::nonNull)
			.toList());
		outcomes.values()
			.stream()
			.filter(outcome -> !byKey.containsKey(outcome.itemKey()))
			.forEach(outcome -> decided.add(item(outcome, subjects.get(outcome.caseId()), withNames)));
		decided.sort(Comparator.comparing(item -> item.outcome().decidedAt()));
		if (withNames) {
			access.householdsShown(user, meeting.municipalityId(),
					candidates.stream().map(AgendaCandidate::householdId).toList());
		}
		List<String> participants = meeting.participantIds()
			.stream()
			.map(members::get)
			.filter(Objects::nonNull)
			.map(member -> member.name() + " (" + member.homeOrganisation() + ")")
			.sorted()
			.toList();
		return new Agenda(meeting.id(), meeting.heldOn(), meeting.type(), participants, meeting.externalParticipants(),
				withNames, current, open, decided);
	}

	/** The items open on the team's next meeting, for a module recording an outcome. */
	Optional<AgendaCandidate> openCandidate(TeamMeeting meeting, String key) {
		if (!isCurrent(meeting)) {
			return Optional.empty();
		}
		return candidates(meeting).stream().filter(candidate -> candidate.key().equals(key)).findFirst();
	}

	private boolean isCurrent(TeamMeeting meeting) {
		return meetings.next(meeting.teamId(), LocalDate.now(clock)).map(meeting.id()::equals).orElse(false);
	}

	private List<AgendaCandidate> candidates(TeamMeeting meeting) {
		LocalDate today = LocalDate.now(clock);
		List<AgendaCandidate> all = sources.orderedStream()
			.flatMap(source -> source.candidates(meeting.teamId(), today).stream())
			.toList();
		Set<String> decidedElsewhere = meetings.decidedElsewhere(meeting.id(),
				all.stream().filter(AgendaCandidate::resolvedByDecision).map(AgendaCandidate::key).toList());
		return all.stream()
			.filter(candidate -> !decidedElsewhere.contains(candidate.key()))
			.sorted(Comparator.comparing((AgendaCandidate candidate) -> candidate.caseId() == null)
				.thenComparing(candidate -> candidate.kind().ordinal())
				.thenComparing(candidate -> -Optional.ofNullable(candidate.waitingDays()).orElse(0L)))
			.toList();
	}

	private Map<UUID, AgendaSource.Subject> subjectsOf(List<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, AgendaSource.Subject> subjects = new HashMap<>();
		sources.orderedStream().forEach(source -> subjects.putAll(source.subjects(caseIds)));
		return subjects;
	}

	private static Agenda.Item item(AgendaCandidate candidate, boolean withNames,
			TeamMeetings.RecordedOutcome recorded) {
		return new Agenda.Item(candidate.key(), candidate.kind(), candidate.caseId(),
				subject(candidate.householdName(), candidate.initial(), withNames), candidate.question(),
				candidate.lifeDomains(), candidate.waitingDays(), candidate.children(), candidate.referredBy(),
				recorded == null ? null : outcome(recorded));
	}

	private static Agenda.Item item(TeamMeetings.RecordedOutcome recorded, AgendaSource.Subject subject,
			boolean withNames) {
		return new Agenda.Item(recorded.itemKey(), recorded.kind(), recorded.caseId(),
				subject == null ? null : subject(subject.householdName(), subject.initial(), withNames),
				recorded.question(), List.of(), null, null, null, outcome(recorded));
	}

	private static String subject(String name, String initial, boolean withNames) {
		if (name == null) {
			return null;
		}
		return withNames ? name : initial;
	}

	private static Agenda.Outcome outcome(TeamMeetings.RecordedOutcome recorded) {
		return new Agenda.Outcome(recorded.question(), recorded.advice(), recorded.decision(), recorded.postponed(),
				recorded.decidedBy(), recorded.decidedAt());
	}

}
