package nl.regie.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages Regie prepared for a referral's referrer, and recording that they were
 * sent (the team sends them through its own mail or phone; Regie records that and when).
 */
@Service
class ReferrerMessageManagement {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ReferralAccessPolicy access;

	ReferrerMessageManagement(JdbcClient jdbc, Clock clock, ReferralAccessPolicy access) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Message> of(CurrentUser user, UUID referralId) {
		access.read(user, teamOf(referralId)).orRefuse();
		return jdbc.sql("""
				select id, kind, text, prepared_at, sent_at, sent_by_name from referrer_message
				where referral_id = :r order by prepared_at, id""")
			.param("r", referralId)
			.query((rs, n) -> new Message(rs.getObject("id", UUID.class),
					ReferrerMessageKind.valueOf(rs.getString("kind")), rs.getString("text"),
					rs.getTimestamp("prepared_at").toInstant(),
					rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
					rs.getString("sent_by_name")))
			.list();
	}

	@Transactional
	void markSent(CurrentUser user, UUID referralId, UUID messageId) {
		access.read(user, teamOf(referralId)).orRefuse();
		int marked = jdbc.sql("""
				update referrer_message set sent_at = :now, sent_by = :by, sent_by_name = :name, version = version + 1
				where id = :id and referral_id = :r and sent_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("by", user.userId())
			.param("name", user.displayName())
			.param("id", messageId)
			.param("r", referralId)
			.update();
		if (marked == 0) {
			boolean exists = jdbc
				.sql("select exists (select 1 from referrer_message where id = :id and referral_id = :r)")
				.param("id", messageId)
				.param("r", referralId)
				.query(Boolean.class)
				.single();
			if (!exists) {
				throw new NotFound();
			}
			throw new StateConflict("referrerMessages.alreadySent");
		}
	}

	private UUID teamOf(UUID referralId) {
		return jdbc.sql("select team_id from referral where id = :r")
			.param("r", referralId)
			.query(UUID.class)
			.optional()
			.orElseThrow(NotFound::new);
	}

	record Message(UUID id, ReferrerMessageKind kind, String text, Instant preparedAt, Instant sentAt, String sentBy) {
	}

}
