package nl.regie.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as the household reads and signs it (issue 15): plain Dutch at B1 level in
 * large type, or English when the household prefers it; its own words, the goals, who
 * does what and when, the agreements, and a place for signatures. No codes. Rendered from
 * a Thymeleaf template to PDF (openhtmltopdf), as the closing letter is.
 */
@Service
class PlanDocuments {

	private final PlanAccessPolicy access;

	private final PlanQuery query;

	private final ITemplateEngine templates;

	PlanDocuments(PlanAccessPolicy access, PlanQuery query, ITemplateEngine templates) {
		this.access = access;
		this.query = query;
		this.templates = templates;
	}

	/** Read-write: the printed plan shows the household, and that read is audited. */
	@Transactional
	byte[] printable(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found, "plan-print");
		Locale probe = Locale.of("nl");
		PlanQuery.PlanPage page = query.page(found, probe);
		if (!page.exists()) {
			throw new NotFound();
		}
		Locale locale = "en".equals(page.current().plan().language()) ? Locale.ENGLISH : probe;
		if (locale != probe) {
			page = query.page(found, locale);
		}
		Context context = new Context(locale);
		context.setVariable("p", page);
		String html = templates.process("plan/print", context);
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).toStream(pdf).run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
