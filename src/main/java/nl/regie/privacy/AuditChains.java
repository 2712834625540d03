package nl.regie.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to the audit log's hash chains and reads them back in order. Each
 * municipality has {@value #STRIPES} chains: an append locks one chain's head until its
 * transaction ends, so concurrent readers spread over the stripes instead of queueing for
 * one row. All entries of one transaction go to the same stripe (drawn at its first
 * append): a list page that logs 25 households on 25 random stripes locked several heads
 * in random order, and two such pages at once deadlocked (found by the benchmark's smoke
 * run, BENCHMARKS.md).
 */
@Repository
class AuditChains {

	static final int STRIPES = 8;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	AuditChains(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void append(AuditEntry entry) {
		appendAll(List.of(entry));
	}

	/**
	 * Entries of one municipality, chained in their order on this transaction's stripe:
	 * one lock of the chain's head, one batch of inserts and one update of the head,
	 * however many entries a list page brings.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void appendAll(List<AuditEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		UUID municipalityId = entries.get(0).municipalityId();
		if (entries.stream().anyMatch(entry -> !entry.municipalityId().equals(municipalityId))) {
			throw new IllegalArgumentException("one municipality's entries at a time");
		}
		int stripe = stripeOfThisTransaction(municipalityId);
		jdbc.sql("""
				insert into audit_chain (municipality_id, stripe, last_seq, last_hash) values (:m, :s, 0, :genesis)
				on conflict do nothing""")
			.param("m", municipalityId)
			.param("s", stripe)
			.param("genesis", AuditEntry.GENESIS)
			.update();
		Head head = jdbc
			.sql("select last_seq, last_hash from audit_chain where municipality_id = :m and stripe = :s for update")
			.param("m", municipalityId)
			.param("s", stripe)
			.query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
			.single();
		List<AuditEntry> linked = new ArrayList<>(entries.size());
		for (AuditEntry entry : entries) {
			AuditEntry link = entry.chainedAfter(stripe, head.seq() + 1, head.hash());
			linked.add(link);
			head = new Head(link.seq(), link.hash());
		}
		insert(linked);
		jdbc.sql("update audit_chain set last_seq = :seq, last_hash = :hash where municipality_id = :m and stripe = :s")
			.param("seq", head.seq())
			.param("hash", head.hash())
			.param("m", municipalityId)
			.param("s", stripe)
			.update();
	}

	/** The stripe this transaction locked already for the municipality, or a new one. */
	@SuppressWarnings("unchecked")
	private int stripeOfThisTransaction(UUID municipalityId) {
		Map<UUID, Integer> stripes = (Map<UUID, Integer>) TransactionSynchronizationManager.getResource(this);
		if (stripes == null) {
			stripes = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, stripes);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(AuditChains.this);
				}
			});
		}
		return stripes.computeIfAbsent(municipalityId, key -> ThreadLocalRandom.current().nextInt(STRIPES));
	}

	List<Chain> chains() {
		return jdbc.sql(
				"select municipality_id, stripe, last_seq, last_hash from audit_chain order by municipality_id, stripe")
			.query((rs, n) -> new Chain(rs.getObject("municipality_id", UUID.class), rs.getInt("stripe"),
					new Head(rs.getLong("last_seq"), rs.getString("last_hash"))))
			.list();
	}

	/** Streams one chain's entries in order, without holding them all in memory. */
	void forEachEntry(Chain chain, Consumer<AuditEntry> consumer) {
		jdbc.sql("select * from audit_entry where municipality_id = :m and stripe = :s order by seq")
			.param("m", chain.municipalityId())
			.param("s", chain.stripe())
			.query((RowCallbackHandler) rs -> consumer.accept(entry(rs)));
	}

	private void insert(List<AuditEntry> entries) {
		batch.batchUpdate("""
				insert into audit_entry (municipality_id, stripe, seq, occurred_at, kind, actor_user_id, actor_role,
				    on_behalf_of, subject_pseudonym, member_pseudonym, resource, action, processing_activity, trace_id,
				    client_address, prev_hash, hash)
				values (:m, :stripe, :seq, :at, :kind, :actor, :role, :behalf, :subject, :member, :resource, :action,
				    :activity, :trace, :client, :prev, :hash)""",
				entries.stream().map(AuditChains::parameters).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource parameters(AuditEntry e) {
		return new MapSqlParameterSource().addValue("m", e.municipalityId())
			.addValue("stripe", e.stripe())
			.addValue("seq", e.seq())
			.addValue("at", Timestamp.from(e.occurredAt()))
			.addValue("kind", e.kind())
			.addValue("actor", e.actorUserId(), Types.OTHER)
			.addValue("role", e.actorRole(), Types.VARCHAR)
			.addValue("behalf", e.onBehalfOf(), Types.VARCHAR)
			.addValue("subject", e.subjectPseudonym(), Types.OTHER)
			.addValue("member", e.memberPseudonym(), Types.OTHER)
			.addValue("resource", e.resource())
			.addValue("action", e.action())
			.addValue("activity", e.processingActivity())
			.addValue("trace", e.traceId(), Types.VARCHAR)
			.addValue("client", e.clientAddress(), Types.VARCHAR)
			.addValue("prev", e.prevHash())
			.addValue("hash", e.hash());
	}

	static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getObject("municipality_id", UUID.class), rs.getInt("stripe"), rs.getLong("seq"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
				rs.getObject("actor_user_id", UUID.class), rs.getString("actor_role"), rs.getString("on_behalf_of"),
				rs.getObject("subject_pseudonym", UUID.class), rs.getObject("member_pseudonym", UUID.class),
				rs.getString("resource"), rs.getString("action"), rs.getString("processing_activity"),
				rs.getString("trace_id"), rs.getString("client_address"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

	record Head(long seq, String hash) {
	}

	record Chain(UUID municipalityId, int stripe, Head head) {
	}

}
