package nl.regie.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.regie.assessment.AssessedBy;
import nl.regie.assessment.AssessmentKind;
import nl.regie.assessment.NotAssessedReason;
import nl.regie.assessment.StrengthSource;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.web.SavedMessage;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The matrix on a phone: the household's overview, and one screen per adult member with a
 * row per domain; the previous level is pre-selected, so an unchanged review is one tap
 * on "save".
 */
@Controller
class MatrixController {

	private static final Pattern SCORE_FIELD = Pattern.compile("scores\\[(\\d+)]\\.(\\w+)");

	private final MatrixQuery query;

	private final AssessmentManagement management;

	private final Clock clock;

	MatrixController(MatrixQuery query, AssessmentManagement management, Clock clock) {
		this.query = query;
		this.management = management;
		this.clock = clock;
	}

	@GetMapping("/cases/{caseId}/matrix")
	String household(CurrentUser user, @PathVariable UUID caseId, Model model) {
		model.addAttribute("overview", query.household(user, caseId));
		return "registration/matrix-household";
	}

	@GetMapping("/cases/{caseId}/members/{memberId}/matrix")
	String progress(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId, Model model) {
		MatrixQuery.MemberMatrix matrix = query.member(user, caseId, memberId);
		model.addAttribute("matrix", matrix);
		model.addAttribute("progress", query.progress(matrix));
		return "registration/matrix-progress";
	}

	@GetMapping("/cases/{caseId}/members/{memberId}/matrix/new")
	String scoring(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId, Model model) {
		MatrixQuery.MemberMatrix matrix = query.member(user, caseId, memberId);
		model.addAttribute("matrixForm",
				MatrixForm.opening(matrix.instrument(), matrix.latest(), matrix.scope(), LocalDate.now(clock)));
		return scoringPage(matrix, model);
	}

	@PostMapping("/cases/{caseId}/members/{memberId}/matrix")
	String record(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId,
			@ModelAttribute("matrixForm") MatrixForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		MatrixQuery.MemberMatrix matrix = query.member(user, caseId, memberId);
		if (!binding.hasErrors()) {
			try {
				management.record(user, caseId, memberId, form.toDraft(matrix.instrument().code()));
				SavedMessage.flash(redirect, "matrix.saved", matrix.member().name());
				return "redirect:/cases/" + caseId + "/matrix";
			}
			catch (InvalidInput invalid) {
				report(invalid, form, matrix, binding, locale);
			}
		}
		return scoringPage(matrix, model);
	}

	private String scoringPage(MatrixQuery.MemberMatrix matrix, Model model) {
		model.addAttribute("matrix", matrix);
		model.addAttribute("kinds", AssessmentKind.values());
		model.addAttribute("assessors", AssessedBy.values());
		model.addAttribute("reasons", NotAssessedReason.values());
		model.addAttribute("strengths", StrengthSource.values());
		return "registration/matrix-scoring";
	}

	/**
	 * The matrix names the scores in scope; the screen has a row per domain, and says
	 * which domain each problem is in.
	 */
	private static void report(InvalidInput invalid, MatrixForm form, MatrixQuery.MemberMatrix matrix,
			BindingResult binding, Locale locale) {
		for (InvalidInput.FieldProblem problem : invalid.problems()) {
			Matcher score = SCORE_FIELD.matcher(problem.field());
			if (score.matches()) {
				int row = form.rowOfScore(Integer.parseInt(score.group(1)));
				String domain = matrix.instrument()
					.domain(form.rows().get(row).domain())
					.map(found -> found.name(locale))
					.orElse(form.rows().get(row).domain());
				binding.rejectValue("rows[" + row + "]." + ("note".equals(score.group(2)) ? "note" : "choice"),
						"matrix.row.problem",
						new Object[] { domain, new DefaultMessageSourceResolvable(problem.code()) }, null);
			}
			else if (problem.field().equals("kind") || problem.field().equals("assessedBy")
					|| problem.field().equals("assessedOn")) {
				binding.rejectValue(problem.field(), problem.code());
			}
			else {
				binding.reject(problem.code());
			}
		}
	}

}
