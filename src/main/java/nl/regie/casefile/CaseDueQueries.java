package nl.regie.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The things due on a case, as one SQL fragment for "my cases" and for the household card
 * alike: the built-in items and those the other modules contribute
 * ({@link CaseDueItems}), on the case row {@code c} with its thresholds {@code t}, so
 * both pages read them in one query however many modules add items.
 */
@Component
class CaseDueQueries {

	/** The due items of this module; later modules add theirs as beans. */
	private static final List<String> BUILT_IN = List.of(
			"select 'FIRST_CONTACT', c.assigned_on + 7 where c.stage = 'OUTREACH' and :today < c.assigned_on + warning_days",
			"select 'OUTREACH_WARNING', c.assigned_on + warning_days where c.stage = 'OUTREACH' "
					+ "and :today >= c.assigned_on + warning_days and :today < c.assigned_on + consult_days",
			"select 'OUTREACH_CONSULT', c.assigned_on + consult_days where c.stage = 'OUTREACH' "
					+ "and :today >= c.assigned_on + consult_days",
			"select 'SETTLE_ROLES', c.first_contact_on where c.stage = 'ACTIVE' and c.second_visitor_id is not null",
			"select case when last_contact + rhythm_days < :today then 'CONTACT_OVERDUE' else 'NEXT_CONTACT' end, "
					+ "last_contact + rhythm_days where c.stage = 'ACTIVE'",
			"select 'COMPLETE_CLOSING', (select cl.proposed_at::date from case_closing cl where cl.case_id = c.id) "
					+ "where c.stage = 'CLOSING'",
			"select 'CHECK_IN', (coalesce((select max(f.due_on) from follow_up_check_in f where f.case_id = c.id), "
					+ "c.closed_on) + make_interval(months => check_in_months))::date where c.stage = 'FOLLOW_UP'");

	/**
	 * The thresholds {@code t} of the case row {@code c}: its own, its municipality's, or
	 * the defaults.
	 */
	static final String THRESHOLDS = """
			left join casefile_settings s on s.municipality_id = c.municipality_id
			cross join lateral (select coalesce(s.outreach_warning_weeks, :warning) * 7 as warning_days,
			                           coalesce(s.outreach_consult_weeks, :consult) * 7 as consult_days,
			                           coalesce(c.contact_rhythm_days, s.contact_rhythm_days, :rhythm) as rhythm_days,
			                           coalesce(s.check_in_interval_months, :checkIn) as check_in_months,
			                           coalesce((select max(k.contact_on) from case_contact k where k.case_id = c.id),
			                                    c.first_contact_on) as last_contact) t""";

	private final String ofOneCase;

	/** {@code (kind, due_on)} rows of the case {@code c}. */
	private final String items;

	private final CaseSettings settings;

	private final JdbcClient jdbc;

	CaseDueQueries(ObjectProvider<CaseDueItems> contributed, CaseSettings settings, JdbcClient jdbc) {
		this.settings = settings;
		this.jdbc = jdbc;
		List<String> selects = new ArrayList<>(BUILT_IN);
		contributed.orderedStream().map(CaseDueItems::select).forEach(selects::add);
		this.items = selects.stream().map(select -> "(" + select + ")").collect(Collectors.joining(" union all "));
		this.ofOneCase = """
				select items.kind, items.due_on
				from case_file c
				%s
				cross join lateral (%s) as items(kind, due_on)
				where c.id = :c and items.due_on is not null
				order by items.due_on, items.kind
				limit :limit""".formatted(THRESHOLDS, items);
	}

	/** The things due on one case, soonest first, at most {@code limit}: one query. */
	List<CaseRegistrationAccess.Due> next(UUID caseId, LocalDate today, int limit) {
		return statement(ofOneCase, today).param("c", caseId).param("limit", limit).query((rs, n) -> {
			LocalDate on = rs.getObject("due_on", LocalDate.class);
			return new CaseRegistrationAccess.Due(rs.getString("kind"), on, on.isBefore(today));
		}).list();
	}

	/**
	 * A union of {@code (kind, due_on)} rows for the case row {@code c}, the thresholds
	 * {@code t}.
	 */
	String items() {
		return items;
	}

	/**
	 * A statement using {@link #THRESHOLDS} and {@link #items()}, with their parameters
	 * bound.
	 */
	JdbcClient.StatementSpec statement(String sql, LocalDate today) {
		CaseSettings.Thresholds defaults = settings.defaults();
		return jdbc.sql(sql)
			.param("today", today)
			.param("warning", defaults.outreachWarningWeeks())
			.param("consult", defaults.outreachConsultWeeks())
			.param("rhythm", defaults.contactRhythmDays())
			.param("checkIn", defaults.checkInIntervalMonths());
	}

}
