package nl.regie.organisation;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.regie.identity.FirstAdministrator;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a production installation start without SQL: on the first start, with no account
 * at all, it creates the configured municipality and its first functional administrator.
 * Lives here because the municipality is this module's and the account is identity's,
 * which this module may use. Runs when the application is ready, so the demo data (which
 * brings its own accounts) comes first.
 */
@Component
@EnableConfigurationProperties(BootstrapSettings.class)
class FirstStart {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final BootstrapSettings settings;

	private final FirstAdministrator firstAdministrator;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	FirstStart(BootstrapSettings settings, FirstAdministrator firstAdministrator, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.settings = settings;
		this.firstAdministrator = firstAdministrator;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		run();
	}

	/**
	 * @return whether the municipality and administrator were created now
	 */
	boolean run() {
		if (!firstAdministrator.needed()) {
			return false;
		}
		List<String> missing = settings.missing();
		if (!missing.isEmpty()) {
			log.warn(
					"Regie has no user accounts, so nobody can log in: set {} to create the first functional "
							+ "administrator on the next start (missing now: {})",
					BootstrapSettings.VARIABLES, String.join(", ", missing));
			return false;
		}
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				if (firstAdministrator.create(municipality(), settings.adminUsername().strip(),
						settings.adminPassword())) {
					log.info("First start: created municipality {} ({}) and its functional administrator "
							+ "from REGIE_BOOTSTRAP_ADMIN_USERNAME; log in and create further accounts under Beheer",
							settings.municipalityName().strip(), settings.municipalityCode().strip());
					return true;
				}
				status.setRollbackOnly();
				return false;
			}));
		}
		catch (IllegalArgumentException refused) {
			log.warn(
					"Regie has no user accounts and could not create the first functional administrator: {}. "
							+ "Correct REGIE_BOOTSTRAP_ADMIN_USERNAME or REGIE_BOOTSTRAP_ADMIN_PASSWORD and restart",
					refused.getMessage());
			return false;
		}
	}

	/** The configured municipality, created unless an operator already made it. */
	private UUID municipality() {
		jdbc.sql("insert into municipality (id, code, name) values (:id, :code, :name) on conflict (code) do nothing")
			.param("id", UUID.randomUUID())
			.param("code", settings.municipalityCode().strip())
			.param("name", settings.municipalityName().strip())
			.update();
		return jdbc.sql("select id from municipality where code = :code")
			.param("code", settings.municipalityCode().strip())
			.query(UUID.class)
			.single();
	}

}
