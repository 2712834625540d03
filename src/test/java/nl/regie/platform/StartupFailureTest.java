package nl.regie.platform;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.web.server.PortInUseException;

import static org.assertj.core.api.Assertions.assertThat;

class StartupFailureTest {

	@Test
	void portAlreadyInUseSaysWhichPortAndWhatToDo() {
		var failure = new IllegalStateException("context failed", new PortInUseException(8080));

		assertThat(StartupFailure.describe(failure)).isEqualTo(
				"Regie did not start: port 8080 is already in use (another Regie running?); set SERVER_PORT to use another port.");
	}

	@Test
	void unreachableExternalDatabasePointsAtTheUrlSetting() {
		var failure = new BeanCreationException("flyway",
				new RuntimeException("connection attempt failed", new ConnectException("Connection refused")));

		assertThat(StartupFailure.describe(failure)).isEqualTo(
				"Regie did not start: the database cannot be reached (Connection refused); check SPRING_DATASOURCE_URL.");
	}

	@Test
	void regiesOwnStartupProblemsAreReportedAsWritten() {
		var failure = new BeanCreationException("embeddedDatabase",
				new RegieStartupException("data directory /x is not writable"));

		assertThat(StartupFailure.describe(failure))
			.isEqualTo("Regie did not start: data directory /x is not writable");
	}

	@Test
	void anythingElseIsReportedByItsDeepestCause() {
		var failure = new BeanCreationException("x", new IllegalArgumentException("bad setting"));

		assertThat(StartupFailure.describe(failure))
			.isEqualTo("Regie did not start: IllegalArgumentException: bad setting");
	}

}
