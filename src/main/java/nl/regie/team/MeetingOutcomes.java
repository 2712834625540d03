package nl.regie.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of the team's decisions: the outcomes about a case (its
 * history shows them), whether an item was decided, and the team's next meeting. A module
 * acting on an agenda item (the case file assigning a case at the table) records the
 * item's outcome here, in its own transaction.
 */
@Service
public class MeetingOutcomes {

	private final JdbcClient jdbc;

	private final TeamMeetingManagement management;

	private final TeamMeetings meetings;

	MeetingOutcomes(JdbcClient jdbc, TeamMeetingManagement management, TeamMeetings meetings) {
		this.jdbc = jdbc;
		this.management = management;
		this.meetings = meetings;
	}

	/**
	 * Records the outcome of an item open on the meeting's agenda.
	 * @throws nl.regie.platform.domain.StateConflict when it was recorded meanwhile
	 * @throws nl.regie.platform.domain.InvalidInput when the item is not on that agenda
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(CurrentUser user, UUID meetingId, OutcomeCommand outcome) {
		management.recordFor(user, meetingId, outcome);
	}

	/** The outcomes about the case, oldest first. */
	public List<CaseOutcome> ofCase(UUID caseId) {
		return jdbc.sql("""
				select o.meeting_id, m.held_on, m.type, o.kind, o.question, o.advice, o.decision, o.postponed,
				       o.decided_by_name, o.decided_at
				from agenda_outcome o join team_meeting m on m.id = o.meeting_id
				where o.case_id = :c order by o.decided_at""")
			.param("c", caseId)
			.query((rs, n) -> new CaseOutcome(rs.getObject("meeting_id", UUID.class),
					rs.getObject("held_on", LocalDate.class), MeetingType.valueOf(rs.getString("type")),
					AgendaItemKind.valueOf(rs.getString("kind")), rs.getString("question"), rs.getString("advice"),
					rs.getString("decision"), rs.getBoolean("postponed"), rs.getString("decided_by_name"),
					rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	/**
	 * Whether the team decided on this item (not merely postponed it), in any meeting.
	 */
	public boolean decided(String itemKey) {
		return jdbc.sql("select exists (select 1 from agenda_outcome where item_key = :k and not postponed)")
			.param("k", itemKey)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether the case was discussed in a meeting: core-team members may see its summary.
	 */
	public boolean discussed(UUID caseId) {
		return jdbc.sql("select exists (select 1 from agenda_outcome where case_id = :c)")
			.param("c", caseId)
			.query(Boolean.class)
			.single();
	}

	/** The team's next meeting, whose agenda Regie fills now. */
	public Optional<UUID> nextMeeting(UUID teamId, LocalDate today) {
		return meetings.next(teamId, today);
	}

}
