package nl.regie.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when nobody pointed Regie at an external PostgreSQL (property or
 * {@code SPRING_DATASOURCE_URL} environment variable).
 */
class NoExternalDatabaseConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !context.getEnvironment().containsProperty("spring.datasource.url");
	}

}
