package nl.regie.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
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

	AuditChains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	AuditEntry append(AuditEntry entry) {
		int stripe = stripeOfThisTransaction(entry.municipalityId());
		jdbc.sql("""
				insert into audit_chain (municipality_id, stripe, last_seq, last_hash) values (:m, :s, 0, :genesis)
				on conflict do nothing""")
			.param("m", entry.municipalityId())
			.param("s", stripe)
			.param("genesis", AuditEntry.GENESIS)
			.update();
		Head head = jdbc
			.sql("select last_seq, last_hash from audit_chain where municipality_id = :m and stripe = :s for update")
			.param("m", entry.municipalityId())
			.param("s", stripe)
			.query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
			.single();
		AuditEntry linked = entry.chainedAfter(stripe, head.seq() + 1, head.hash());
		insert(linked);
		jdbc.sql("update audit_chain set last_seq = :seq, last_hash = :hash where municipality_id = :m and stripe = :s")
			.param("seq", linked.seq())
			.param("hash", linked.hash())
			.param("m", entry.municipalityId())
			.param("s", stripe)
			.update();
		return linked;
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

	private void insert(AuditEntry e) {
		jdbc.sql("""
				insert into audit_entry (municipality_id, stripe, seq, occurred_at, kind, actor_user_id, actor_role,
				    on_behalf_of, subject_pseudonym, member_pseudonym, resource, action, processing_activity, trace_id,
				    client_address, prev_hash, hash)
				values (:m, :stripe, :seq, :at, :kind, :actor, :role, :behalf, :subject, :member, :resource, :action,
				    :activity, :trace, :client, :prev, :hash)""")
			.param("m", e.municipalityId())
			.param("stripe", e.stripe())
			.param("seq", e.seq())
			.param("at", Timestamp.from(e.occurredAt()))
			.param("kind", e.kind())
			.param("actor", e.actorUserId())
			.param("role", e.actorRole())
			.param("behalf", e.onBehalfOf())
			.param("subject", e.subjectPseudonym())
			.param("member", e.memberPseudonym())
			.param("resource", e.resource())
			.param("action", e.action())
			.param("activity", e.processingActivity())
			.param("trace", e.traceId())
			.param("client", e.clientAddress())
			.param("prev", e.prevHash())
			.param("hash", e.hash())
			.update();
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
