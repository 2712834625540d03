package nl.regie.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what Gatling measured per request name from the statistics table of its report
 * ({@code index.html}; Gatling 3.15 writes no JSON of it): counts, failures and the
 * percentiles configured in {@code gatling.conf} (50, 75, 95, 99). Gatling records
 * response times in whole milliseconds.
 */
public final class GatlingResults {

	private static final String ALL_REQUESTS = "All Requests";

	private static final Pattern ROW = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>",
			Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

	private GatlingResults() {
	}

	public record Stats(long ok, long ko, double p50, double p95, double p99, double max) {

		public long total() {
			return this.ok + this.ko;
		}

	}

	public static Map<String, Stats> read(Path resultsDirectory) throws IOException {
		Path run;
		try (Stream<Path> runs = Files.list(resultsDirectory)) {
			run = runs.filter(Files::isDirectory)
				.max(Comparator.comparing(path -> path.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("no Gatling run in " + resultsDirectory));
		}
		String html = Files.readString(run.resolve("index.html"));
		Map<String, Stats> stats = new HashMap<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			Map<Integer, String> cells = new HashMap<>();
			Matcher cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				cells.put(Integer.parseInt(cell.group(1)), cell.group(2));
			}
			String name = unescape(row.group(1).strip());
			// Gatling's own total row: counted too, it doubled the requests the bench
			// reported (7,392 for the smoke run's 3,696)
			if (cells.size() >= 12 && !name.equals(ALL_REQUESTS)) {
				stats.put(name, new Stats(number(cells.get(3)), number(cells.get(4)), decimal(cells.get(8)),
						decimal(cells.get(10)), decimal(cells.get(11)), decimal(cells.get(12))));
			}
		}
		return stats;
	}

	private static long number(String text) {
		String digits = text.replace(",", "").strip();
		return digits.isEmpty() || digits.equals("-") ? 0 : Long.parseLong(digits);
	}

	private static double decimal(String text) {
		String digits = text.replace(",", "").strip();
		return digits.isEmpty() || digits.equals("-") ? Double.NaN : Double.parseDouble(digits);
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#39;", "'")
			.replace("&quot;", "\"");
	}

}
