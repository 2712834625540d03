package nl.regie.bench.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Module {@code privacy}: the audit log, the largest table: an entry for every read the
 * other steps recorded, and a sign-in of every account on each working day of the last
 * four weeks. Entries form valid hash chains, hashed exactly as
 * {@code privacy.AuditEntry} does (eight stripes per municipality), so Regie's own
 * verification ({@code ./regie audit verify}) finds them intact; the smoke run checks
 * that. Within a chain, entries follow the generation order, which is the order of the
 * households' first referral: occurred_at rises with small steps back.
 */
final class PrivacyStep implements GeneratorStep {

	static final int STRIPES = 8;

	static final String GENESIS = "0".repeat(64);

	private final Map<UUID, Head[]> heads = new HashMap<>();

	private final MessageDigest sha256;

	private final HexFormat hex = HexFormat.of();

	PrivacyStep() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		if (household.reads.isEmpty()) {
			return;
		}
		UUID pseudonym = city.id();
		tables.table("audit_subject_key", "municipality_id, subject_id, pseudonym")
			.row(household.municipalityId(), household.id, pseudonym);
		household.reads.sort((a, b) -> a.at().compareTo(b.at()));
		for (GeneratedHousehold.Read read : household.reads) {
			if (!read.at().isAfter(city.now)) {
				append(city, tables, household.municipalityId(), read.at(), "READ", read.actor().id(), read.role(),
						pseudonym, read.resource(), "read", read.processingActivity());
			}
		}
	}

	@Override
	public void finish(City city, CopyTables tables) {
		for (City.User user : IdentityStep.users(city)) {
			for (LocalDate day = city.today.minusDays(28); day.isBefore(city.today); day = day.plusDays(1)) {
				if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
					append(city, tables, user.municipalityId(), Lifecycle.at(city, day), "SECURITY", user.id(),
							user.mainRole(), null, "session", "signed-in", "ACCOUNT_SECURITY");
				}
			}
		}
		CopyTables.Table chains = tables.table("audit_chain", "municipality_id, stripe, last_seq, last_hash");
		this.heads.forEach((municipality, stripes) -> {
			for (int stripe = 0; stripe < STRIPES; stripe++) {
				if (stripes[stripe].seq > 0) {
					chains.row(municipality, stripe, stripes[stripe].seq, stripes[stripe].hash);
				}
			}
		});
	}

	private void append(City city, CopyTables tables, UUID municipality, Instant at, String kind, UUID actor,
			String role, UUID subject, String resource, String action, String activity) {
		Head[] stripes = this.heads.computeIfAbsent(municipality, key -> {
			Head[] fresh = new Head[STRIPES];
			for (int i = 0; i < STRIPES; i++) {
				fresh[i] = new Head();
			}
			return fresh;
		});
		int stripe = city.random.nextInt(STRIPES);
		Head head = stripes[stripe];
		long seq = head.seq + 1;
		Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS);
		String trace = this.hex.toHexDigits(city.random.nextLong()) + this.hex.toHexDigits(city.random.nextLong());
		String client = "192.0.2." + city.between(1, 254);
		String hash = hash(municipality, stripe, seq, occurredAt, kind, actor, role, null, subject, null, resource,
				action, activity, trace, client, head.hash);
		tables.table("audit_entry", """
				municipality_id, stripe, seq, occurred_at, kind, actor_user_id, actor_role, on_behalf_of,
				subject_pseudonym, member_pseudonym, resource, action, processing_activity, trace_id, client_address,
				prev_hash, hash""")
			.row(municipality, stripe, seq, occurredAt, kind, actor, role, null, subject, null, resource, action,
					activity, trace, client, head.hash, hash);
		head.seq = seq;
		head.hash = hash;
	}

	/** privacy.AuditEntry#computedHash: SHA-256 over the fields joined by U+001F. */
	private String hash(Object... fields) {
		StringBuilder canonical = new StringBuilder(400);
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				canonical.append('\u001f');
			}
			canonical.append(Objects.toString(fields[i], ""));
		}
		return this.hex.formatHex(this.sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static final class Head {

		long seq;

		String hash = GENESIS;

	}

}
