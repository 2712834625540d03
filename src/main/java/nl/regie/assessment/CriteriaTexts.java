package nl.regie.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criteria texts of an instrument: the publisher's copyright, so Regie ships none. A
 * functional administrator of a municipality that holds a licence loads them from a file
 * (for that municipality only); the screens then show each text next to its level. A file
 * is UTF-8 text with one line per domain and level, {@code DOMAIN;LEVEL;text} (e.g.
 * {@code FINANCES;3;...}); empty lines and lines starting with {@code #} are skipped. It
 * must give every domain of the instrument at every level exactly once, or it is rejected
 * whole with the first mismatch named. A new file replaces the old texts.
 */
@Service
public class CriteriaTexts {

	private static final int MAX_TEXT = 2000;

	private final JdbcClient jdbc;

	private final Instruments instruments;

	private final Clock clock;

	CriteriaTexts(JdbcClient jdbc, Instruments instruments, Clock clock) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.clock = clock;
	}

	/** domain code → level → text; empty when none are loaded. */
	@Transactional(readOnly = true)
	public Map<String, Map<Integer, String>> of(UUID municipalityId, String instrumentCode) {
		Map<String, Map<Integer, String>> texts = new LinkedHashMap<>();
		jdbc.sql(
				"select domain_code, level, text from instrument_criterion where municipality_id = :m and instrument_code = :i")
			.param("m", municipalityId)
			.param("i", instrumentCode)
			.query(rs -> {
				texts.computeIfAbsent(rs.getString("domain_code"), key -> new HashMap<>())
					.put(rs.getInt("level"), rs.getString("text"));
			});
		return texts;
	}

	/**
	 * Loads a file for the instrument, replacing the texts it had.
	 * @return the number of texts loaded
	 * @throws CriteriaFileRejected naming the first mismatch; nothing is loaded
	 */
	@Transactional
	public int load(UUID municipalityId, String instrumentCode, String file, UUID byUser) {
		Instrument instrument = instruments.get(instrumentCode);
		Map<String, Map<Integer, String>> texts = parse(instrument, file);
		jdbc.sql("delete from instrument_criterion where municipality_id = :m and instrument_code = :i")
			.param("m", municipalityId)
			.param("i", instrumentCode)
			.update();
		Timestamp now = Timestamp.from(clock.instant());
		texts.forEach((domain,
				byLevel) -> byLevel.forEach((level, text) -> jdbc
					.sql("""
							insert into instrument_criterion (municipality_id, instrument_code, domain_code, level, text, loaded_at, loaded_by)
							values (:m, :i, :d, :l, :t, :now, :by)""")
					.param("m", municipalityId)
					.param("i", instrumentCode)
					.param("d", domain)
					.param("l", level)
					.param("t", text)
					.param("now", now)
					.param("by", byUser)
					.update()));
		return texts.values().stream().mapToInt(Map::size).sum();
	}

	static Map<String, Map<Integer, String>> parse(Instrument instrument, String file) {
		Map<String, Map<Integer, String>> texts = new LinkedHashMap<>();
		String[] lines = file.replace("\uFEFF", "").split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int number = i + 1;
			String[] parts = line.split(";", 3);
			if (parts.length < 3 || parts[2].isBlank() || parts[2].length() > MAX_TEXT) {
				throw new CriteriaFileRejected(CriteriaFileRejected.Mismatch.MALFORMED, number, abbreviated(line));
			}
			String domain = parts[0].strip();
			if (instrument.domain(domain).isEmpty()) {
				throw new CriteriaFileRejected(CriteriaFileRejected.Mismatch.UNKNOWN_DOMAIN, number, domain);
			}
			int level;
			try {
				level = Integer.parseInt(parts[1].strip());
			}
			catch (NumberFormatException notANumber) {
				throw new CriteriaFileRejected(CriteriaFileRejected.Mismatch.UNKNOWN_LEVEL, number,
						abbreviated(parts[1].strip()));
			}
			if (!instrument.hasLevel(level)) {
				throw new CriteriaFileRejected(CriteriaFileRejected.Mismatch.UNKNOWN_LEVEL, number,
						String.valueOf(level));
			}
			String previous = texts.computeIfAbsent(domain, key -> new LinkedHashMap<>())
				.putIfAbsent(level, parts[2].strip());
			if (previous != null) {
				throw new CriteriaFileRejected(CriteriaFileRejected.Mismatch.DUPLICATE, number, domain + ";" + level);
			}
		}
		if (texts.isEmpty()) {
			throw new CriteriaFileRejected(CriteriaFileRejected.Mismatch.EMPTY, 0, "");
		}
		for (InstrumentDomain domain : instrument.domains()) {
			for (Level level : instrument.levels()) {
				if (!texts.getOrDefault(domain.code(), Map.of()).containsKey(level.value())) {
					throw new CriteriaFileRejected(CriteriaFileRejected.Mismatch.MISSING, 0,
							domain.code() + ";" + level.value());
				}
			}
		}
		return texts;
	}

	private static String abbreviated(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
