package nl.regie.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheduled work of the lifecycle, run by {@link CaseSignalsTask} on one instance at
 * a time: outreach signals at 6 and 8 weeks without contact, the contact rhythm exceeded,
 * follow-up check-ins falling due, and the end of follow-up watches. Each signal is
 * raised once per case and period (unique row), so a rerun changes nothing.
 */
@Component
class CaseSignals {

	private final CaseFiles files;

	private final CaseSettings settings;

	private final CaseClosingManagement closing;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseSignals(CaseFiles files, CaseSettings settings, CaseClosingManagement closing, ApplicationEventPublisher events,
			JdbcClient jdbc, Clock clock) {
		this.files = files;
		this.settings = settings;
		this.closing = closing;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return how many signals were raised and watches ended
	 */
	@Transactional
	int run() {
		LocalDate today = LocalDate.now(clock);
		int done = 0;
		for (CaseFile file : files.inStage(CaseStage.OUTREACH)) {
			CaseSettings.Thresholds t = settings.of(file.municipalityId());
			long weeks = ChronoUnit.WEEKS.between(file.assignedOn(), today);
			if (weeks >= t.outreachWarningWeeks()) {
				done += raise(file, "OUTREACH_WARNING", file.assignedOn(), today);
			}
			if (weeks >= t.outreachConsultWeeks()) {
				done += raise(file, "OUTREACH_CONSULT", file.assignedOn(), today);
			}
		}
		for (CaseFile file : files.inStage(CaseStage.ACTIVE)) {
			int rhythm = jdbc.sql("select contact_rhythm_days from case_file where id = :c")
				.param("c", file.id())
				.query(Integer.class)
				.optional()
				.orElse(settings.of(file.municipalityId()).contactRhythmDays());
			LocalDate last = lastContact(file);
			if (last != null && last.plusDays(rhythm).isBefore(today)) {
				done += raise(file, "CONTACT_OVERDUE", last, today);
			}
		}
		for (CaseFile file : files.inStage(CaseStage.FOLLOW_UP)) {
			if (file.followUpUntil() != null && !today.isBefore(file.followUpUntil())) {
				CaseFile locked = files.lockForChange(file.id()).orElseThrow();
				locked.endFollowUp();
				files.save(locked, locked.version(), null, "Regie", clock.instant());
				locked.takeEvents().forEach(events::publishEvent);
				done++;
			}
			else {
				LocalDate due = closing.nextCheckIn(file);
				if (!today.isBefore(due)) {
					done += raise(file, "CHECK_IN_DUE", due, today);
				}
			}
		}
		return done;
	}

	private LocalDate lastContact(CaseFile file) {
		LocalDate last = jdbc.sql("select max(contact_on) from case_contact where case_id = :c")
			.param("c", file.id())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		return last != null ? last : file.firstContactOn();
	}

	private int raise(CaseFile file, String kind, LocalDate periodStart, LocalDate today) {
		int raised = jdbc
			.sql("""
					insert into case_signal (id, municipality_id, case_id, kind, period_start, raised_on, raised_at)
					values (:id, :m, :c, :kind, :start, :today, :at) on conflict (case_id, kind, period_start) do nothing""")
			.param("id", UUID.randomUUID())
			.param("m", file.municipalityId())
			.param("c", file.id())
			.param("kind", kind)
			.param("start", periodStart)
			.param("today", today)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (raised == 1) {
			files.history(file, CaseFile.HistoryEntry.of("SIGNAL_" + kind, null), null, "Regie", clock.instant());
		}
		return raised;
	}

}
