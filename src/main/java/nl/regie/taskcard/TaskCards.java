package nl.regie.taskcard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The task cards. A card is inserted once and then only revoked. */
@Repository
class TaskCards {

	private static final String SELECT = """
			select id, case_id, household_id, volunteer_id, consent_id, plan_action_id, first_name, task, place,
			       when_text, responsible, concern_contact, valid_until, revoked_on, revoked_because
			from task_card""";

	private final JdbcClient jdbc;

	TaskCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(TaskCard card, UUID municipalityId, String madeBy, Instant now) {
		jdbc.sql("""
				insert into task_card (id, municipality_id, case_id, household_id, volunteer_id, consent_id,
				    plan_action_id, first_name, task, place, when_text, responsible, concern_contact, valid_until,
				    made_by, made_at)
				values (:id, :m, :c, :h, :v, :consent, :action, :first, :task, :place, :when, :responsible, :concern,
				    :until, :by, :at)""")
			.param("id", card.id())
			.param("m", municipalityId)
			.param("c", card.caseId())
			.param("h", card.householdId())
			.param("v", card.volunteerId())
			.param("consent", card.consentId())
			.param("action", card.planActionId())
			.param("first", card.firstName())
			.param("task", card.task())
			.param("place", card.place())
			.param("when", card.when())
			.param("responsible", card.responsible())
			.param("concern", card.concernContact())
			.param("until", card.validUntil())
			.param("by", madeBy)
			.param("at", Timestamp.from(now))
			.update();
	}

	/**
	 * @return whether it was revoked now: false when it was revoked meanwhile
	 */
	boolean revoke(TaskCard revoked) {
		return jdbc.sql("""
				update task_card set revoked_on = :on, revoked_because = :because
				where id = :id and revoked_on is null""")
			.param("on", revoked.revokedOn())
			.param("because", revoked.revokedBecause().name())
			.param("id", revoked.id())
			.update() == 1;
	}

	/** Every card still standing on the consent ends with it. */
	int revokeAllOn(UUID consentId, LocalDate on) {
		return jdbc.sql("""
				update task_card set revoked_on = :on, revoked_because = 'CONSENT_WITHDRAWN'
				where consent_id = :consent and revoked_on is null""")
			.param("on", on)
			.param("consent", consentId)
			.update();
	}

	Optional<TaskCard> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> card(rs)).optional();
	}

	List<TaskCard> ofCase(UUID caseId) {
		return jdbc.sql(SELECT + " where case_id = :c order by made_at desc")
			.param("c", caseId)
			.query((rs, n) -> card(rs))
			.list();
	}

	/** The volunteer's cards that hold on the day, soonest ending first. */
	List<TaskCard> validFor(UUID volunteerId, LocalDate day) {
		return jdbc.sql(SELECT + """
				 where volunteer_id = :v and revoked_on is null and valid_until >= :d
				order by valid_until, made_at""")
			.param("v", volunteerId)
			.param("d", day)
			.query((rs, n) -> card(rs))
			.list();
	}

	private static TaskCard card(ResultSet rs) throws SQLException {
		String because = rs.getString("revoked_because");
		return new TaskCard(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("household_id", UUID.class), rs.getObject("volunteer_id", UUID.class),
				rs.getObject("consent_id", UUID.class), rs.getObject("plan_action_id", UUID.class),
				rs.getString("first_name"), rs.getString("task"), rs.getString("place"), rs.getString("when_text"),
				rs.getString("responsible"), rs.getString("concern_contact"),
				rs.getObject("valid_until", LocalDate.class), rs.getObject("revoked_on", LocalDate.class),
				because == null ? null : TaskCard.Revocation.valueOf(because));
	}

}
