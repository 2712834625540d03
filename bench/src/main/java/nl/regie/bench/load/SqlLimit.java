package nl.regie.bench.load;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own limit for a page: the SQL statements Regie sent for one request of
 * it, taken from PostgreSQL's statement log ({@code log_statement = all} for just that
 * request, CSV log, statements of the connections named {@code regie}), then executed
 * again directly over JDBC on one connection, with the same parameters, as prepared
 * statements, warmed up. Each repetition runs in one transaction that is rolled back, so
 * writes (audit entries, sessions, new referrals) can be repeated; the commit's WAL flush
 * is therefore not part of the SQL time. Transaction control statements are left out;
 * everything else, including the session and token look-ups, counts. An insert whose key
 * the captured request already took (a new referral's id, the audit entry's place in its
 * chain) runs under a savepoint and fails on the unique index, after the work of the
 * insert is done; it is counted as executed.
 */
public final class SqlLimit {

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

	private static final String UNIQUE_VIOLATION = "23505";

	private static final int MESSAGE = 13;

	private static final int DETAIL = 14;

	private static final int APPLICATION = 22;

	private SqlLimit() {
	}

	/** One statement as Regie sent it, with its parameters in order ($1, $2, …). */
	public record Captured(String sql, List<String> parameters) {
	}

	/** Median and 95th percentile of the repeated statements, in milliseconds. */
	public record Timing(int statements, double p50, double p95, String failure) {

		public static Timing failed(int statements, String why) {
			return new Timing(statements, Double.NaN, Double.NaN, why);
		}

	}

	/**
	 * Logs every statement while {@code request} runs and returns Regie's.
	 * @param log the server's CSV log
	 */
	public static List<Captured> capture(Connection admin, Path log, Supplier<Integer> request)
			throws SQLException, IOException, InterruptedException {
		List<Captured> captured = List.of();
		for (int attempt = 1; attempt <= CAPTURE_ATTEMPTS && captured.isEmpty(); attempt++) {
			captured = captureOnce(admin, log, request, 300L * attempt);
		}
		return captured;
	}

	/**
	 * How often a capture that caught nothing is tried again, each time waiting longer:
	 * on a busy machine the statement log's reload or its writer can be later than the
	 * wait.
	 */
	private static final int CAPTURE_ATTEMPTS = 3;

	private static List<Captured> captureOnce(Connection admin, Path log, Supplier<Integer> request, long waitMillis)
			throws SQLException, IOException, InterruptedException {
		long from = Files.exists(log) ? Files.size(log) : 0;
		setLogging(admin, "all");
		Thread.sleep(waitMillis);
		try {
			request.get();
			Thread.sleep(waitMillis);
		}
		finally {
			setLogging(admin, null);
		}
		Thread.sleep(waitMillis);
		List<Captured> captured = new ArrayList<>();
		for (List<String> record : records(log, from)) {
			if (record.size() <= APPLICATION || !"regie".equals(record.get(APPLICATION))) {
				continue;
			}
			String message = record.get(MESSAGE);
			String sql;
			if (message.startsWith("execute ")) {
				sql = message.substring(message.indexOf(": ") + 2);
			}
			else if (message.startsWith("statement: ")) {
				sql = message.substring("statement: ".length());
			}
			else {
				continue;
			}
			if (sql.isBlank() || isTransactionControl(sql)) {
				continue;
			}
			captured.add(new Captured(sql, parameters(record.get(DETAIL))));
		}
		return captured;
	}

