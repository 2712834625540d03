package nl.regie.assessment;

import java.io.IOException;
import java.util.stream.Collectors;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.input.Utf8;
import nl.regie.platform.web.SavedMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instruments with their domains and levels, and the loading of the licensed criteria
 * texts from a file, for the functional administrator.
 */
@Controller
@RequestMapping("/admin/instruments")
class InstrumentAdminController {

	private final Instruments instruments;

	private final CriteriaTexts criteria;

	private final AssessmentAccessPolicy access;

	InstrumentAdminController(Instruments instruments, CriteriaTexts criteria, AssessmentAccessPolicy access) {
		this.instruments = instruments;
		this.criteria = criteria;
		this.access = access;
	}

	/** Before any upload is read: only the functional administrator gets past. */
	@ModelAttribute
	void requireAdministrator(CurrentUser user) {
		access.administerInstruments(user).orRefuse();
	}

	@GetMapping
	String instruments(CurrentUser user, Model model) {
		model.addAttribute("instruments", instruments.all());
		model.addAttribute("loaded", instruments.all()
			.stream()
			.collect(Collectors.toMap(Instrument::code, i -> !criteria.of(user.municipalityId(), i.code()).isEmpty())));
		return "assessment/instruments";
	}

	@PostMapping("/{code}/criteria")
	String load(CurrentUser user, @PathVariable String code,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		access.administerInstruments(user).orRefuse();
		instruments.get(code);
		try {
			byte[] sent = file == null ? new byte[0] : file.getBytes();
			int count = criteria.load(user.municipalityId(), code, utf8(sent), user.userId());
			SavedMessage.flash(redirect, "criteria.loaded", String.valueOf(count));
			return "redirect:/admin/instruments";
		}
		catch (CriteriaFileRejected rejected) {
			model.addAttribute("rejected", rejected);
			model.addAttribute("rejectedInstrument", code);
			return instruments(user, model);
		}
	}

	private static String utf8(byte[] bytes) {
		return Utf8.decode(bytes)
			.orElseThrow(() -> new CriteriaFileRejected(CriteriaFileRejected.Mismatch.MALFORMED, 1, "UTF-8"));
	}

}
