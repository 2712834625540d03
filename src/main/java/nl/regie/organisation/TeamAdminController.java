package nl.regie.organisation;

import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.web.FormErrors;
import nl.regie.platform.web.SavedMessage;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One team for its administrator: rename it, add and remove members.
 */
@Controller
@RequestMapping("/admin/teams/{teamId}")
class TeamAdminController {

	private static final String RENAME_FORM = "renameForm";

	private final TeamManagement management;

	TeamAdminController(TeamManagement management) {
		this.management = management;
	}

	@GetMapping
	String team(CurrentUser user, @PathVariable UUID teamId, Model model) {
		return page(user, teamId, model);
	}

	@PostMapping("/name")
	String rename(CurrentUser user, @PathVariable UUID teamId, @ModelAttribute(RENAME_FORM) RenameTeamForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, teamId, model);
		}
		try {
			management.rename(user, teamId, form);
			SavedMessage.flash(redirect, "team.saved.renamed", form.name().strip());
			return "redirect:/admin/teams/" + teamId;
		}
		catch (InvalidInput invalid) {
			FormErrors.report(invalid, result);
			return page(user, teamId, model);
		}
		catch (OptimisticLockingFailureException otherAdministratorWasFirst) {
			return pageAfterConflict(user, teamId, form, model);
		}
	}

	@PostMapping("/members")
	String addMember(CurrentUser user, @PathVariable UUID teamId, @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				TeamMember member = management.addMember(user, teamId, form);
				SavedMessage.flash(redirect, "team.saved.memberAdded", member.name());
				return "redirect:/admin/teams/" + teamId;
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
		}
		return page(user, teamId, model);
	}

	@GetMapping("/members/{memberId}/remove")
	String confirmRemoval(CurrentUser user, @PathVariable UUID teamId, @PathVariable UUID memberId, Model model) {
		model.addAttribute("team", management.team(user, teamId).team());
		model.addAttribute("member", management.member(user, teamId, memberId));
		return "organisation/remove-member";
	}

	@PostMapping("/members/{memberId}/remove")
	String remove(CurrentUser user, @PathVariable UUID teamId, @PathVariable UUID memberId,
			RedirectAttributes redirect) {
		TeamMember member = management.member(user, teamId, memberId);
		management.removeMember(user, teamId, memberId);
		SavedMessage.flash(redirect, "team.saved.memberRemoved", member.name());
		return "redirect:/admin/teams/" + teamId;
	}

	/**
	 * The other administrator's name stays; this one's typed name is kept in the form
	 * with the current version, so saving again is a conscious choice to overwrite.
	 */
	private String pageAfterConflict(CurrentUser user, UUID teamId, RenameTeamForm typed, Model model) {
		TeamDetail detail = management.team(user, teamId);
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + RENAME_FORM);
		model.addAttribute(RENAME_FORM, new RenameTeamForm(typed.name(), detail.team().version()));
		model.addAttribute("renameConflict", detail.team().name());
		return page(user, teamId, model);
	}

	private String page(CurrentUser user, UUID teamId, Model model) {
		TeamDetail detail = management.team(user, teamId);
		model.addAttribute("detail", detail);
		model.addAttribute("positions", TeamPosition.values());
		if (!model.containsAttribute(RENAME_FORM)) {
			model.addAttribute(RENAME_FORM, new RenameTeamForm(detail.team().name(), detail.team().version()));
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", MemberForm.empty());
		}
		return "organisation/team";
	}

}
