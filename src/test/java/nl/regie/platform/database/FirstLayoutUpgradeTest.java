package nl.regie.platform.database;

import java.util.List;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database created by the first migration layout (all migrations in one folder, as
 * installed before the per-module folders) upgrades cleanly to today's layout: every
 * migration it applied is still found, unchanged, and after the new ones it has exactly
 * the schema of a new installation. The first layout is kept as it was under
 * {@code src/test/resources/db/migration-first-layout}.
 */
@RegieTest
class FirstLayoutUpgradeTest {

	@Autowired
	DataSource applicationDatabase;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDatabaseOfTheFirstLayoutUpgradesToTheSchemaOfANewInstallation() {
		jdbc.sql("drop database if exists first_layout").update();
		jdbc.sql("create database first_layout").update();
		DataSource firstLayout = sameServer("first_layout");

		Flyway.configure().dataSource(firstLayout).locations("classpath:db/migration-first-layout").load().migrate();
		// Migrations added since the layout change are pending here, as on any older
		// database.
		var upgrade = Flyway.configure()
			.dataSource(firstLayout)
			.locations("classpath:db/migration")
			.ignoreMigrationPatterns("*:pending")
			.load();
		upgrade.validate();
		upgrade.migrate();

		assertThat(upgrade.info().pending()).isEmpty();
		assertThat(schema(JdbcClient.create(firstLayout))).isEqualTo(schema(jdbc));
	}

	private DataSource sameServer(String database) {
		try (var connection = applicationDatabase.getConnection()) {
			PGSimpleDataSource other = new PGSimpleDataSource();
			other.setUrl(connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
			other.setUser(connection.getMetaData().getUserName());
			return other;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> schema(JdbcClient database) {
		return database.sql("""
				select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
				from information_schema.columns where table_schema = 'public' and table_name <> 'flyway_schema_history'
				union all
				select indexname || ' ' || indexdef from pg_indexes where schemaname = 'public'
				    and tablename <> 'flyway_schema_history'
				order by 1""").query(String.class).list();
	}

}
