package nl.regie.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.platform.access.PersonalDataRead;
import nl.regie.platform.access.PersonalDataReads;
import nl.regie.platform.access.ProcessingActivity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list page (the inbox, the household search) logs every household it shows in one
 * transaction, as one batch. Two lists may show the same households in another order (the
 * inbox by date, the search by name): half the users here see each page reversed. Several
 * team members opening the same list at the same moment must all get their page, and
 * every read must be in an intact chain: the benchmark's smoke run found such pages
 * failing with a deadlock on the chain heads, and with a household's pseudonym made by
 * two transactions at once.
 */
@RegieTest
class ConcurrentListReadsTest {

	private static final int USERS = 4;

	private static final int PAGES = 12;

	private static final int HOUSEHOLDS_PER_PAGE = 10;

	@Autowired
	PersonalDataReads reads;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditVerification verification;

	@Test
	void teamMembersOpeningTheSameListAtOnceAllGetItAndEveryReadIsChained() throws Exception {
		UUID municipality = jdbc.sql("select id from municipality order by code limit 1").query(UUID.class).single();
		List<List<UUID>> pages = new ArrayList<>();
		for (int p = 0; p < PAGES; p++) {
			List<UUID> households = new ArrayList<>();
			for (int h = 0; h < HOUSEHOLDS_PER_PAGE; h++) {
				households.add(UUID.randomUUID());
			}
			pages.add(households);
		}
		long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		TransactionTemplate inOneTransaction = new TransactionTemplate(transactions);
		CyclicBarrier together = new CyclicBarrier(USERS);
		ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
		ExecutorService users = Executors.newFixedThreadPool(USERS);
		List<Future<?>> done = new ArrayList<>();

		for (int u = 0; u < USERS; u++) {
			UUID user = UUID.randomUUID();
			boolean reversed = u % 2 == 1;
			done.add(users.submit(() -> {
				for (List<UUID> page : pages) {
					try {
						together.await(10, TimeUnit.SECONDS);
						List<UUID> shown = reversed ? page.reversed() : page;
						inOneTransaction.executeWithoutResult(status -> reads.recordAll(shown.stream()
							.map(household -> new PersonalDataRead(user, municipality, "TEAM_LEADER", household,
									"inbox", ProcessingActivity.REFERRAL_SCREENING))
							.toList()));
					}
					catch (Exception | Error failure) {
						failures.add(failure);
					}
				}
			}));
		}
		for (Future<?> user : done) {
			user.get(120, TimeUnit.SECONDS);
		}
		users.shutdown();

		assertThat(failures).isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single())
			.isEqualTo(before + (long) USERS * PAGES * HOUSEHOLDS_PER_PAGE);
		assertThat(verification.verify().intact()).isTrue();
	}

}
