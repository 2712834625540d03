package nl.regie.privacy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.platform.access.ProcessingActivity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activities a module can report a read under are exactly those of the register the
 * privacy officer reads: an activity missing from the register would make every such read
 * fail on the audit entry's foreign key, one without a type could never be reported.
 */
@RegieTest
class ProcessingActivityRegisterTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyActivityReadsAreReportedUnderIsInTheRegisterAndNoOtherIs() {
		var register = jdbc.sql("select code from processing_activity").query(String.class).set();

		assertThat(register)
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(ProcessingActivity.values()).map(Enum::name).toList());
	}

}
