package nl.regie.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.regie.assessment.LifeDomains;
import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaDirectory;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake form: the team assistant or team leader records a referral. Works without
 * JavaScript: "add a member" posts the form back with one more row.
 */
@Controller
class ReferralIntakeController {

	static final String VIEW = "referral/intake";

	private final ReferralIntakeManagement intakes;

	private final LifeDomains lifeDomains;

	private final AreaDirectory areas;

	ReferralIntakeController(ReferralIntakeManagement intakes, LifeDomains lifeDomains, AreaDirectory areas) {
		this.intakes = intakes;
		this.lifeDomains = lifeDomains;
		this.areas = areas;
	}

	@GetMapping("/referrals/new")
	String initIntakeForm(CurrentUser user, Model model) {
		model.addAttribute("intake", ReferralIntake.empty());
		return form(user, model);
	}

	@PostMapping(path = "/referrals", params = "addMember")
	String addMember(CurrentUser user, @ModelAttribute("intake") ReferralIntake intake,
			BindingResult ignoredUntilSubmit, Model model) {
		List<ReferralIntake.Member> members = new ArrayList<>(intake.household().members());
		members.add(new ReferralIntake.Member(null, null, null, null));
		ReferralIntake.Household household = new ReferralIntake.Household(intake.household().postcode(),
				intake.household().houseNumber(), intake.household().phone(), members);
		model.addAttribute("intake",
				new ReferralIntake(intake.referrer(), household, intake.areaId(), intake.reason(), intake.lifeDomains(),
						intake.urgency(), intake.householdKnows(), intake.householdAgrees(),
						intake.consentToInformReferrer(), null, false));
		return form(user, model);
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

	private String form(CurrentUser user, Model model) {
		model.addAttribute("lifeDomains", lifeDomains.all());
		model.addAttribute("referrerTypes", ReferrerType.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("areas", areas.workingAreas(user.municipalityId()));
		return VIEW;
	}

}
