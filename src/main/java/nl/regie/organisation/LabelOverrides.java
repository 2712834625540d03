package nl.regie.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A municipality's own words (krachtplan for plan van aanpak, buurtteamwerker for
 * casemanager). Cached per municipality because every label on every page asks; the cache
 * expires after a minute so other instances pick up an administrator's change.
 */
@Component
class LabelOverrides {

	private static final Duration FRESHNESS = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<UUID, Snapshot> cache = new ConcurrentHashMap<>();

	LabelOverrides(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String find(UUID municipalityId, String key, Locale locale) {
		Snapshot snapshot = cache.compute(municipalityId,
				(id, cached) -> cached != null && cached.freshAt(clock.instant()) ? cached : load(id));
		return snapshot.texts().get(key + "|" + locale.getLanguage());
	}

	Map<String, String> all(UUID municipalityId, Locale locale) {
		return jdbc.sql("select message_key, text from label_override where municipality_id = :m and locale = :l")
			.param("m", municipalityId)
			.param("l", locale.getLanguage())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	void save(UUID municipalityId, String key, Locale locale, String text) {
		if (text == null || text.isBlank()) {
			jdbc.sql("delete from label_override where municipality_id = :m and message_key = :k and locale = :l")
				.param("m", municipalityId)
				.param("k", key)
				.param("l", locale.getLanguage())
				.update();
		}
		else {
			jdbc.sql("""
					insert into label_override (municipality_id, message_key, locale, text) values (:m, :k, :l, :t)
					on conflict (municipality_id, message_key, locale) do update set text = excluded.text""")
				.param("m", municipalityId)
				.param("k", key)
				.param("l", locale.getLanguage())
				.param("t", text.strip())
				.update();
		}
		forgetAfterCommit(municipalityId);
	}

	/**
	 * Forgetting before the commit would let a page rendered in between cache the old
	 * words for another minute.
	 */
	private void forgetAfterCommit(UUID municipalityId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			cache.remove(municipalityId);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				cache.remove(municipalityId);
			}
		});
	}

	private Snapshot load(UUID municipalityId) {
		Map<String, String> texts = jdbc
			.sql("select message_key, locale, text from label_override where municipality_id = :m")
			.param("m", municipalityId)
			.query((rs, n) -> Map.entry(rs.getString(1) + "|" + rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new Snapshot(texts, clock.instant().plus(FRESHNESS));
	}

	private record Snapshot(Map<String, String> texts, Instant expires) {

		boolean freshAt(Instant now) {
			return now.isBefore(expires);
		}

	}

}
