package nl.regie.plan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The plan module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanSettings.class)
class PlanConfiguration {

}
