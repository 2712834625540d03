package nl.regie.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log on which database Regie runs, so an operator never has to guess whether
 * data went to the embedded server or to the external one, and where to open it.
 */
@Component
class DatabaseReport {

	private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

	private final DataSource dataSource;

	private final ObjectProvider<EmbeddedDatabaseConfiguration.EmbeddedDatabase> embedded;

	DatabaseReport(DataSource dataSource, ObjectProvider<EmbeddedDatabaseConfiguration.EmbeddedDatabase> embedded) {
		this.dataSource = dataSource;
		this.embedded = embedded;
	}

	@EventListener
	void report(ApplicationReadyEvent ready) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String server = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
			String url = withoutParameters(meta.getURL());
			EmbeddedDatabaseConfiguration.EmbeddedDatabase database = embedded.getIfAvailable();
			if (database != null) {
				Path directory = database.dataDirectory();
				log.info("Regie runs on embedded {} at {}, data directory {}", server, url, directory);
			}
			else {
				log.info("Regie runs on external {} at {}", server, url);
			}
		}
		String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port != null) {
			log.info("Regie is ready at http://localhost:{}/", port);
		}
	}

	private static String withoutParameters(String url) {
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}

}
