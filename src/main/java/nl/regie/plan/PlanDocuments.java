package nl.regie.plan;

import java.util.Locale;
import java.util.UUID;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.household.Audience;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.document.PdfDocument;
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

	/**
	 * Read-write: the printed plan shows the household, and that read is audited.
	 * @param audience the whole household, or the one member it is printed for; a
	 * shielded member's goals reach only that member
	 * @throws NotFound when there is no plan, or the audience is no current member
	 */
	@Transactional
	byte[] printable(CurrentUser user, UUID caseId, Audience audience) {
		CaseOfHousehold found = access.work(user, caseId);
		if (audience.memberId() == null) {
			access.read(user, found, "plan-print");
		}
		else {
			access.readMember(user, found, audience.memberId(), "plan-print");
		}
		Locale probe = Locale.of("nl");
		PlanQuery.PlanPage page = query.printFor(found, probe, audience);
		if (!page.exists() || (audience.memberId() != null && page.audienceName() == null)) {
			throw new NotFound();
		}
		Locale locale = "en".equals(page.current().plan().language()) ? Locale.ENGLISH : probe;
		if (locale != probe) {
			page = query.printFor(found, locale, audience);
		}
		Context context = new Context(locale);
		context.setVariable("p", page);
		String html = templates.process("plan/print", context);
		return PdfDocument.of(html);
	}

}
