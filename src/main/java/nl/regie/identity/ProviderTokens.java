package nl.regie.identity;

import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.stereotype.Component;

/**
 * The API's door for access tokens of a municipality's provider (JWT): the token's issuer
 * picks the provider, whose published keys must have signed it, and it must be meant for
 * Regie (audience), be current, and stand for a prepared account of that provider's
 * municipality. Every refusal says why in its reason and is counted and logged without
 * the token's claims.
 */
@Component
class ProviderTokens {

	private final IdentityProviders providers;

	private final ProviderAccounts accounts;

	private final Map<String, Decoder> decoders = new ConcurrentHashMap<>();

	ProviderTokens(IdentityProviders providers, ProviderAccounts accounts) {
		this.providers = providers;
		this.accounts = accounts;
	}

	/** Whether the bearer token has the shape of a JWT rather than one of Regie's own. */
	static boolean looksLikeJwt(String token) {
		return token.chars().filter(c -> c == '.').count() == 2;
	}

	Authentication authenticate(String token) {
		JWT unverified;
		String issuer;
		String subject;
		try {
			unverified = JWTParser.parse(token);
			issuer = unverified.getJWTClaimsSet().getIssuer();
			subject = unverified.getJWTClaimsSet().getSubject();
		}
		catch (ParseException notAJwt) {
			throw new ProviderSignInRefused(ProviderSignInRefused.Reason.MALFORMED, notAJwt);
		}
		IdentityProvider provider = issuer == null ? null
				: providers.byIssuer(issuer).filter(IdentityProvider::enabled).orElse(null);
		if (provider == null) {
			accounts.unknownIssuer();
			throw new ProviderSignInRefused(ProviderSignInRefused.Reason.UNKNOWN_ISSUER);
		}
		Jwt jwt;
		try {
			jwt = decoderFor(provider).decode(token);
		}
		catch (JwtValidationException invalid) {
			throw refused(provider, subject, reasonOf(invalid.getErrors()), invalid);
		}
		catch (JwtException badSignature) {
			throw refused(provider, subject, ProviderSignInRefused.Reason.BAD_SIGNATURE, badSignature);
		}
		Object username = jwt.getClaims().get(provider.usernameClaim());
		CurrentUser user = accounts.accountFor(provider, jwt.getSubject(),
				username == null ? null : username.toString());
		OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token,
				jwt.getIssuedAt(), jwt.getExpiresAt());
		ProviderTokenPrincipal principal = new ProviderTokenPrincipal(user);
		return new BearerTokenAuthentication(principal, accessToken, principal.getAuthorities());
	}

	private ProviderSignInRefused refused(IdentityProvider provider, String subject,
			ProviderSignInRefused.Reason reason, Exception cause) {
		accounts.tokenRefused(provider, subject, reason);
		return new ProviderSignInRefused(reason, cause);
	}

	private static ProviderSignInRefused.Reason reasonOf(Collection<OAuth2Error> errors) {
		for (OAuth2Error error : errors) {
			String description = String.valueOf(error.getDescription());
			if (description.contains(JwtClaimNames.AUD)) {
				return ProviderSignInRefused.Reason.WRONG_AUDIENCE;
			}
			if (description.contains("expired") || description.contains("used before")) {
				return ProviderSignInRefused.Reason.EXPIRED;
			}
		}
		return ProviderSignInRefused.Reason.MALFORMED;
	}

	/**
	 * One decoder per provider, kept until its row changes; its keys are fetched from the
	 * provider's discovery document at the first token and cached by Nimbus.
	 */
	private NimbusJwtDecoder decoderFor(IdentityProvider provider) {
		Decoder known = decoders.get(provider.registrationId());
		if (known != null && known.provider().equals(provider)) {
			return known.decoder();
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(provider.issuer()).build();
		String audience = provider.audience();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(provider.issuer()),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
		decoders.put(provider.registrationId(), new Decoder(provider, decoder));
		return decoder;
	}

	private record Decoder(IdentityProvider provider, NimbusJwtDecoder decoder) {
	}

	/** The principal of an API call with a provider's token: the mapped Regie account. */
	record ProviderTokenPrincipal(CurrentUser currentUser) implements OAuth2AuthenticatedPrincipal, HoldsCurrentUser {

		@Override
		public Map<String, Object> getAttributes() {
			return Map.of("sub", currentUser.username());
		}

		@Override
		public Collection<? extends GrantedAuthority> getAuthorities() {
			return AccountUserDetailsService.authoritiesOf(currentUser);
		}

		@Override
		public String getName() {
			return currentUser.username();
		}

	}

}
