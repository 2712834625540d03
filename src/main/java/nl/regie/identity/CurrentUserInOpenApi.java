package nl.regie.identity;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;

/**
 * The signed-in user is resolved from the token, never sent as a parameter; without this
 * the OpenAPI document listed a query parameter "user" on every operation.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserInOpenApi {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

}
