package nl.regie.casefile;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.TeamRoster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My cases", the case manager's landing page: the cases where the signed-in person is
 * case manager, second visitor or backup (and, in follow-up watch, the former case
 * manager), each with the next thing due, most urgent first. One query per page, paged,
 * whatever the number of cases or the modules that add due items ({@link CaseDueItems});
 * the other things due on a case are listed with it.
 */
@Service
class MyCasesQuery {

	static final int PAGE_SIZE = 20;

	private final CaseDueQueries due;

	private final TeamRoster roster;

	private final CaseAccessPolicy access;

	private final Clock clock;

	private final String sql;

	MyCasesQuery(CaseDueQueries due, TeamRoster roster, CaseAccessPolicy access, Clock clock) {
		this.due = due;
		this.roster = roster;
		this.access = access;
		this.clock = clock;
		this.sql = """
				select c.id, c.stage, l.name, l.children,
				       case when c.case_manager_id in (:members) then 'CASE_MANAGER'
				            when c.second_visitor_id in (:members) then 'SECOND_VISITOR' else 'BACKUP' end as my_role,
				       due.kind, due.due_on, due.also_due, count(*) over () as total
				from case_file c
				join household_label l on l.household_id = c.household_id
				%s
				left join lateral (select (array_agg(kind order by due_on, kind))[1] as kind, min(due_on) as due_on,
				                          (array_agg(kind order by due_on, kind))[2:] as also_due
				                   from (%s) as items(kind, due_on) where due_on is not null) due on true
				where c.team_id = :team and c.stage in ('OUTREACH', 'ACTIVE', 'CLOSING', 'FOLLOW_UP')
				  and (c.case_manager_id in (:members) or c.second_visitor_id in (:members) or c.backup_id in (:members))
				order by due.due_on nulls last, c.id
				limit :limit offset :offset"""
			.formatted(CaseDueQueries.THRESHOLDS, due.items());
	}

	@Transactional(readOnly = true)
	Page of(CurrentUser user, int page) {
		access.myCases(user).orRefuse();
		List<UUID> members = roster.memberIdsOf(user.teamId(), user.username());
		if (members.isEmpty()) {
			return new Page(List.of(), 0, 0, PAGE_SIZE);
		}
		LocalDate today = LocalDate.now(clock);
		long[] total = { 0 };
		List<Entry> entries = due.statement(sql, today)
			.param("members", members)
			.param("team", user.teamId())
			.param("limit", PAGE_SIZE)
			.param("offset", Math.max(0, page) * PAGE_SIZE)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				Array also = rs.getArray("also_due");
				return new Entry(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("children"),
						CaseStage.valueOf(rs.getString("stage")), rs.getString("my_role"), rs.getString("kind"), due,
						due != null && due.isBefore(today),
						also == null ? List.of() : List.of((String[]) also.getArray()));
			})
			.list();
		return new Page(entries, Math.max(0, page), total[0], PAGE_SIZE);
	}

	/**
	 * @param overdue the due day has passed
	 * @param alsoDue the kinds of the other things due on the case, soonest first
	 */
	record Entry(UUID caseId, String householdName, int children, CaseStage stage, String myRole, String dueKind,
			LocalDate dueOn, boolean overdue, List<String> alsoDue) {
	}

	record Page(List<Entry> entries, int page, long total, int size) {

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

	}

}
