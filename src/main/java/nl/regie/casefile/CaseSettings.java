package nl.regie.casefile;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A municipality's thresholds for the case lifecycle (DESIGN §8): weeks of outreach
 * before the warning and before consulting team and referrer, the contact rhythm, the
 * length of the follow-up watch and its check-in interval. Without a row of its own, the
 * installation's defaults ({@code regie.casefile.*}).
 */
@Component
class CaseSettings {

	private final JdbcClient jdbc;

	private final Thresholds defaults;

	CaseSettings(JdbcClient jdbc, @Value("${regie.casefile.outreach-warning-weeks:6}") int warningWeeks,
			@Value("${regie.casefile.outreach-consult-weeks:8}") int consultWeeks,
			@Value("${regie.casefile.contact-rhythm-days:7}") int rhythmDays,
			@Value("${regie.casefile.follow-up-months:24}") int followUpMonths,
			@Value("${regie.casefile.check-in-interval-months:3}") int checkInMonths) {
		this.jdbc = jdbc;
		this.defaults = new Thresholds(warningWeeks, consultWeeks, rhythmDays, followUpMonths, checkInMonths);
	}

	/**
	 * The installation's defaults, for queries that join a municipality's own row
	 * themselves.
	 */
	Thresholds defaults() {
		return defaults;
	}

	Thresholds of(UUID municipalityId) {
		return jdbc.sql("""
				select outreach_warning_weeks, outreach_consult_weeks, contact_rhythm_days, follow_up_months,
				       check_in_interval_months
				from casefile_settings where municipality_id = :m""")
			.param("m", municipalityId)
			.query((rs, n) -> new Thresholds(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.optional()
			.orElse(defaults);
	}

	/**
	 * @param contactRhythmDays the default; a case can have its own
	 */
	record Thresholds(int outreachWarningWeeks, int outreachConsultWeeks, int contactRhythmDays, int followUpMonths,
			int checkInIntervalMonths) {
	}

}
