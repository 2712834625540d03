package nl.regie.casefile;

import java.util.Locale;
import java.util.UUID;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.OrganisationDirectory;
import nl.regie.platform.document.PdfDocument;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;
import nl.regie.team.TeamSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plain-language letter to the household when help ends (DESIGN §2 step 9: "the
 * household is told clearly that help ends"): what was achieved, whether and how the team
 * keeps in touch, how to reach the team again. Dutch, or English when the household
 * prefers it. Rendered from a Thymeleaf template to PDF (openhtmltopdf).
 */
@Service
class ClosingLetters {

	private final CaseFiles files;

	private final CaseAccessPolicy access;

	private final CaseDetailsQuery details;

	private final OrganisationDirectory organisation;

	private final TeamSettings teamSettings;

	private final ITemplateEngine templates;

	private final JdbcClient jdbc;

	ClosingLetters(CaseFiles files, CaseAccessPolicy access, CaseDetailsQuery details,
			OrganisationDirectory organisation, TeamSettings teamSettings, ITemplateEngine templates, JdbcClient jdbc) {
		this.files = files;
		this.access = access;
		this.details = details;
		this.organisation = organisation;
		this.teamSettings = teamSettings;
		this.templates = templates;
		this.jdbc = jdbc;
	}

	/** Read-write: the letter shows the household, and that read is audited. */
	@Transactional
	byte[] letter(CurrentUser user, UUID caseId) {
		CaseFile file = files.find(caseId).orElseThrow(NotFound::new);
		access.work(user, file).orRefuse();
		if (file.closedOn() == null) {
			throw new StateConflict("letter.notClosed");
		}
		CaseView view = details.view(user, caseId);
		String achieved = jdbc.sql("select achieved from case_closing where case_id = :c")
			.param("c", caseId)
			.query(String.class)
			.optional()
			.orElse(null);
		String language = jdbc.sql("select letter_language from case_file where id = :c")
			.param("c", caseId)
			.query(String.class)
			.single();
		Context context = new Context("en".equals(language) ? Locale.ENGLISH : Locale.of("nl"));
		context.setVariable("c", view);
		context.setVariable("achieved", achieved);
		context.setVariable("teamName", organisation.team(file.teamId()).orElseThrow().name());
		context.setVariable("contactDetails", teamSettings.of(file.teamId()).contactDetails());
		String html = templates.process("casefile/letter", context);
		return PdfDocument.of(html);
	}

}
