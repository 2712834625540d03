package nl.regie.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shows a household card with an interpreter: the Diallo family's members have
 * their languages recorded, through the same rule as a case manager's change.
 */
@RegieTest
class DemoLanguagesTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void moussaDialloNeedsAFulaInterpreterAndAishaSpeaksFrench() {
		List<String> recorded = jdbc.sql("""
				select given_name || ' ' || language || ' ' || interpreter_needed from household_member
				where family_name = 'Diallo' and language is not null order by given_name""")
			.query(String.class)
			.list();

		assertThat(recorded).containsExactly("Aisha fr false", "Moussa ff true");
	}

}
