package nl.regie.identity;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After the Regie session has ended: the login page says so, and for a person who came
 * through a provider that has a logout endpoint, it offers a link to sign out there too
 * (RP-initiated logout). A link rather than a redirect, so the person chooses, and the
 * strict {@code form-action 'self'} policy of the logout form holds.
 */
@Component
class ProviderLogout implements LogoutSuccessHandler {

	static final String OFFER = ProviderLogout.class.getName() + ".OFFER";

	private final ProviderRegistrations registrations;

	ProviderLogout(ProviderRegistrations registrations) {
		this.registrations = registrations;
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		if (authentication != null && authentication.getPrincipal() instanceof ProviderPrincipal principal) {
			ClientRegistration registration = registrations.findByRegistrationId(principal.registrationId());
			Object endSession = registration == null ? null
					: registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
			if (endSession != null) {
				String back = ServletUriComponentsBuilder.fromContextPath(request)
					.path("/login")
					.query("logout")
					.build()
					.toUriString();
				URI logout = UriComponentsBuilder.fromUriString(endSession.toString())
					.queryParam("id_token_hint", principal.idToken().getTokenValue())
					.queryParam("client_id", registration.getClientId())
					.queryParam("post_logout_redirect_uri", back)
					.encode()
					.build()
					.toUri();
				request.getSession(true)
					.setAttribute(OFFER, new Offer(registration.getClientName(), logout.toString()));
			}
		}
		response.sendRedirect(request.getContextPath() + "/login?logout");
	}

	/** The provider's name and where its logout is, for the login page to offer once. */
	record Offer(String providerName, String url) implements Serializable {
	}

}
