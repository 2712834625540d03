package nl.regie.referral;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;

import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The one guard in front of every referral screen and API route: it runs before any form
 * or request body is read, so someone without access is refused whatever they send, never
 * answered with a validation message about referral data. A route of one referral
 * ({@code {id}}) of another team answers as an unknown one; screening, deciding and the
 * team's capacity are the team leader's. The services check again for the record at hand.
 */
@ControllerAdvice(basePackageClasses = ReferralRouteGuard.class)
class ReferralRouteGuard {

	/** The ends of the routes that change what only the team leader decides. */
	static final List<String> TEAM_LEADERS_CHANGES = List.of("/screening", "/decision", "/decisions",
			"/waitlist/capacity");

	private final ReferralAccessPolicy access;

	private final Referrals referrals;

	ReferralRouteGuard(ReferralAccessPolicy access, Referrals referrals) {
		this.access = access;
		this.referrals = referrals;
	}

	@ModelAttribute
	void requireReferralAccess(CurrentUser user, @PathVariable(name = "id", required = false) UUID referralId,
			HttpServletRequest request) {
		access.inbox(user).orRefuse();
		boolean teamLeaders = teamLeadersChange(request);
		if (referralId != null) {
			UUID team = referrals.teamOf(referralId).orElseThrow(NotFound::new);
			(teamLeaders ? access.screen(user, team) : access.read(user, team)).orRefuse();
		}
		else if (teamLeaders) {
			access.teamLeadership(user).orRefuse();
		}
	}

	private static boolean teamLeadersChange(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !HttpMethod.GET.matches(request.getMethod()) && TEAM_LEADERS_CHANGES.stream().anyMatch(path::endsWith);
	}

}
