package nl.regie.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.regie.household.Bsn;
import nl.regie.household.Households;
import nl.regie.identity.AccountDirectory;
import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.PersonalDataRead;
import nl.regie.platform.access.PersonalDataReads;
import nl.regie.platform.access.ProcessingActivity;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy officer's view of the audit log, filtered by household (BSN of a member),
 * user and period, newest first, one page at a time. Filtered by household it is also the
 * household's own "who looked at my file".
 */
@Service
class AuditTrailQuery {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Households households;

	private final Pseudonyms pseudonyms;

	private final AccountDirectory accounts;

	private final PersonalDataReads reads;

	private final Clock clock;

	AuditTrailQuery(JdbcClient jdbc, Households households, Pseudonyms pseudonyms, AccountDirectory accounts,
			PersonalDataReads reads, Clock clock) {
		this.jdbc = jdbc;
		this.households = households;
		this.pseudonyms = pseudonyms;
		this.accounts = accounts;
		this.reads = reads;
		this.clock = clock;
	}

	/**
	 * Looking up who read a household's file is itself a read of that household, and is
	 * logged as one.
	 */
	@Transactional
	Page page(CurrentUser user, AuditFilter filter, int page) {
		PrivacyAccessPolicy.readAuditLog(user).orRefuse();
		List<String> where = new ArrayList<>(List.of("e.municipality_id = :m"));
		MapSqlParameterSource params = new MapSqlParameterSource("m", user.municipalityId());
		if (filter.bsn() != null) {
			Optional<UUID> household = households.withMember(user.municipalityId(), new Bsn(filter.bsn()));
			if (household.isEmpty()) {
				return Page.empty(page);
			}
			reads.record(new PersonalDataRead(user.userId(), user.municipalityId(), Role.PRIVACY_OFFICER.name(),
					household.get(), "audit-log", ProcessingActivity.PRIVACY_OVERSIGHT));
			Optional<UUID> key = pseudonyms.existing(user.municipalityId(), household.get());
			where.add("e.subject_pseudonym = :subject");
			params.addValue("subject", key.orElseThrow());
		}
		if (filter.username() != null) {
			Optional<UUID> actor = accounts.idOf(user.municipalityId(), filter.username());
			if (actor.isEmpty()) {
				return Page.empty(page);
			}
			where.add("e.actor_user_id = :actor");
			params.addValue("actor", actor.get());
		}
		ZoneId zone = clock.getZone();
		if (filter.from() != null) {
			where.add("e.occurred_at >= :from");
			params.addValue("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where.add("e.occurred_at < :to");
			params.addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		params.addValue("limit", PAGE_SIZE + 1).addValue("offset", (long) page * PAGE_SIZE);
		List<Row> rows = jdbc
			.sql("""
					select e.occurred_at, e.kind, e.actor_user_id, e.actor_role, e.resource, e.action,
					       e.processing_activity, e.subject_pseudonym, e.trace_id, e.client_address
					from audit_entry e where %s
					order by e.occurred_at desc, e.stripe, e.seq desc limit :limit offset :offset"""
				.formatted(String.join(" and ", where)))
			.paramSource(params)
			.query((rs, n) -> new Row(rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
					rs.getObject("actor_user_id", UUID.class), null, rs.getString("actor_role"),
					rs.getString("resource"), rs.getString("action"), rs.getString("processing_activity"),
					rs.getObject("subject_pseudonym", UUID.class), rs.getString("trace_id"),
					rs.getString("client_address")))
			.list();
		Map<UUID, String> names = accounts
			.displayNames(rows.stream().map(Row::actorUserId).filter(id -> id != null).distinct().toList());
		List<Row> named = rows.stream().limit(PAGE_SIZE).map(row -> row.named(names.get(row.actorUserId()))).toList();
		return new Page(named, page, rows.size() > PAGE_SIZE);
	}

	/**
	 * @param bsn a member's BSN, already checked by the form
	 */
	record AuditFilter(String bsn, String username, LocalDate from, LocalDate to) {
	}

	record Page(List<Row> rows, int page, boolean hasNext) {

		static Page empty(int page) {
			return new Page(List.of(), page, false);
		}

	}

	record Row(Instant occurredAt, String kind, UUID actorUserId, String actorName, String actorRole, String resource,
			String action, String processingActivity, UUID subjectPseudonym, String traceId, String clientAddress) {

		Row named(String name) {
			return new Row(occurredAt, kind, actorUserId, name, actorRole, resource, action, processingActivity,
					subjectPseudonym, traceId, clientAddress);
		}

	}

}
