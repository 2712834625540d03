package nl.regie.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.regie.assessment.LifeDomains;
import nl.regie.household.MemberRelation;
import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaDirectory;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.web.FormErrors;
import nl.regie.platform.web.Navigation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake form: the team assistant or team leader records a referral. Adding or
 * removing a household member posts the form back with one member more or less: with htmx
 * only the members part of the page is replaced, and the focus goes to the new member or
 * to the list; without JavaScript the whole form comes back, opened at the members (the
 * buttons post to {@code /referrals#intake-members}), so nobody loses their place either
 * way.
 */
@Controller
class ReferralIntakeController {

	static final String VIEW = "referral/intake";

	static final String MEMBERS_FRAGMENT = VIEW + " :: members";

	private final ReferralIntakeManagement intakes;

	private final LifeDomains lifeDomains;

	private final AreaDirectory areas;

	private final Clock clock;

	ReferralIntakeController(ReferralIntakeManagement intakes, LifeDomains lifeDomains, AreaDirectory areas,
			Clock clock) {
		this.intakes = intakes;
		this.lifeDomains = lifeDomains;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping("/referrals/new")
	String initIntakeForm(CurrentUser user, Model model) {
		model.addAttribute("intake", ReferralIntake.empty());
		return form(user, model);
	}

	@PostMapping(path = "/referrals", params = "addMember")
	String addMember(CurrentUser user, @ModelAttribute("intake") ReferralIntake intake,
			BindingResult ignoredUntilSubmit, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		List<ReferralIntake.Member> members = members(intake);
		if (members.size() < ReferralIntake.MAX_MEMBERS) {
			members.add(ReferralIntake.Member.empty());
		}
		model.addAttribute("intake", intake.withMembers(members));
		model.addAttribute("focusMember", members.size() - 1);
		return htmx != null ? members(model) : form(user, model);
	}

	@PostMapping(path = "/referrals", params = "removeMember")
	String removeMember(CurrentUser user, @ModelAttribute("intake") ReferralIntake intake,
			BindingResult ignoredUntilSubmit, @RequestParam int removeMember,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		List<ReferralIntake.Member> members = members(intake);
		if (members.size() > 1 && removeMember >= 0 && removeMember < members.size()) {
			members.remove(removeMember);
			model.addAttribute("removedMember", removeMember + 1);
		}
		model.addAttribute("intake", intake.withMembers(members));
		return htmx != null ? members(model) : form(user, model);
	}

	@PostMapping("/referrals")
	String processIntakeForm(CurrentUser user, @Valid @ModelAttribute("intake") ReferralIntake intake,
			BindingResult result, @RequestParam(required = false) String householdChoice,
			@RequestParam(defaultValue = "false") boolean householdChoiceOffered, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			UUID id = intakes.register(user, chosen(intake, householdChoice));
			redirect.addFlashAttribute("notice", "referral.registered");
			return "redirect:/referrals/" + id;
		}
		catch (HouseholdChoiceNeeded choice) {
			model.addAttribute("matches", choice.matches());
			if (householdChoiceOffered) {
				result.rejectValue("linkToHousehold", "referral.household.chooseOne");
			}
			return form(user, model);
		}
		catch (HouseholdOfAnotherTeam refused) {
			result.reject(refused.code(), refused.arguments(), null);
			return form(user, model);
		}
		catch (StateConflict tooManyMatches) {
			result.reject(tooManyMatches.code());
			return form(user, model);
		}
		catch (InvalidInput invalid) {
			FormErrors.report(invalid, result);
			return form(user, model);
		}
	}

	/**
	 * The choice screen offers the households found and "a new household", with none
	 * selected: a submit without a choice asks again instead of guessing.
	 */
	private static ReferralIntake chosen(ReferralIntake intake, String householdChoice) {
		if ("new".equals(householdChoice)) {
			return intake.withHouseholdChoice(null, true);
		}
		try {
			return householdChoice == null || householdChoice.isBlank() ? intake
					: intake.withHouseholdChoice(UUID.fromString(householdChoice), false);
		}
		catch (IllegalArgumentException notAnId) {
			return intake;
		}
	}

	/**
	 * The members posted; a member whose fields all came empty is kept as an empty one.
	 */
	private static List<ReferralIntake.Member> members(ReferralIntake intake) {
		if (intake.household() == null || intake.household().members() == null) {
			return new ArrayList<>(List.of(ReferralIntake.Member.empty()));
		}
		return new ArrayList<>(intake.household()
			.members()
			.stream()
			.map(member -> member == null ? ReferralIntake.Member.empty() : member)
			.toList());
	}

	private String members(Model model) {
		model.addAttribute("relations", MemberRelation.values());
		model.addAttribute("today", LocalDate.now(clock));
		return MEMBERS_FRAGMENT;
	}

	private String form(CurrentUser user, Model model) {
		members(model);
		model.addAttribute("lifeDomains",
				lifeDomains.all()
					.stream()
					.map(domain -> List.of(domain.code(), domain.name(LocaleContextHolder.getLocale())))
					.toList());
		model.addAttribute("referrerTypes", ReferrerType.values());
		model.addAttribute("letterLanguages", LetterLanguage.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("areas", areas.workingAreas(user.municipalityId()));
		model.addAttribute(Navigation.SHOWN_PATH, "/referrals/new");
		return VIEW;
	}

}
