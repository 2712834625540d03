package nl.regie.casefile;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lifecycle's scheduled work as a db-scheduler task: every instance of Regie runs a
 * scheduler on the same table ({@code scheduled_tasks}), and an execution is picked by
 * exactly one of them, so with two instances nothing happens twice.
 */
@Configuration(proxyBeanMethods = false)
class CaseSignalsTask {

	static final String NAME = "case-signals";

	@Bean
	RecurringTask<Void> caseSignalsRecurring(CaseSignals signals) {
		return Tasks.recurring(NAME, FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> signals.run());
	}

}
