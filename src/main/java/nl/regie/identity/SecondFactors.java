package nl.regie.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of local accounts: a one-time code secret per account, the last time
 * step accepted (so a code works once, also when two requests race: the update only
 * succeeds for a later step), and ten recovery codes of which only hashes are kept. A
 * municipality can require it for all its local accounts.
 */
@Service
class SecondFactors {

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	SecondFactors(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the account still has to do after its password was right. */
	Need needOf(CurrentUser user) {
		if (enrolledSince(user.userId()).isPresent()) {
			return Need.CODE;
		}
		return required(user.municipalityId()) ? Need.ENROLMENT : Need.NONE;
	}

	Optional<Instant> enrolledSince(UUID userId) {
		return jdbc.sql("select enrolled_at from second_factor where user_id = :u")
			.param("u", userId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	boolean required(UUID municipalityId) {
		return jdbc.sql(
				"select coalesce((select second_factor_required from sign_in_policy where municipality_id = :m), false)")
			.param("m", municipalityId)
			.query(Boolean.class)
			.single();
	}

	void require(UUID municipalityId, boolean required) {
		jdbc.sql("""
				insert into sign_in_policy (municipality_id, second_factor_required) values (:m, :r)
				on conflict (municipality_id) do update set second_factor_required = excluded.second_factor_required""")
			.param("m", municipalityId)
			.param("r", required)
			.update();
	}

	/**
	 * Checks a code the person typed: a one-time code of the account's secret, or one of
	 * its recovery codes.
	 */
	Verdict verify(CurrentUser user, String typed) {
		String code = typed == null ? "" : typed.strip();
		if (code.isEmpty() || code.length() > 20) {
			return Verdict.WRONG;
		}
		Optional<String> secret = jdbc.sql("select secret from second_factor where user_id = :u")
			.param("u", user.userId())
			.query(String.class)
			.optional();
		if (secret.isEmpty()) {
			return Verdict.WRONG;
		}
		long step = OneTimeCodes.matchingStep(secret.get(), code, clock.instant());
		if (step >= 0) {
			boolean first = jdbc.sql("""
					update second_factor set last_used_step = :step where user_id = :u and last_used_step < :step""")
				.param("step", step)
				.param("u", user.userId())
				.update() == 1;
			return first ? Verdict.ACCEPTED : Verdict.REPLAYED;
		}
		boolean recovery = jdbc.sql("""
				update recovery_code set used_at = :now where user_id = :u and code_hash = :hash and used_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("u", user.userId())
			.param("hash", hash(normalisedRecoveryCode(code)))
			.update() == 1;
		return recovery ? Verdict.RECOVERY_CODE_USED : Verdict.WRONG;
	}

	/**
	 * Stores the secret the person's app showed a right code for, with that code's step
	 * used up, and returns new recovery codes to show once.
	 * @return empty when the code does not fit the secret
	 */
	@Transactional
	Optional<List<String>> enrol(CurrentUser user, String secret, String typed) {
		long step = OneTimeCodes.matchingStep(secret, typed == null ? "" : typed.strip(), clock.instant());
		if (step < 0) {
			return Optional.empty();
		}
		jdbc.sql("delete from second_factor where user_id = :u").param("u", user.userId()).update();
		jdbc.sql("""
				insert into second_factor (user_id, municipality_id, secret, enrolled_at, last_used_step)
				values (:u, :m, :secret, :now, :step)""")
			.param("u", user.userId())
			.param("m", user.municipalityId())
			.param("secret", secret)
			.param("now", Timestamp.from(clock.instant()))
			.param("step", step)
			.update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = recoveryCode();
			codes.add(code);
			jdbc.sql("insert into recovery_code (user_id, municipality_id, code_hash) values (:u, :m, :hash)")
				.param("u", user.userId())
				.param("m", user.municipalityId())
				.param("hash", hash(normalisedRecoveryCode(code)))
				.update();
		}
		return Optional.of(codes);
	}

	/** A lost phone: the account enrols again at its next sign-in. */
	boolean reset(UUID municipalityId, UUID accountId) {
		return jdbc.sql("delete from second_factor where user_id = :u and municipality_id = :m")
			.param("u", accountId)
			.param("m", municipalityId)
			.update() == 1;
	}

	int unusedRecoveryCodes(UUID userId) {
		return jdbc.sql("select count(*) from recovery_code where user_id = :u and used_at is null")
			.param("u", userId)
			.query(Integer.class)
			.single();
	}

	/** Ten characters in two groups, without look-alikes (0/O, 1/I). */
	private String recoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	private static String normalisedRecoveryCode(String typed) {
		return typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}

	enum Need {

		/** No second factor: the password was enough. */
		NONE,

		/** A one-time code (or recovery code) is asked next. */
		CODE,

		/** The municipality requires a second factor and this account has none yet. */
		ENROLMENT

	}

	enum Verdict {

		ACCEPTED, RECOVERY_CODE_USED, WRONG, REPLAYED;

		boolean accepted() {
			return this == ACCEPTED || this == RECOVERY_CODE_USED;
		}

	}

}