	/** Runs the statements again and again on one connection, as Regie's user. */
	public static Timing replay(Connection connection, List<Captured> statements, int warmup, int repetitions) {
		if (statements.isEmpty()) {
			return Timing.failed(0, "no statements captured");
		}
		try {
			connection.setAutoCommit(false);
			List<PreparedStatement> prepared = new ArrayList<>();
			List<int[]> order = new ArrayList<>();
			for (Captured statement : statements) {
				List<Integer> numbers = new ArrayList<>();
				Matcher placeholders = PLACEHOLDER.matcher(statement.sql());
				StringBuilder jdbc = new StringBuilder();
				while (placeholders.find()) {
					numbers.add(Integer.parseInt(placeholders.group(1)));
					placeholders.appendReplacement(jdbc, "?");
				}
				placeholders.appendTail(jdbc);
				prepared.add(connection.prepareStatement(jdbc.toString()));
				order.add(numbers.stream().mapToInt(Integer::intValue).toArray());
			}
			boolean[] inserts = new boolean[statements.size()];
			for (int i = 0; i < inserts.length; i++) {
				inserts[i] = statements.get(i).sql().strip().toLowerCase(Locale.ROOT).startsWith("insert");
			}
			double[] times = new double[repetitions];
			for (int round = 0; round < warmup + repetitions; round++) {
				long start = System.nanoTime();
				for (int i = 0; i < prepared.size(); i++) {
					if (inserts[i]) {
						Savepoint savepoint = connection.setSavepoint();
						try {
							run(prepared.get(i), order.get(i), statements.get(i).parameters());
						}
						catch (SQLException ex) {
							if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
								throw ex;
							}
							connection.rollback(savepoint);
						}
					}
					else {
						run(prepared.get(i), order.get(i), statements.get(i).parameters());
					}
				}
				connection.rollback();
				long took = System.nanoTime() - start;
				if (round >= warmup) {
					times[round - warmup] = took / 1_000_000.0;
				}
			}
			for (PreparedStatement statement : prepared) {
				statement.close();
			}
			Arrays.sort(times);
			return new Timing(statements.size(), percentile(times, 50), percentile(times, 95), null);
		}
		catch (SQLException ex) {
			try {
				connection.rollback();
			}
			catch (SQLException ignored) {
				// the failure is reported
			}
			return Timing.failed(statements.size(), ex.getMessage().lines().findFirst().orElse("SQL error"));
		}
	}

	private static void run(PreparedStatement statement, int[] order, List<String> parameters) throws SQLException {
		for (int i = 0; i < order.length; i++) {
			String value = parameters.get(order[i] - 1);
			if (value == null) {
				statement.setNull(i + 1, Types.OTHER);
			}
			else {
				statement.setObject(i + 1, value, Types.OTHER);
			}
		}
		if (statement.execute()) {
			try (ResultSet rs = statement.getResultSet()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					for (int c = 1; c <= columns; c++) {
						rs.getObject(c);
					}
				}
			}
		}
	}

	static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static boolean isTransactionControl(String sql) {
		String head = sql.strip().toLowerCase(Locale.ROOT);
		return head.startsWith("begin") || head.startsWith("commit") || head.startsWith("rollback")
				|| head.startsWith("set ") || head.startsWith("show ") || head.startsWith("savepoint")
				|| head.startsWith("release ");
	}

	static List<String> parameters(String detail) {
		List<String> values = new ArrayList<>();
		if (detail == null || !detail.startsWith("Parameters: ")) {
			return values;
		}
		Matcher matcher = PARAMETER.matcher(detail);
		while (matcher.find()) {
			int number = Integer.parseInt(matcher.group(1));
			while (values.size() < number) {
				values.add(null);
			}
			values.set(number - 1, matcher.group(2).equals("NULL") ? null : matcher.group(3).replace("''", "'"));
		}
		return values;
	}

	private static void setLogging(Connection admin, String value) throws SQLException {
		try (Statement statement = admin.createStatement()) {
			statement.execute(value == null ? "alter system reset log_statement"
					: "alter system set log_statement = '" + value + "'");
			statement.execute("select pg_reload_conf()");
		}
	}

	/**
	 * The CSV log's records from a byte offset on (RFC 4180 quoting, fields may span
	 * lines).
	 */
	static List<List<String>> records(Path log, long from) throws IOException {
		byte[] bytes;
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			file.seek(from);
			bytes = new byte[(int) (file.length() - from)];
			file.readFully(bytes);
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				record.add(field.isEmpty() && !wasQuoted ? null : field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\n') {
				record.add(field.isEmpty() && !wasQuoted ? null : field.toString());
				records.add(record);
				record = new ArrayList<>();
				field.setLength(0);
				wasQuoted = false;
			}
			else {
				field.append(c);
			}
		}
		return records;
	}

}
