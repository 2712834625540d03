package nl.regie.socialmap;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.assessment.LifeDomains;
import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaSummary;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.input.Utf8;
import nl.regie.platform.web.FormErrors;
import nl.regie.platform.web.SavedMessage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Maintaining the social map, for functional administrators and team leaders: a new
 * provision, changing one on the version it was shown in (the loser of two saves sees
 * what the other saved), withdrawing one, and the CSV import with its report per row.
 */
@Controller
class SocialMapMaintenanceController {

	private final SocialMapManagement management;

	private final SocialMapQuery query;

	private final ProvisionImport imports;

	private final LifeDomains lifeDomains;

	private final MessageSource messages;

	SocialMapMaintenanceController(SocialMapManagement management, SocialMapQuery query, ProvisionImport imports,
			LifeDomains lifeDomains, MessageSource messages) {
		this.management = management;
		this.query = query;
		this.imports = imports;
		this.lifeDomains = lifeDomains;
		this.messages = messages;
	}

	@GetMapping("/social-map/new")
	String newProvision(CurrentUser user, Model model, Locale locale) {
		model.addAttribute("provision", ProvisionForm.empty());
		return form(user, null, model, locale);
	}

	@PostMapping("/social-map")
	String add(CurrentUser user, @ModelAttribute("provision") ProvisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!result.hasErrors()) {
			try {
				management.add(user, form.toDetails());
				SavedMessage.flash(redirect, "socialmap.saved", form.name());
				return "redirect:/social-map?words=" + encode(form.name());
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
		}
		return form(user, null, model, locale);
	}

	@GetMapping("/social-map/{provisionId}/edit")
	String edit(CurrentUser user, @PathVariable UUID provisionId, Model model, Locale locale) {
		ProvisionEntry entry = management.entry(user, provisionId);
		model.addAttribute("provision", ProvisionForm.of(entry));
		return form(user, entry, model, locale);
	}

	@PostMapping("/social-map/{provisionId}")
	String change(CurrentUser user, @PathVariable UUID provisionId, @ModelAttribute("provision") ProvisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		ProvisionEntry entry = management.entry(user, provisionId);
		if (!result.hasErrors()) {
			try {
				management.change(user, provisionId, form.version(), form.toDetails());
				SavedMessage.flash(redirect, "socialmap.saved", form.name());
				return "redirect:/social-map/" + provisionId + "/edit";
			}
			catch (InvalidInput invalid) {
				FormErrors.report(invalid, result);
			}
			catch (ProvisionChanged changed) {
				return conflict(user, changed.current(), form, model, locale);
			}
		}
		return form(user, entry, model, locale);
	}

	@PostMapping("/social-map/{provisionId}/withdrawal")
	String withdraw(CurrentUser user, @PathVariable UUID provisionId,
			@RequestParam(name = "version", required = false) Integer version, Model model, RedirectAttributes redirect,
			Locale locale) {
		ProvisionEntry entry = management.entry(user, provisionId);
		try {
			management.withdraw(user, provisionId, version);
			SavedMessage.flash(redirect, "socialmap.withdrawn", entry.name());
			return "redirect:/social-map";
		}
		catch (InvalidInput | ProvisionChanged notNow) {
			ProvisionEntry current = management.entry(user, provisionId);
			model.addAttribute("provision", ProvisionForm.of(current));
			model.addAttribute("conflict", current.withdrawn() ? "socialmap.alreadyWithdrawn" : "socialmap.changed");
			return form(user, current, model, locale);
		}
	}

	@GetMapping("/social-map/import")
	String importForm(CurrentUser user, Model model) {
		return importPage(model);
	}

	@PostMapping("/social-map/import")
	String importFile(CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		try {
			String csv = utf8(file == null ? new byte[0] : file.getBytes());
			model.addAttribute("report", imports.load(user, csv));
		}
		catch (InvalidInput refused) {
			model.addAttribute("refused", refused.problems().getFirst().code());
		}
		return importPage(model);
	}

	private String importPage(Model model) {
		model.addAttribute("columns", ProvisionImport.COLUMNS);
		model.addAttribute("maxRows", ProvisionImport.MAX_ROWS);
		model.addAttribute("kinds", ProvisionKind.values());
		model.addAttribute("lifeDomains", lifeDomains.all());
		return "socialmap/import";
	}

	private String conflict(CurrentUser user, ProvisionEntry current, ProvisionForm yours, Model model, Locale locale) {
		Map<UUID, String> areaNames = query.areas(user)
			.stream()
			.collect(Collectors.toMap(AreaSummary::id, AreaSummary::name));
		List<Difference> differences = Difference.between(ProvisionDetails.of(current), yours.toDetails(),
				SocialMapScreens.domainNames(lifeDomains, locale), areaNames,
				messages.getMessage("socialmap.area.whole", null, locale),
				kind -> messages.getMessage("socialmap.kind." + kind.name(), null, locale));
		model.addAttribute("provision", yours.atVersion(current.version()));
		model.addAttribute("conflict", current.withdrawn() ? "socialmap.alreadyWithdrawn" : "socialmap.changed");
		model.addAttribute("differences", differences);
		return form(user, current, model, locale);
	}

	private String form(CurrentUser user, ProvisionEntry entry, Model model, Locale locale) {
		model.addAttribute("entry", entry == null ? null : query.named(user.municipalityId(), entry));
		model.addAttribute("areas", query.areas(user));
		model.addAttribute("kinds", ProvisionKind.values());
		model.addAttribute("domainOptions",
				SocialMapScreens.domainNames(lifeDomains, locale)
					.entrySet()
					.stream()
					.map(domain -> List.of(domain.getKey(), domain.getValue()))
					.toList());
		return "socialmap/form";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value == null ? "" : value.strip(), StandardCharsets.UTF_8);
	}

	private static String utf8(byte[] bytes) {
		return Utf8.decode(bytes).orElseThrow(() -> InvalidInput.of("file", "socialmap.import.notUtf8"));
	}

}
