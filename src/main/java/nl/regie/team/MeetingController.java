package nl.regie.team;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.organisation.TeamRoster;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.web.FormErrors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's meetings: the list with the planning form, one meeting's agenda with a form
 * per item for its outcome, the print of the agenda, and the team leader's settings.
 */
@Controller
class MeetingController {

	private final TeamMeetings meetings;

	private final AgendaQuery agenda;

	private final TeamMeetingManagement management;

	private final TeamSettings settings;

	private final TeamRoster roster;

	private final TeamAccessPolicy access;

	MeetingController(TeamMeetings meetings, AgendaQuery agenda, TeamMeetingManagement management,
			TeamSettings settings, TeamRoster roster, TeamAccessPolicy access) {
		this.access = access;
		this.meetings = meetings;
		this.agenda = agenda;
		this.management = management;
		this.settings = settings;
		this.roster = roster;
	}

	@GetMapping("/meetings")
	String meetings(CurrentUser user, Model model) {
		model.addAttribute("meeting",
				new MeetingForm(management.nextMeetingDay(user), MeetingType.WEEKLY_TEAM_MEETING, List.of(), null));
		return list(user, model);
	}

	@PostMapping("/meetings")
	String processMeeting(CurrentUser user, @ModelAttribute("meeting") MeetingForm form, BindingResult result,
			Model model) {
		access.plan(user).orRefuse();
		if (!result.hasErrors()) {
			try {
				return "redirect:/meetings/" + management.plan(user, form);
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
		}
		return list(user, model);
	}

	@GetMapping("/meetings/{id}")
	String meeting(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("outcome", OutcomeForm.empty());
		return page(user, id, model);
	}

	@GetMapping("/meetings/{id}/print")
	String print(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("agenda", agenda.of(user, id, true));
		return "team/agenda-print";
	}

	@PostMapping("/meetings/{id}/outcomes")
	String processOutcome(CurrentUser user, @PathVariable UUID id, @ModelAttribute("outcome") OutcomeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			management.recordOutcome(user, id, form.itemKey(), form.question(), form.advice(), form.decision(),
					form.isPostponed());
			redirect.addFlashAttribute("notice", "outcome.recorded");
			return "redirect:/meetings/" + id + "#decided";
		}
		catch (InvalidInput invalid) {
			FormErrors.report(invalid, result);
			model.addAttribute("failedItem", form.itemKey());
		}
		catch (StateConflict conflict) {
			model.addAttribute("conflict", conflict.code());
			model.addAttribute("outcome", OutcomeForm.empty());
		}
		return page(user, id, model);
	}

	@GetMapping("/team/settings")
	String settings(CurrentUser user, Model model, Locale locale) {
		access.settings(user).orRefuse();
		model.addAttribute("settings", SettingsForm.of(settings.of(user.teamId())));
		return settingsPage(user, model, locale);
	}

	@PostMapping("/team/settings")
	String processSettings(CurrentUser user, @ModelAttribute("settings") SettingsForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		access.settings(user).orRefuse();
		if (!result.hasErrors()) {
			try {
				management.changeSettings(user, form);
				redirect.addFlashAttribute("notice", "settings.saved");
				return "redirect:/team/settings";
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				model.addAttribute("conflict", "settings.changedMeanwhile");
				model.addAttribute("settings", SettingsForm.of(settings.of(user.teamId())));
			}
		}
		return settingsPage(user, model, locale);
	}

	private String settingsPage(CurrentUser user, Model model, Locale locale) {
		Map<DayOfWeek, String> days = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, day.getDisplayName(TextStyle.FULL, locale));
		}
		model.addAttribute("days", days);
		model.addAttribute("meetingTypes", MeetingType.values());
		model.addAttribute("assignedByChoices", TeamSettings.AssignedBy.values());
		model.addAttribute("modes", TeamSettings.AssignmentMode.values());
		model.addAttribute("leader", user.has(Role.TEAM_LEADER));
		return "team/settings";
	}

	private String list(CurrentUser user, Model model) {
		access.list(user).orRefuse();
		model.addAttribute("meetings", meetings.ofTeam(user.teamId(), 20));
		model.addAttribute("members", roster.members(user.teamId()));
		model.addAttribute("meetingTypes", settings.of(user.teamId()).meetingTypes());
		model.addAttribute("planner", user.has(Role.TEAM_LEADER) || user.has(Role.TEAM_ASSISTANT));
		model.addAttribute("leader", user.has(Role.TEAM_LEADER));
		return "team/meetings";
	}

	private String page(CurrentUser user, UUID id, Model model) {
		model.addAttribute("agenda", agenda.of(user, id, false));
		model.addAttribute("recorder", TeamAccessPolicy.insider(user));
		return "team/agenda";
	}

}
