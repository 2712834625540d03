package nl.regie.casefile;

import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My cases": the case manager's landing page, the outer-ring specialist's consultations,
 * and the team leader's caseload.
 */
@Controller
class MyCasesController {

	static final String CONSULTATIONS = "/cases/consultations";

	private final MyCasesQuery myCases;

	private final CaseloadQuery caseload;

	private final ConsultationsQuery consultations;

	MyCasesController(MyCasesQuery myCases, CaseloadQuery caseload, ConsultationsQuery consultations) {
		this.myCases = myCases;
		this.caseload = caseload;
		this.consultations = consultations;
	}

	@GetMapping(CONSULTATIONS)
	String consultations(CurrentUser user, Model model) {
		model.addAttribute("consultations", consultations.of(user));
		return "casefile/consultations";
	}

	@GetMapping("/cases/my")
	String myCases(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("cases", myCases.of(user, page));
		return "casefile/my-cases";
	}

	@GetMapping("/team/caseload")
	String caseload(CurrentUser user, Model model) {
		model.addAttribute("caseload", caseload.of(user));
		return "casefile/caseload";
	}

}
