package nl.regie.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.regie.platform.web.Navigation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in with a local account: the one-time code from the person's
 * authenticator app (or a recovery code), or, when the municipality requires a second
 * factor and the account has none yet, setting one up. Only reachable halfway in
 * ({@link SecondFactorPending}).
 */
@Controller
class SecondFactorController {

	static final String PATH = "/login/second-factor";

	/**
	 * The form's name: a refused code is reported like any refused form (the shared error
	 * summary, linked to the field {@code secondFactor-code}).
	 */
	static final String FORM = "secondFactor";

	private static final String ENROLMENT_SECRET = SecondFactorController.class.getName() + ".SECRET";

	private final ThrottledAuthentication authentication;

	private final SecondFactors secondFactors;

	private final ApplicationEventPublisher events;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorController(ThrottledAuthentication authentication, SecondFactors secondFactors,
			ApplicationEventPublisher events) {
		this.authentication = authentication;
		this.secondFactors = secondFactors;
		this.events = events;
	}

	/**
	 * No menu on the way in: halfway, every item would only lead back here, and the
	 * recovery codes that end the way in ask for nothing but to be written down.
	 */
	@ModelAttribute(Navigation.WITHOUT_MENU)
	boolean withoutMenu() {
		return true;
	}

	@GetMapping(PATH)
	String secondFactor(HttpSession session, Model model) {
		SecondFactorPending pending = pending();
		if (pending.need() == SecondFactors.Need.ENROLMENT) {
			return enrolmentPage(pending, session, model);
		}
		return "identity/second-factor";
	}

	@PostMapping(PATH)
	String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		SecondFactorPending pending = pending();
		try {
			signIn(authentication.completeSecondFactor(pending, code), request, response);
			return "redirect:/";
		}
		catch (ThrottledAuthentication.WrongOneTimeCode wrong) {
			refuseCode(model, wrong.replayed() ? "secondFactor.code.replayed" : "secondFactor.code.wrong");
			return "identity/second-factor";
		}
		catch (ThrottledAuthentication.TooManyFailedAttempts locked) {
			return lockedOut(request);
		}
	}

	@PostMapping(PATH + "/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			HttpSession session, Model model) {
		SecondFactorPending pending = pending();
		if (pending.need() != SecondFactors.Need.ENROLMENT) {
			return "redirect:" + PATH;
		}
		if (authentication.locked(pending.account().getUsername())) {
			return lockedOut(request);
		}
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		Optional<List<String>> recoveryCodes = secret == null ? Optional.empty()
				: secondFactors.enrol(pending.user(), secret, code);
		if (recoveryCodes.isEmpty()) {
			authentication.wrongEnrolmentCode(pending);
			refuseCode(model, "secondFactor.code.wrong");
			return enrolmentPage(pending, session, model);
		}
		session.removeAttribute(ENROLMENT_SECRET);
		events.publishEvent(
				new SecurityEvent.SecondFactorEnrolled(pending.user().municipalityId(), pending.user().userId()));
		signIn(authentication.completeEnrolment(pending), request, response);
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		return "identity/recovery-codes";
	}

	private static void refuseCode(Model model, String messageKey) {
		BindingResult refused = new MapBindingResult(new HashMap<>(), FORM);
		refused.rejectValue("code", messageKey);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, refused);
		model.addAttribute("codeErrorKey", messageKey);
	}

	private String enrolmentPage(SecondFactorPending pending, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null) {
			secret = OneTimeCodes.newSecret();
			session.setAttribute(ENROLMENT_SECRET, secret);
		}
		model.addAttribute("qr", QrCode.of(OneTimeCodes.provisioningUri(pending.account().getUsername(), secret)));
		model.addAttribute("secret", String.join(" ", secret.split("(?<=\\G.{4})")));
		return "identity/second-factor-enrol";
	}

	/**
	 * Now fully signed in: the session gets a new id, because its rights just changed.
	 */
	private void signIn(Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
	}

	private static String lockedOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		request.getSession().invalidate();
		return "redirect:/login?locked";
	}

	private static SecondFactorPending pending() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending) {
			return pending;
		}
		throw new IllegalStateException("the security configuration lets only a half-finished sign-in here");
	}

}
