package nl.regie.bench.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes Regie's migrations made that no constraint stands on, set aside while the
 * city is copied in and built again after: one sorted build per index is far cheaper than
 * keeping each up to date through every row, most of all for random keys. Unique indexes
 * among them check the generated data when they are built again. Primary keys and unique
 * constraints stay (foreign keys stand on them).
 */
final class SecondaryIndexes {

	private static final String QUERY = """
			select c.relname, pg_get_indexdef(i.indexrelid)
			from pg_index i
			join pg_class c on c.oid = i.indexrelid
			join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = current_schema()
			  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
			order by c.relname""";

	private final List<String> definitions;

	private SecondaryIndexes(List<String> definitions) {
		this.definitions = definitions;
	}

	/** Drops them, remembering how each was made. */
	static SecondaryIndexes setAside(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		List<String> definitions = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(QUERY)) {
			while (rs.next()) {
				names.add(rs.getString(1));
				definitions.add(rs.getString(2));
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String name : names) {
				statement.execute("drop index \"" + name + "\"");
			}
		}
		return new SecondaryIndexes(definitions);
	}

	int count() {
		return this.definitions.size();
	}

	/** Builds each again as the migration made it. */
	void rebuild(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String definition : this.definitions) {
				statement.execute(definition);
			}
		}
	}

}
