package nl.regie.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One COPY stream per table, each on its own connection, all open at once: the generator
 * writes every table in one pass while each PostgreSQL backend parses its own stream, so
 * the generator's thread and the database use both cores. Never a row per transaction.
 * Foreign-key triggers are off ({@code session_replication_role = replica}): the
 * generator makes consistent data by construction, and the constraints stay declared.
 */
public final class CopyTables implements AutoCloseable {

	private final String url;

	private final String user;

	private final String password;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	public CopyTables(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/** The stream for a table and its columns, opened on first use. */
	public Table table(String name, String columns) {
		return this.tables.computeIfAbsent(name, key -> open(name, columns));
	}

	private Table open(String name, String columns) {
		try {
			Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set session_replication_role = replica");
				statement.execute("set synchronous_commit = off");
			}
			connection.setAutoCommit(false);
			PGCopyOutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
					"copy " + name + " (" + columns + ") from stdin", 1 << 16);
			return new Table(name, connection, out);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot open COPY for " + name + ": " + ex.getMessage(), ex);
		}
	}

	/** Rows per table, for the generator's report. */
	public Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.tables.forEach((name, table) -> counts.put(name, table.rows));
		return counts;
	}

	/** Ends every COPY and commits it. */
	@Override
	public void close() {
		for (Table table : this.tables.values()) {
			table.finish();
		}
	}

	/**
	 * One table's COPY stream in PostgreSQL's text format. A row is built in one buffer
	 * and sent as one array of bytes: the generator's thread spends most of its time
	 * here, and a character at a time through a {@code Writer} (which locks on every
	 * call) was most of a city's generation.
	 */
	public static final class Table {

		private final String name;

		private final Connection connection;

		private final OutputStream out;

		private final StringBuilder line = new StringBuilder(256);

		private long rows;

		private Table(String name, Connection connection, OutputStream out) {
			this.name = name;
			this.connection = connection;
			this.out = out;
		}

		/** One row; {@code null} is SQL NULL. */
		public void row(Object... values) {
			StringBuilder row = this.line;
			row.setLength(0);
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					row.append('\t');
				}
				append(row, values[i]);
			}
			row.append('\n');
			try {
				this.out.write(row.toString().getBytes(StandardCharsets.UTF_8));
				this.rows++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("COPY into " + this.name + " failed", ex);
			}
		}

		private static void append(StringBuilder row, Object value) {
			switch (value) {
				case null -> row.append("\\N");
				case Boolean bool -> row.append(bool ? 't' : 'f');
				case Integer number -> row.append(number.intValue());
				case Long number -> row.append(number.longValue());
				case String text -> escaped(row, text);
				default -> escaped(row, value.toString());
			}
		}

		private static void escaped(StringBuilder row, String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> row.append("\\\\");
					case '\t' -> row.append("\\t");
					case '\n' -> row.append("\\n");
					case '\r' -> row.append("\\r");
					default -> row.append(c);
				}
			}
		}

		private void finish() {
			try {
				this.out.close();
				this.connection.commit();
				this.connection.close();
			}
			catch (IOException | SQLException ex) {
				throw new IllegalStateException("COPY into " + this.name + " failed: " + ex.getMessage(), ex);
			}
		}

	}

}
