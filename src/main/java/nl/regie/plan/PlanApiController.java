package nl.regie.plan;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.identity.CurrentUser;
import nl.regie.plan.PlanForms.AgreementForm;
import nl.regie.plan.Plans.PlanVersion;
import nl.regie.platform.web.ApiConventions;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's plan in the REST API: the same services and access rule as the screens. The
 * whole plan is saved at once on the version it was made on; a save on an older version
 * is refused with 409 and the changes since.
 */
@RestController
@Tag(name = "plan", description = "The plan (plan van aanpak) of a case: goals, actions, owners, versions")
@ApiResponse(responseCode = "403", description = "Not someone who works this case (DESIGN §5)",
		content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "No such case of the user's team",
		content = @Content(mediaType = "application/problem+json"))
class PlanApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/cases/{caseId}/plan";

	private final PlanQuery query;

	private final PlanManagement management;

	private final MessageSource messages;

	PlanApiController(PlanQuery query, PlanManagement management, MessageSource messages) {
		this.query = query;
		this.management = management;
		this.messages = messages;
	}

	/**
	 * @param version the version saved; {@code null} for a case without a plan
	 * @param overdue the actions past their due date, not done or dropped
	 * @param reviewDue when the plan is to be reviewed with the household
	 */
	record PlanView(Integer version, ActionPlan plan, LocalDate agreedOn, Instant savedAt, String savedBy,
			List<UUID> overdue, PlanFigures figures, Map<OwnerRung, Integer> percentPerRung, List<OwnerRung> ladder,
			LocalDate reviewDue) {
	}

	/**
	 * The whole plan, made on a version.
	 *
	 * @param version the version the change was made on; {@code null} to make the first
	 */
	record PlanRevision(Integer version, ActionPlan plan) {
	}

	record VersionView(int version, Instant savedAt, String savedBy, LocalDate agreedOn,
			List<PlanDiff.Change> changes) {
	}

	record Saved(int version) {
	}

	@GetMapping(PATH)
	@Operation(summary = "The plan as it stands, urgent goals first, with what is overdue and how it rests")
	@ApiResponse(responseCode = "200", description = "The plan; version null when the case has none yet")
	PlanView plan(CurrentUser user, @PathVariable UUID caseId) {
		PlanQuery.PlanPage page = query.page(user, caseId, LocaleContextHolder.getLocale());
		PlanVersion current = page.current();
		Map<OwnerRung, Integer> percent = new EnumMap<>(OwnerRung.class);
		for (OwnerRung rung : OwnerRung.values()) {
			percent.put(rung, page.figures().percent(rung));
		}
		return new PlanView(current == null ? null : current.version(),
				current == null ? null : current.plan().withGoals(current.plan().goalsInOrder()),
				current == null ? null : current.agreedOn(), current == null ? null : current.savedAt(),
				current == null ? null : current.savedByName(),
				page.overdue().stream().map(ActionPlan.Action::id).toList(), page.figures(), percent,
				page.ladder().rungs(), page.reviewDue());
	}

	@PutMapping(PATH)
	@Operation(summary = "Save the whole plan as the next version",
			description = "Goals and actions keep their id; new ones have none. An action for a professional needs "
					+ "whyNotCloser: first look at the owner suggestions.")
	@ApiResponse(responseCode = "200", description = "Saved as the next version")
	@ApiResponse(responseCode = "400", description = "Each problem named at its field; nothing saved",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "Made on a version that is no longer current: the changes since are in 'changes'",
			content = @Content(mediaType = "application/problem+json"))
	Saved save(CurrentUser user, @PathVariable UUID caseId, @RequestBody PlanRevision revision) {
		return new Saved(management.replace(user, caseId, revision.version(), revision.plan() == null
				? new ActionPlan(null, null, null, null, null, null, null, List.of()) : revision.plan()));
	}

	@PostMapping(PATH + "/agreements")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record the day the household agreed to the current version")
	@ApiResponse(responseCode = "204", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "No day, or a day outside the plan",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Not the current version, or agreed already",
			content = @Content(mediaType = "application/problem+json"))
	void agree(CurrentUser user, @PathVariable UUID caseId, @RequestBody AgreementForm form) {
		management.agree(user, caseId, form.version(), form.agreedOn());
	}

	@GetMapping(PATH + "/versions")
	@Operation(summary = "Every version, newest first, with what changed since the one before, by whom and when")
	@ApiResponse(responseCode = "200", description = "The versions")
	List<VersionView> versions(CurrentUser user, @PathVariable UUID caseId) {
		return query.history(user, caseId)
			.stream()
			.map(entry -> new VersionView(entry.version().version(), entry.version().savedAt(),
					entry.version().savedByName(), entry.version().agreedOn(), entry.changes()))
			.toList();
	}

	@GetMapping(PATH + "/owner-suggestions")
	@Operation(summary = "Who could carry an action before a professional does",
			description = "The network persons who may be contacted (never one marked 'do not contact' or "
					+ "'must not know') and the collective and volunteer provisions of the social map.")
	@ApiResponse(responseCode = "200", description = "The suggestions")
	PlanQuery.Nudge ownerSuggestions(CurrentUser user, @PathVariable UUID caseId,
			@RequestParam(required = false) String lifeDomain) {
		return query.nudge(user, caseId, lifeDomain);
	}

	/** 409 with what changed since the version the change was made on. */
	@ExceptionHandler(PlanChanged.class)
	ProblemDetail changed(PlanChanged changed) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
				"plan.changed", new Object[] { changed.madeOn(), changed.current(), changed.savedByName() }, locale));
		problem.setTitle(messages.getMessage("problem.state-conflict.title", null, locale));
		problem.setType(URI.create("about:blank"));
		problem.setProperty("currentVersion", changed.current());
		problem.setProperty("changes", changed.changes());
		return problem;
	}

}
