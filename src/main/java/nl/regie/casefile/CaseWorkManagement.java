package nl.regie.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily work on a case: outreach attempts, the contact journal (with the quick note's
 * defaults), what the household may expect, and questions for the team. The first real
 * contact ends the outreach.
 */
@Service
class CaseWorkManagement {

	static final int MAX_MINUTES = 720;

	static final int MAX_TEXT = 4000;

	private final CaseFiles files;

	private final CaseAccessPolicy access;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseWorkManagement(CaseFiles files, CaseAccessPolicy access, ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock) {
		this.files = files;
		this.access = access;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	void recordAttempt(CurrentUser user, UUID caseId, ContactForms.Attempt attempt) {
		CaseFile file = load(user, caseId);
		if (file.stage() != CaseStage.OUTREACH) {
			throw new StateConflict("attempt.notInOutreach");
		}
		List<FieldProblem> problems = new ArrayList<>();
		checkDate(file, attempt.triedOn(), "triedOn", problems);
		if (attempt.channel() == null) {
			problems.add(new FieldProblem("channel", "attempt.channel.missing"));
		}
		if (attempt.outcome() == null) {
			problems.add(new FieldProblem("outcome", "attempt.outcome.missing"));
		}
		checkLength(attempt.note(), "note", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		jdbc.sql("""
				insert into contact_attempt (id, municipality_id, case_id, tried_on, channel, tried_by, tried_by_name,
				    outcome, note, recorded_by, recorded_at)
				values (:id, :m, :c, :on, :channel, :by, :name, :outcome, :note, :by, :at)""")
			.param("id", UUID.randomUUID())
			.param("m", file.municipalityId())
			.param("c", file.id())
			.param("on", attempt.triedOn())
			.param("channel", attempt.channel().name())
			.param("by", user.userId())
			.param("name", user.displayName())
			.param("outcome", attempt.outcome().name())
			.param("note", blankToNull(attempt.note()))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (attempt.outcome() == ContactForms.AttemptOutcome.REACHED) {
			file.makeContact(attempt.triedOn());
			save(user, file);
		}
	}

	@Transactional
	void recordContact(CurrentUser user, UUID caseId, ContactForms.Contact contact) {
		CaseFile file = load(user, caseId);
		if (file.stage() != CaseStage.OUTREACH && file.stage() != CaseStage.ACTIVE
				&& file.stage() != CaseStage.CLOSING) {
			throw new StateConflict("contact.notNow");
		}
		List<FieldProblem> problems = new ArrayList<>();
		checkDate(file, contact.contactOn(), "contactOn", problems);
		if (contact.type() == null) {
			problems.add(new FieldProblem("type", "contact.type.missing"));
		}
		if (contact.durationMinutes() == null || contact.durationMinutes() < 1
				|| contact.durationMinutes() > MAX_MINUTES) {
			problems.add(new FieldProblem("durationMinutes", "contact.duration.range"));
		}
		if (contact.participants() == null || contact.participants().isBlank()) {
			problems.add(new FieldProblem("participants", "contact.participants.missing"));
		}
		checkLength(contact.note(), "note", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		jdbc.sql("""
				insert into case_contact (id, municipality_id, case_id, contact_on, type, participants,
				    duration_minutes, note, question_solved, recorded_by, recorded_by_username, recorded_at)
				values (:id, :m, :c, :on, :type, :who, :minutes, :note, :solved, :by, :username, :at)""")
			.param("id", UUID.randomUUID())
			.param("m", file.municipalityId())
			.param("c", file.id())
			.param("on", contact.contactOn())
			.param("type", contact.type().name())
			.param("who", contact.participants().strip())
			.param("minutes", contact.durationMinutes())
			.param("note", blankToNull(contact.note()))
			.param("solved", contact.solved())
			.param("by", user.userId())
			.param("username", user.username())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (file.stage() == CaseStage.OUTREACH) {
			file.makeContact(contact.contactOn());
			save(user, file);
		}
	}

	/**
	 * The quick note's defaults: today, the last type this person used, the case manager
	 * (this person) taking part, the duration they used last.
	 */
	@Transactional(readOnly = true)
	ContactForms.Contact quickDefaults(CurrentUser user, UUID caseId) {
		access.work(user, files.find(caseId).orElseThrow(NotFound::new)).orRefuse();
		var last = jdbc.sql("""
				select type, duration_minutes from case_contact where recorded_by_username = :u
				order by recorded_at desc limit 1""")
			.param("u", user.username())
			.query((rs, n) -> new ContactForms.Contact(null, ContactForms.ContactType.valueOf(rs.getString(1)), null,
					rs.getInt(2), null, false))
			.optional();
		return new ContactForms.Contact(LocalDate.now(clock),
				last.map(ContactForms.Contact::type).orElse(ContactForms.ContactType.HOME_VISIT), user.displayName(),
				last.map(ContactForms.Contact::durationMinutes).orElse(30), null, false);
	}

	/**
	 * What the household may expect: the expected end, the help already there, the
	 * rhythm.
	 */
	@Transactional
	void setExpectations(CurrentUser user, UUID caseId, ContactForms.Expectations expectations) {
		CaseFile file = load(user, caseId);
		List<FieldProblem> problems = new ArrayList<>();
		if (expectations.expectedEnd() != null && expectations.expectedEnd().isBefore(file.openedOn())) {
			problems.add(new FieldProblem("expectedEnd", "expectations.expectedEnd.beforeOpened"));
		}
		if (expectations.contactRhythmDays() != null
				&& (expectations.contactRhythmDays() < 1 || expectations.contactRhythmDays() > 365)) {
			problems.add(new FieldProblem("contactRhythmDays", "expectations.rhythm.range"));
		}
		checkLength(expectations.existingHelp(), "existingHelp", problems);
		String language = expectations.letterLanguage() == null ? "nl" : expectations.letterLanguage();
		if (!List.of("nl", "en").contains(language)) {
			problems.add(new FieldProblem("letterLanguage", "expectations.letterLanguage.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		jdbc.sql("""
				update case_file set expected_end = :end, existing_help = :help, existing_help_fate = :fate,
				    contact_rhythm_days = :rhythm, letter_language = :language
				where id = :id""")
			.param("end", expectations.expectedEnd())
			.param("help", blankToNull(expectations.existingHelp()))
			.param("fate", expectations.existingHelpFate() == null ? null : expectations.existingHelpFate().name())
			.param("rhythm", expectations.contactRhythmDays())
			.param("language", language)
			.param("id", file.id())
			.update();
	}

	/** The case manager puts the case on the team agenda with a question. */
	@Transactional
	void requestConsultation(CurrentUser user, UUID caseId, String question) {
		CaseFile file = load(user, caseId);
		if (question == null || question.isBlank()) {
			throw InvalidInput.of("question", "consultation.question.missing");
		}
		if (question.length() > 1000) {
			throw InvalidInput.of("question", "text.tooLong");
		}
		jdbc.sql("""
				insert into case_consultation_request (id, municipality_id, case_id, question, requested_by,
				    requested_name, requested_at)
				values (:id, :m, :c, :q, :by, :name, :at)""")
			.param("id", UUID.randomUUID())
			.param("m", file.municipalityId())
			.param("c", file.id())
			.param("q", question.strip())
			.param("by", user.userId())
			.param("name", user.displayName())
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	private CaseFile load(CurrentUser user, UUID caseId) {
		CaseFile file = files.lockForChange(caseId).orElseThrow(NotFound::new);
		access.work(user, file).orRefuse();
		return file;
	}

	private void save(CurrentUser user, CaseFile file) {
		files.save(file, file.version(), user.userId(), user.displayName(), clock.instant());
		file.takeEvents().forEach(events::publishEvent);
	}

	/** Not in the future, and not before the case began (its referral was accepted). */
	private void checkDate(CaseFile file, LocalDate day, String field, List<FieldProblem> problems) {
		if (day == null) {
			problems.add(new FieldProblem(field, "contact.date.missing"));
		}
		else if (day.isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem(field, "contact.date.future"));
		}
		else if (day.isBefore(file.openedOn())) {
			problems.add(new FieldProblem(field, "contact.date.beforeReferral"));
		}
	}

	private static void checkLength(String text, String field, List<FieldProblem> problems) {
		if (text != null && text.length() > MAX_TEXT) {
			problems.add(new FieldProblem(field, "text.tooLong"));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
