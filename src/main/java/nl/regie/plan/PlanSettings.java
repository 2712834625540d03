package nl.regie.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The plan review (issue 15), per installation: {@code regie.plan.review-every-months}
 * after the household last agreed to the plan, or after the plan date (3).
 */
@ConfigurationProperties("regie.plan")
record PlanSettings(@DefaultValue("3") int reviewEveryMonths) {

	PlanSettings {
		if (reviewEveryMonths < 1) {
			throw new IllegalArgumentException("regie.plan.review-every-months is at least 1");
		}
	}

}
