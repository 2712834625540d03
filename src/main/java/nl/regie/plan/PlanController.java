package nl.regie.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;

import nl.regie.household.Audience;
import nl.regie.identity.CurrentUser;
import nl.regie.plan.PlanForms.ActionForm;
import nl.regie.plan.PlanForms.AgreementForm;
import nl.regie.plan.PlanForms.GoalForm;
import nl.regie.plan.PlanForms.PlanForm;
import nl.regie.plan.PlanForms.ProgressForm;
import nl.regie.platform.access.LegalBasis;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.web.SavedMessage;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan of a case on a phone: the household's own words, goals and actions, each
 * change one small form saved as the next version; the history; the printed plan.
 */
@Controller
class PlanController {

	private final PlanQuery query;

	private final PlanManagement management;

	private final PlanDocuments documents;

	private final Clock clock;

	PlanController(PlanQuery query, PlanManagement management, PlanDocuments documents, Clock clock) {
		this.query = query;
		this.management = management;
		this.documents = documents;
		this.clock = clock;
	}

	@GetMapping("/cases/{caseId}/plan")
	String plan(CurrentUser user, @PathVariable UUID caseId, Model model) {
		return page(user, caseId, model);
	}

	@PostMapping("/cases/{caseId}/plan")
	String savePlan(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("planForm") PlanForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return save(user, caseId, binding, model, redirect, "plan.saved",
				() -> form.version() == 0 ? management.create(user, caseId, form.header())
						: management.revise(user, caseId, form.version(), plan -> plan.withHeader(form.header())));
	}

	@PostMapping("/cases/{caseId}/plan/goals")
	String addGoal(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("goalForm") GoalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		UUID id = UUID.randomUUID();
		return save(user, caseId, binding, model, redirect, "plan.goal.added",
				() -> management.revise(user, caseId, form.version(), plan -> plan.adding(form.goal(id)), id));
	}

	@PostMapping("/cases/{caseId}/plan/goals/{goalId}/removal")
	String removeGoal(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID goalId,
			@RequestParam(defaultValue = "0") int version, Model model, RedirectAttributes redirect) {
		return change(user, caseId, model, redirect, "plan.goal.removed", version, plan -> plan.removingGoal(goalId));
	}

	@PostMapping("/cases/{caseId}/plan/actions")
	String addAction(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("actionForm") ActionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		UUID id = UUID.randomUUID();
		return save(user, caseId, binding, model, redirect, "plan.action.added", () -> {
			if (form.goalId() == null) {
				throw InvalidInput.of("goalId", "plan.action.goal.missing");
			}
			return management.revise(user, caseId, form.version(), plan -> plan.adding(form.goalId(), form.action(id)),
					id);
		});
	}

	@PostMapping("/cases/{caseId}/plan/actions/{actionId}/progress")
	String progress(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID actionId,
			@ModelAttribute("progressForm") ProgressForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		return change(user, caseId, model, redirect, "plan.action.progressed", form.version(),
				plan -> plan.changingAction(actionId, action -> form.applyTo(action, today)));
	}

	@PostMapping("/cases/{caseId}/plan/actions/{actionId}/removal")
	String removeAction(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID actionId,
			@RequestParam(defaultValue = "0") int version, Model model, RedirectAttributes redirect) {
		return change(user, caseId, model, redirect, "plan.action.removed", version,
				plan -> plan.removingAction(actionId));
	}

	@PostMapping("/cases/{caseId}/plan/agreement")
	String agree(CurrentUser user, @PathVariable UUID caseId, @ModelAttribute("agreementForm") AgreementForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return save(user, caseId, binding, model, redirect, "plan.agreed", () -> {
			management.agree(user, caseId, form.version(), form.agreedOn());
			return form.version();
		});
	}

	@GetMapping("/cases/{caseId}/plan/history")
	String history(CurrentUser user, @PathVariable UUID caseId, Model model) {
		model.addAttribute("history", query.history(user, caseId));
		model.addAttribute("caseId", caseId);
		return "plan/history";
	}

	/**
	 * @param member the member it is printed for; none: the whole household
	 */
	@GetMapping("/cases/{caseId}/plan/print")
	ResponseEntity<byte[]> print(CurrentUser user, @PathVariable UUID caseId,
			@RequestParam(name = "for", required = false) UUID member) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("plan.pdf").build().toString())
			.body(documents.printable(user, caseId, Audience.member(member)));
	}

	interface Saving {

		int save();

	}

	private String change(CurrentUser user, UUID caseId, Model model, RedirectAttributes redirect, String saved,
			int version, UnaryOperator<ActionPlan> change) {
		try {
			management.revise(user, caseId, version, change);
			SavedMessage.flash(redirect, saved, null);
		}
		catch (PlanChanged changed) {
			model.addAttribute("changed", changed);
			return page(user, caseId, model);
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("planProblem", invalid.problems().get(0).code());
		}
		catch (StateConflict conflict) {
			redirect.addFlashAttribute("planProblem", conflict.code());
		}
		return "redirect:/cases/" + caseId + "/plan";
	}

	private String save(CurrentUser user, UUID caseId, BindingResult binding, Model model, RedirectAttributes redirect,
			String saved, Saving saving) {
		if (!binding.hasErrors()) {
			try {
				saving.save();
				SavedMessage.flash(redirect, saved, null);
				return "redirect:/cases/" + caseId + "/plan";
			}
			catch (PlanChanged changed) {
				model.addAttribute("changed", changed);
			}
			catch (InvalidInput invalid) {
				PlanFieldErrors.report(invalid, binding);
			}
			catch (StateConflict conflict) {
				binding.reject(conflict.code());
			}
		}
		return page(user, caseId, model);
	}

	private String page(CurrentUser user, UUID caseId, Model model) {
		PlanQuery.PlanPage page = query.page(user, caseId, LocaleContextHolder.getLocale());
		model.addAttribute("p", page);
		int version = page.exists() ? page.current().version() : 0;
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm",
					page.exists() ? PlanForm.of(page.current().plan(), version) : PlanForm.empty(page.today()));
		}
		if (!model.containsAttribute("goalForm")) {
			model.addAttribute("goalForm", GoalForm.empty());
		}
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", ActionForm.empty());
		}
		if (!model.containsAttribute("agreementForm")) {
			model.addAttribute("agreementForm", new AgreementForm(version, page.today()));
		}
		model.addAttribute("version", version);
		model.addAttribute("kinds", ActionKind.values());
		model.addAttribute("bases", LegalBasis.values());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("origins", PlanOrigin.values());
		return "plan/plan";
	}

}
