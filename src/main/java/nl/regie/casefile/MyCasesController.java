package nl.regie.casefile;

import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My cases": the case manager's landing page, and the team leader's caseload.
 */
@Controller
class MyCasesController {

	private final MyCasesQuery myCases;

	private final CaseloadQuery caseload;

	MyCasesController(MyCasesQuery myCases, CaseloadQuery caseload) {
		this.myCases = myCases;
		this.caseload = caseload;
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
