package nl.regie.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the Gatling simulation runs, written by the benchmark before the load: the phases
 * (every page alone at each concurrency, then all pages mixed) and each page's feeder
 * file of signed-in requests.
 *
 * @param levels concurrent users per phase, e.g. 1, 16 and 64
 * @param phaseSeconds how long each page is loaded at each level
 * @param warmupSeconds each page alone with a few users first, not reported
 */
public record Plan(String baseUrl, List<Integer> levels, double phaseSeconds, double warmupSeconds, int mixedUsers,
		double mixedSeconds, List<PagePlan> pages) {

	public static final String PROPERTY = "regie.bench.plan";

	/**
	 * @param feeder a JSON array of {@code {path, body, session, token}}
	 */
	public record PagePlan(String name, String method, int status, Page.Door door, String feeder) {
	}

	public void write(Path file) throws IOException {
		new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
	}

	static Plan read(Path file) throws IOException {
		return new ObjectMapper().readValue(file.toFile(), Plan.class);
	}

	/** The name of a page's requests in one phase. */
	public static String requestName(String page, int users) {
		return page + " @" + users;
	}

	public static String mixedName(String page, int users) {
		return "mixed @" + users + ": " + page;
	}

}
