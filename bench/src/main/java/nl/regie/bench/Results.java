package nl.regie.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import nl.regie.bench.load.GatlingResults;
import nl.regie.bench.load.Page;
import nl.regie.bench.load.Pages;
import nl.regie.bench.load.Plan;
import nl.regie.bench.load.SqlLimit;

/**
 * The results table: per page and number of users Regie's latency and throughput next to
 * the SQL limit, with the ratio Regie p50 / SQL p50.
 */
final class Results {

	private final Options options;

	private final Plan plan;

	private final Properties city;

	private final String machine;

	private final Map<String, GatlingResults.Stats> stats;

	private final Map<Page, SqlLimit.Timing> limits;

	private final long heapAfterLoad;

	private final long heapAfterGc;

	private final long databaseBytes;

	Results(Options options, Plan plan, Properties city, String machine, Map<String, GatlingResults.Stats> stats,
			Map<Page, SqlLimit.Timing> limits, long heapAfterLoad, long heapAfterGc, long databaseBytes) {
		this.options = options;
		this.plan = plan;
		this.city = city;
		this.machine = machine;
		this.stats = stats;
		this.limits = limits;
		this.heapAfterLoad = heapAfterLoad;
		this.heapAfterGc = heapAfterGc;
		this.databaseBytes = databaseBytes;
	}

	/** Failed requests of the measured phases plus failed SQL replays. */
	long failures() {
		long failed = this.stats.entrySet()
			.stream()
			.filter(e -> !e.getKey().startsWith("warmup"))
			.mapToLong(e -> e.getValue().ko())
			.sum();
		return failed + this.limits.values().stream().filter(t -> t.failure() != null).count();
	}

	long requests() {
		return this.stats.values().stream().mapToLong(GatlingResults.Stats::total).sum();
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Size: %s — %,d households, %,d referrals, %,d audit entries, ",
				this.options.size(), Long.parseLong(this.city.getProperty("households")), rows("referral"),
				rows("audit_entry")));
		out.append(String.format(Locale.ROOT, "%,d teams, %,d accounts; database %.1f GiB; generated in %s s%n%n",
				rows("team"), rows("user_account"), this.databaseBytes / 1024.0 / 1024 / 1024,
				this.city.getProperty("generationSeconds", "?") + " + " + this.city.getProperty("vacuumSeconds", "?")
						+ " (vacuum, analyze)"));
		out.append("Machine: ").append(this.machine).append("\n\n");
		out.append("Run: ")
			.append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
			.append(", commit ")
			.append(System.getenv().getOrDefault("REGIE_BENCH_COMMIT", "unknown"))
			.append("\n\n");
		out.append(String.format(Locale.ROOT,
				"Load: %s s per page and level (closed model), mixed: %d users for "
						+ "%s s; SQL: %d repetitions after %d warm-up, one connection.%n%n",
				this.plan.phaseSeconds(), this.plan.mixedUsers(), this.plan.mixedSeconds(),
				this.options.replayRepetitions(), this.options.replayWarmup()));
		out.append("| page | users | req/s | p50 ms | p95 ms | p99 ms | errors | SQL p50 ms | SQL p95 ms | "
				+ "statements | Regie/SQL (p50) |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Page page : Pages.ALL) {
			SqlLimit.Timing sql = this.limits.get(page);
			for (int users : this.plan.levels()) {
				GatlingResults.Stats s = this.stats.get(Plan.requestName(page.name(), users));
				out.append(row(page.name(), users, s, this.plan.phaseSeconds(), sql));
			}
		}
		List<GatlingResults.Stats> mixed = new ArrayList<>();
		this.stats.forEach((name, s) -> {
			if (name.startsWith("mixed")) {
				mixed.add(s);
			}
		});
		long mixedOk = mixed.stream().mapToLong(GatlingResults.Stats::ok).sum();
		long mixedKo = mixed.stream().mapToLong(GatlingResults.Stats::ko).sum();
		out.append(String.format(Locale.ROOT, "| **mixed, all pages** | %d | %.0f | | | | %d | | | | |%n",
				this.plan.mixedUsers(), (mixedOk + mixedKo) / this.plan.mixedSeconds(), mixedKo));
		out.append(String.format(Locale.ROOT, "%nHeap used after the load: %d MiB (%d MiB after a full GC).%n",
				this.heapAfterLoad, this.heapAfterGc));
		this.limits.forEach((page, timing) -> {
			if (timing.failure() != null) {
				out.append("\nSQL replay of ").append(page.name()).append(" failed: ").append(timing.failure());
			}
		});
		return out.toString();
	}

	private static String row(String name, int users, GatlingResults.Stats s, double seconds, SqlLimit.Timing sql) {
		if (s == null) {
			return "| " + name + " | " + users + " | no requests | | | | | | | | |\n";
		}
		String ratio = sql.failure() == null && sql.p50() > 0 ? String.format(Locale.ROOT, "%.1f", s.p50() / sql.p50())
				: "–";
		return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %d | %s | %s | %d | %s |%n", name,
				users, s.total() / seconds, s.p50(), s.p95(), s.p99(), s.ko(), millis(sql.p50()), millis(sql.p95()),
				sql.statements(), ratio);
	}

	private static String millis(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
	}

	private long rows(String table) {
		return Long.parseLong(this.city.getProperty("rows." + table, "0"));
	}

}
