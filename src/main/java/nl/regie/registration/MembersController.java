package nl.regie.registration;

import java.util.Locale;
import java.util.UUID;

import nl.regie.household.MemberLanguage;
import nl.regie.household.MemberRelation;
import nl.regie.household.Membership;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.FormSubmission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The members of a case's household on screen: who is in it and who left (the history), a
 * member joining, a member leaving, the language a member speaks. The same services as
 * the API.
 */
@Controller
class MembersController {

	private final MembershipManagement memberships;

	MembersController(MembershipManagement memberships) {
		this.memberships = memberships;
	}

	@GetMapping("/cases/{caseId}/members")
	String members(CurrentUser user, @PathVariable UUID caseId, Model model) {
		model.addAttribute("joiningForm", JoiningForm.empty());
		return list(user, caseId, model);
	}

	@PostMapping("/cases/{caseId}/members")
	String join(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("joiningForm") JoiningForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(binding, redirect)
			.handle(() -> memberships.join(user, caseId, form), "members.joined.saved", () -> form.givenName().strip(),
					"/cases/" + caseId + "/members", () -> list(user, caseId, model));
	}

	@GetMapping("/cases/{caseId}/members/{memberId}")
	String member(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId, Model model,
			Locale locale) {
		model.addAttribute("leavingForm", LeavingForm.empty());
		return page(user, caseId, memberId, model, locale, null);
	}

	@PostMapping("/cases/{caseId}/members/{memberId}/language")
	String language(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId,
			@ModelAttribute("languageForm") LanguageForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		return FormSubmission.of(binding, redirect)
			// the loser sees what is saved now, with its version, and the reason
			.conflictShownBy(conflict -> {
				model.addAttribute("memberProblem", conflict.code());
				model.addAttribute("leavingForm", LeavingForm.empty());
				return page(user, caseId, memberId, model, locale, null);
			})
			.handle(() -> memberships.changeLanguage(user, caseId, memberId, form), "members.language.saved",
					() -> null, "/cases/" + caseId + "/members/" + memberId, () -> {
						model.addAttribute("leavingForm", LeavingForm.empty());
						return page(user, caseId, memberId, model, locale, form);
					});
	}

	@PostMapping("/cases/{caseId}/members/{memberId}/leaving")
	String leave(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId,
			@ModelAttribute("leavingForm") LeavingForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		return FormSubmission.of(binding, redirect).conflictShownBy(conflict -> {
			model.addAttribute("memberProblem", conflict.code());
			return page(user, caseId, memberId, model, locale, null);
		})
			.handle(() -> memberships.leave(user, caseId, memberId, form), "members.left.saved", () -> null,
					"/cases/" + caseId + "/members", () -> page(user, caseId, memberId, model, locale, null));
	}

	private String list(CurrentUser user, UUID caseId, Model model) {
		model.addAttribute("caseId", caseId);
		model.addAttribute("members", memberships.history(user, caseId));
		model.addAttribute("relations", MemberRelation.values());
		model.addAttribute("joinedHows", Membership.Joined.values());
		return "registration/members";
	}

	/**
	 * @param language the language form as sent, to show again with its errors;
	 * {@code null} for the saved language
	 */
	private String page(CurrentUser user, UUID caseId, UUID memberId, Model model, Locale locale,
			LanguageForm language) {
		Membership.Period member = memberships.member(user, caseId, memberId);
		model.addAttribute("caseId", caseId);
		model.addAttribute("member", member);
		model.addAttribute("languageForm", language != null ? language : new LanguageForm(member.language().code(),
				member.language().interpreterNeeded(), member.language().version()));
		model.addAttribute("languages", MemberLanguage.offered(locale));
		model.addAttribute("leftHows", Membership.Left.values());
		return "registration/member";
	}

}
