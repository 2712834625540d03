package nl.regie.organisation;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.identity.FirstAdministrator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start creates nothing once an installation has accounts (here: the demo's).
 */
@RegieTest
class FirstStartTest {

	@Autowired
	FirstAdministrator firstAdministrator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void bootstrapSettingsAreIgnoredOnceAccountsExist() {
		var settings = new BootstrapSettings("9901", "Proefgemeente", "eerste.beheerder", "een-lang-wachtwoord");

		boolean created = new FirstStart(settings, firstAdministrator, jdbc, transactions).run();

		assertThat(created).isFalse();
		assertThat(jdbc.sql("select count(*) from municipality where code = '9901'").query(Integer.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from user_account where username = 'eerste.beheerder'")
			.query(Integer.class)
			.single()).isZero();
	}

}
