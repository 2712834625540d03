package nl.regie.identity;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.regie.platform.web.ApiConventions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors: the screens (login page with password and second factor, or the
 * municipality's OpenID Connect provider; session in PostgreSQL, CSRF tokens) and the API
 * (stateless bearer tokens: Regie's own or the provider's JWTs). Which user may see which
 * data is decided by each module's access policy, not here; this only makes sure somebody
 * is fully signed in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiBearerTokens bearerTokens, ApiSecurityProblems problems)
			throws Exception {
		http.securityMatcher(ApiConventions.BASE_PATH + "/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, TokenController.PATH)
				.permitAll()
				.requestMatchers(HttpMethod.GET, ApiConventions.BASE_PATH + "/openapi.json")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server.authenticationManagerResolver(request -> bearerTokens::authenticate)
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens are never sent automatically by a browser, so there is
			// nothing to forge.
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::securityHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain screenSecurity(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens,
			ProviderRegistrations registrations, ProviderUserService providerUsers, ProviderLogout providerLogout)
			throws Exception {
		http.authenticationManager(screenDoors(authenticationManager, providerUsers))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/login/sso/*", "/error", "/css/**", "/js/**", "/vendor/**", "/webjars/**",
						"/fonts/**", "/themes/**", "/favicon.ico", "/actuator/health/**")
				.permitAll()
				.requestMatchers(SecondFactorController.PATH, SecondFactorController.PATH + "/**")
				.hasAuthority(SecondFactorPending.AUTHORITY)
				.anyRequest()
				.access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
						AuthorizationManagers
							.not(AuthorityAuthorizationManager.hasAuthority(SecondFactorPending.AUTHORITY)))))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(secondFactorWhenNeeded())
				.failureHandler(loginFailures()))
			.exceptionHandling(errors -> errors.accessDeniedHandler(secondFactorFirst()))
			.oauth2Login(sso -> sso.loginPage("/login")
				.clientRegistrationRepository(registrations)
				.authorizedClientRepository(new NoProviderTokensKept())
				.authorizationEndpoint(authorization -> authorization
					.authorizationRequestResolver(new KnownProvidersOnly(registrations)))
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(providerUsers))
				.defaultSuccessUrl("/", true)
				.failureHandler(providerRefusals()))
			.logout(logout -> logout.logoutSuccessHandler(providerLogout)
				.addLogoutHandler(endApiTokensOnRequest(tokens)))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new UndecodableCsrfTokens()))
			.headers(SecurityConfiguration::securityHeaders);
		return http.build();
	}

	/**
	 * The screens' two doors in one manager: the login form's password (through the
	 * throttled manager the token endpoint uses too) and the provider's authorization
	 * code, whose ID token Spring Security checks before {@link ProviderUserService}
	 * finds the account.
	 */
	private static AuthenticationManager screenDoors(AuthenticationManager passwords,
			ProviderUserService providerUsers) {
		AuthenticationProvider loginForm = new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication attempt) {
				return passwords.authenticate(attempt);
			}

			@Override
			public boolean supports(Class<?> attempt) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(attempt);
			}

		};
		return new ProviderManager(loginForm, new OidcAuthorizationCodeAuthenticationProvider(
				new RestClientAuthorizationCodeTokenResponseClient(), providerUsers));
	}

	/**
	 * The logout form's checkbox "also end my API tokens": a person who used a script or
	 * tool with a token can end it together with the session.
	 */
	private static LogoutHandler endApiTokensOnRequest(ApiTokens tokens) {
		return (request, response, authentication) -> {
			if ("true".equals(request.getParameter("endApiTokens")) && authentication != null
					&& authentication.getPrincipal() instanceof HoldsCurrentUser holder) {
				tokens.revokeAll(holder.currentUser().userId());
			}
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottledAuthentication authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, ApplicationEventPublisher events, SecondFactors secondFactors) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthentication(new ProviderManager(provider), throttle, events, secondFactors);
	}

	/**
	 * After the password: on to the second factor when the account has one (or must set
	 * one up), else to the page the person's work starts from.
	 */
	private static AuthenticationSuccessHandler secondFactorWhenNeeded() {
		SimpleUrlAuthenticationSuccessHandler home = new SimpleUrlAuthenticationSuccessHandler("/");
		home.setAlwaysUseDefaultTargetUrl(true);
		return (request, response, authentication) -> {
			if (authentication instanceof SecondFactorPending) {
				response.sendRedirect(request.getContextPath() + SecondFactorController.PATH);
				return;
			}
			home.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Halfway in, every other page leads back to the second factor. */
	private static AccessDeniedHandler secondFactorFirst() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending) {
				response.sendRedirect(request.getContextPath() + SecondFactorController.PATH);
				return;
			}
			forbidden.handle(request, response, denied);
		};
	}

	/** A lock gets its own message: the person should wait, not retype the password. */
	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(
				Map.of(ThrottledAuthentication.TooManyFailedAttempts.class.getName(), "/login?locked"));
		return failures;
	}

	/**
	 * The reason of a refused single sign-on goes to the login page as a code (never a
	 * claim value), which it shows as a Dutch message.
	 */
	private static AuthenticationFailureHandler providerRefusals() {
		return (request, response, refusal) -> {
			String error = refusal instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
					: refusal.getClass().getSimpleName();
			String code = ProviderSignInRefused.Reason.ofCode(error).code();
			if (!(refusal.getCause() instanceof ProviderSignInRefused)) {
				// The provider's own error codes (access_denied, invalid_id_token, ...)
				// hold
				// no personal data.
				log.info("single sign-on did not complete: {}", error);
			}
			response.sendRedirect(request.getContextPath() + "/login?sso=" + code);
		};
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserArgumentResolver());
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}

}
