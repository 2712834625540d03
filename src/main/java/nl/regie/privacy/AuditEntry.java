package nl.regie.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One entry of the audit log: who did what with whose data, when, from where and for
 * which processing activity — never the data itself. Its hash covers every field and the
 * hash of the entry before it in its chain, so changing, removing or inserting an entry
 * breaks the chain from there on.
 *
 * @param kind {@code READ}, {@code CHANGE} or {@code SECURITY}
 * @param onBehalfOf the reason of a break-the-glass access, otherwise {@code null}
 * @param subjectPseudonym the household's pseudonymous key, {@code null} for security
 * events
 * @param occurredAt to the microsecond, as PostgreSQL keeps it
 */
record AuditEntry(UUID municipalityId, int stripe, long seq, Instant occurredAt, String kind, UUID actorUserId,
		String actorRole, String onBehalfOf, UUID subjectPseudonym, UUID memberPseudonym, String resource,
		String action, String processingActivity, String traceId, String clientAddress, String prevHash, String hash) {

	/** The hash the first entry of a chain links to. */
	static final String GENESIS = "0".repeat(64);

	static AuditEntry unchained(UUID municipalityId, Instant occurredAt, String kind, UUID actorUserId,
			String actorRole, String onBehalfOf, UUID subjectPseudonym, String resource, String action,
			String processingActivity, String traceId, String clientAddress) {
		return new AuditEntry(municipalityId, 0, 0, occurredAt.truncatedTo(ChronoUnit.MICROS), kind, actorUserId,
				actorRole, onBehalfOf, subjectPseudonym, null, resource, action, processingActivity, traceId,
				clientAddress, null, null);
	}

	/** This entry about one member of the household, by the member's pseudonym. */
	AuditEntry aboutMember(UUID memberPseudonym) {
		return new AuditEntry(municipalityId, stripe, seq, occurredAt, kind, actorUserId, actorRole, onBehalfOf,
				subjectPseudonym, memberPseudonym, resource, action, processingActivity, traceId, clientAddress,
				prevHash, hash);
	}

	/** This entry as the next link of a chain whose last link is {@code prevHash}. */
	AuditEntry chainedAfter(int stripe, long seq, String prevHash) {
		AuditEntry linked = new AuditEntry(municipalityId, stripe, seq, occurredAt, kind, actorUserId, actorRole,
				onBehalfOf, subjectPseudonym, memberPseudonym, resource, action, processingActivity, traceId,
				clientAddress, prevHash, null);
		return new AuditEntry(municipalityId, stripe, seq, occurredAt, kind, actorUserId, actorRole, onBehalfOf,
				subjectPseudonym, memberPseudonym, resource, action, processingActivity, traceId, clientAddress,
				prevHash, linked.computedHash());
	}

	/** SHA-256 over every field but the hash itself, in a fixed order. */
	String computedHash() {
		String canonical = Stream
			.of(municipalityId, stripe, seq, occurredAt, kind, actorUserId, actorRole, onBehalfOf, subjectPseudonym,
					memberPseudonym, resource, action, processingActivity, traceId, clientAddress, prevHash)
			.map(value -> Objects.toString(value, ""))
			.collect(Collectors.joining("\u001f"));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
