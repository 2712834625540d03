package nl.regie.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Regie instances on one database run the scheduled work once: two db-scheduler
 * schedulers (as two instances would start them) share {@code scheduled_tasks}, and every
 * execution is picked by exactly one of them. The test waits for the work to be done (the
 * rows say so), never for a fixed time.
 */
@RegieTest
class TwoSchedulersTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseSignals signals;

	@Test
	void fiftyDueExecutionsRunOnceEachOnTwoInstances() {
		String name = "twin-count-" + UUID.randomUUID();
		ConcurrentLinkedQueue<String> executed = new ConcurrentLinkedQueue<>();
		OneTimeTask<Void> task = Tasks.oneTime(name).execute((instance, context) -> executed.add(instance.getId()));
		List<Scheduler> instances = List.of(scheduler("regie-a", task), scheduler("regie-b", task));
		IntStream.range(0, 50).forEach(n -> instances.get(0).schedule(task.instance("i" + n), Instant.now()));

		runUntil(instances, () -> rows(name) == 0);

		assertThat(executed).hasSize(50).doesNotHaveDuplicates();
	}

	@Test
	void theCaseSignalsTaskRunsOnceWhenTwoInstancesStartItTogether() {
		String name = "twin-signals-" + UUID.randomUUID();
		AtomicInteger runs = new AtomicInteger();
		RecurringTask<Void> task = Tasks.recurring(name, FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> {
				signals.run();
				runs.incrementAndGet();
			});
		List<Scheduler> instances = List.of(scheduler("regie-a", task), scheduler("regie-b", task));
		instances.get(0).schedule(task.instance(RecurringTask.INSTANCE), Instant.now());

		runUntil(instances, () -> runs.get() > 0 && nextRunIsAnHourAway(name));

		assertThat(runs).hasValue(1);
	}

	private Scheduler scheduler(String instanceName, Task<?> task) {
		return Scheduler.create(dataSource, task)
			.schedulerName(new SchedulerName.Fixed(instanceName))
			.threads(4)
			.pollingInterval(Duration.ofMillis(50))
			.registerShutdownHook()
			.build();
	}

	private static void runUntil(List<Scheduler> instances, Callable<Boolean> done) {
		instances.forEach(Scheduler::start);
		try {
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(done);
		}
		finally {
			instances.forEach(Scheduler::stop);
		}
	}

	private int rows(String taskName) {
		return jdbc.sql("select count(*) from scheduled_tasks where task_name = :n")
			.param("n", taskName)
			.query(Integer.class)
			.single();
	}

	private boolean nextRunIsAnHourAway(String taskName) {
		return jdbc.sql("""
				select coalesce(bool_and(not picked and execution_time > now() + interval '50 minutes'), false)
				from scheduled_tasks where task_name = :n""").param("n", taskName).query(Boolean.class).single();
	}

}
