package nl.regie.team;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores meetings, their participants and the outcomes of their items.
 */
@Repository
class TeamMeetings {

	private final JdbcClient jdbc;

	TeamMeetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<TeamMeeting> find(UUID id) {
		Set<UUID> participants = new HashSet<>(
				jdbc.sql("select member_id from team_meeting_participant where meeting_id = :id")
					.param("id", id)
					.query(UUID.class)
					.list());
		return jdbc.sql(
				"select id, municipality_id, team_id, held_on, type, external_participants from team_meeting where id = :id")
			.param("id", id)
			.query((rs, n) -> new TeamMeeting(rs.getObject("id", UUID.class),
					rs.getObject("municipality_id", UUID.class), rs.getObject("team_id", UUID.class),
					rs.getObject("held_on", LocalDate.class), MeetingType.valueOf(rs.getString("type")), participants,
					rs.getString("external_participants")))
			.optional();
	}

	/** The team's meetings, the latest first. */
	List<MeetingRow> ofTeam(UUID teamId, int limit) {
		return jdbc.sql("""
				select m.id, m.held_on, m.type,
				       (select count(*) from agenda_outcome o where o.meeting_id = m.id) as outcomes
				from team_meeting m where m.team_id = :t order by m.held_on desc, m.created_at desc limit :limit""")
			.param("t", teamId)
			.param("limit", limit)
			.query((rs, n) -> new MeetingRow(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
					MeetingType.valueOf(rs.getString("type")), rs.getInt("outcomes")))
			.list();
	}

	/** The meeting whose agenda Regie fills now: the team's first one from today on. */
	Optional<UUID> next(UUID teamId, LocalDate today) {
		return jdbc.sql("""
				select id from team_meeting where team_id = :t and held_on >= :today
				order by held_on, created_at limit 1""")
			.param("t", teamId)
			.param("today", today)
			.query(UUID.class)
			.optional();
	}

	void add(TeamMeeting meeting, UUID createdBy, Instant at) {
		jdbc.sql("""
				insert into team_meeting (id, municipality_id, team_id, held_on, type, external_participants,
				    created_by, created_at)
				values (:id, :m, :t, :day, :type, :external, :by, :at)""")
			.param("id", meeting.id())
			.param("m", meeting.municipalityId())
			.param("t", meeting.teamId())
			.param("day", meeting.heldOn())
			.param("type", meeting.type().name())
			.param("external", meeting.externalParticipants())
			.param("by", createdBy)
			.param("at", Timestamp.from(at))
			.update();
		meeting.participantIds()
			.forEach(member -> jdbc
				.sql("""
						insert into team_meeting_participant (meeting_id, municipality_id, member_id) values (:id, :m, :p)""")
				.param("id", meeting.id())
				.param("m", meeting.municipalityId())
				.param("p", member)
				.update());
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the item's outcome was
	 * recorded meanwhile
	 */
	void addOutcome(TeamMeeting meeting, OutcomeCommand outcome, CurrentUser by, Instant at) {
		jdbc.sql("""
				insert into agenda_outcome (id, municipality_id, meeting_id, item_key, kind, case_id, question, advice,
				    decision, postponed, decided_by, decided_by_name, decided_at)
				values (:id, :m, :meeting, :key, :kind, :case, :question, :advice, :decision, :postponed, :by, :name,
				    :at)""")
			.param("id", UUID.randomUUID())
			.param("m", meeting.municipalityId())
			.param("meeting", meeting.id())
			.param("key", outcome.itemKey())
			.param("kind", outcome.kind().name())
			.param("case", outcome.caseId())
			.param("question", blankToNull(outcome.question()))
			.param("advice", blankToNull(outcome.advice()))
			.param("decision", blankToNull(outcome.decision()))
			.param("postponed", outcome.postponed())
			.param("by", by.userId())
			.param("name", by.displayName())
			.param("at", Timestamp.from(at))
			.update();
	}

	List<RecordedOutcome> outcomesOf(UUID meetingId) {
		return jdbc.sql("""
				select item_key, kind, case_id, question, advice, decision, postponed, decided_by_name, decided_at
				from agenda_outcome where meeting_id = :m order by decided_at""")
			.param("m", meetingId)
			.query((rs, n) -> new RecordedOutcome(rs.getString("item_key"),
					AgendaItemKind.valueOf(rs.getString("kind")), rs.getObject("case_id", UUID.class),
					rs.getString("question"), rs.getString("advice"), rs.getString("decision"),
					rs.getBoolean("postponed"), rs.getString("decided_by_name"),
					rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	/**
	 * Of these keys, the ones with a decision (not a postponement) in another meeting.
	 */
	Set<String> decidedElsewhere(UUID meetingId, List<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				select item_key from agenda_outcome where item_key in (:keys) and not postponed and meeting_id <> :m""")
			.param("keys", keys)
			.param("m", meetingId)
			.query(String.class)
			.list());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	record MeetingRow(UUID id, LocalDate heldOn, MeetingType type, int outcomes) {
	}

	record RecordedOutcome(String itemKey, AgendaItemKind kind, UUID caseId, String question, String advice,
			String decision, boolean postponed, String decidedBy, Instant decidedAt) {
	}

}
