package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.TeamRoster;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My cases", the case manager's landing page: the cases where the signed-in person is
 * case manager, second visitor or backup (and, in follow-up watch, the former case
 * manager), each with the next thing due, most urgent first. One query per page, paged,
 * whatever the number of cases or the modules that add due items ({@link CaseDueItems}).
 */
@Service
class MyCasesQuery {

	static final int PAGE_SIZE = 20;

	/** The due items of this module; later modules add theirs as beans. */
	static final List<String> BUILT_IN = List.of(
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

	private final JdbcClient jdbc;

	private final TeamRoster roster;

	private final CaseSettings settings;

	private final CaseAccessPolicy access;

	private final Clock clock;

	private final String sql;

	MyCasesQuery(JdbcClient jdbc, TeamRoster roster, CaseSettings settings, CaseAccessPolicy access, Clock clock,
			ObjectProvider<CaseDueItems> contributed) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.settings = settings;
		this.access = access;
		this.clock = clock;
		List<String> selects = new ArrayList<>(BUILT_IN);
		contributed.orderedStream().map(CaseDueItems::select).forEach(selects::add);
		this.sql = """
				select c.id, c.stage, l.name, l.children,
				       case when c.case_manager_id in (:members) then 'CASE_MANAGER'
				            when c.second_visitor_id in (:members) then 'SECOND_VISITOR' else 'BACKUP' end as my_role,
				       due.kind, due.due_on, count(*) over () as total
				from case_file c
				join household_label l on l.household_id = c.household_id
				left join casefile_settings s on s.municipality_id = c.municipality_id
				cross join lateral (select coalesce(s.outreach_warning_weeks, :warning) * 7 as warning_days,
				                           coalesce(s.outreach_consult_weeks, :consult) * 7 as consult_days,
				                           coalesce(c.contact_rhythm_days, s.contact_rhythm_days, :rhythm) as rhythm_days,
				                           coalesce(s.check_in_interval_months, :checkIn) as check_in_months,
				                           coalesce((select max(k.contact_on) from case_contact k where k.case_id = c.id),
				                                    c.first_contact_on) as last_contact) t
				left join lateral (select kind, due_on from (%s) as items(kind, due_on)
				                   where due_on is not null order by due_on limit 1) due on true
				where c.team_id = :team and c.stage in ('OUTREACH', 'ACTIVE', 'CLOSING', 'FOLLOW_UP')
				  and (c.case_manager_id in (:members) or c.second_visitor_id in (:members) or c.backup_id in (:members))
				order by due.due_on nulls last, c.id
				limit :limit offset :offset"""
			.formatted(selects.stream().map(select -> "(" + select + ")").collect(Collectors.joining(" union all ")));
	}

	@Transactional(readOnly = true)
	Page of(CurrentUser user, int page) {
		access.myCases(user).orRefuse();
		List<UUID> members = roster.memberIdsOf(user.teamId(), user.username());
		if (members.isEmpty()) {
			return new Page(List.of(), 0, 0, PAGE_SIZE);
		}
		CaseSettings.Thresholds defaults = settings.defaults();
		LocalDate today = LocalDate.now(clock);
		long[] total = { 0 };
		List<Entry> entries = jdbc.sql(sql)
			.param("members", members)
			.param("team", user.teamId())
			.param("today", today)
			.param("warning", defaults.outreachWarningWeeks())
			.param("consult", defaults.outreachConsultWeeks())
			.param("rhythm", defaults.contactRhythmDays())
			.param("checkIn", defaults.checkInIntervalMonths())
			.param("limit", PAGE_SIZE)
			.param("offset", Math.max(0, page) * PAGE_SIZE)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				return new Entry(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("children"),
						CaseStage.valueOf(rs.getString("stage")), rs.getString("my_role"), rs.getString("kind"), due,
						due != null && due.isBefore(today));
			})
			.list();
		return new Page(entries, Math.max(0, page), total[0], PAGE_SIZE);
	}

	/**
	 * @param overdue the due day has passed
	 */
	record Entry(UUID caseId, String householdName, int children, CaseStage stage, String myRole, String dueKind,
			LocalDate dueOn, boolean overdue) {
	}

	record Page(List<Entry> entries, int page, long total, int size) {

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

	}

}
