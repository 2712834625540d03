package nl.regie.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.RosterMember;
import nl.regie.organisation.TeamPosition;
import nl.regie.organisation.TeamRoster;
import nl.regie.referral.CapacityNorms;
import nl.regie.referral.ReferralSummaries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team leader's caseload overview: per worker the cases by stage, hours from the home
 * organisation and load (cases per FTE against the team's norm); per team capacity, open
 * cases, waitlist, inflow and outflow this month; and the expertise the team lacks for
 * its current cases. Counts only, no household data.
 */
@Service
class CaseloadQuery {

	private final JdbcClient jdbc;

	private final TeamRoster roster;

	private final CapacityNorms norms;

	private final ReferralSummaries referrals;

	private final CaseAccessPolicy access;

	private final Clock clock;

	CaseloadQuery(JdbcClient jdbc, TeamRoster roster, CapacityNorms norms, ReferralSummaries referrals,
			CaseAccessPolicy access, Clock clock) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.norms = norms;
		this.referrals = referrals;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	View of(CurrentUser user) {
		access.caseload(user).orRefuse();
		UUID teamId = user.teamId();
		LocalDate monthStart = LocalDate.now(clock).withDayOfMonth(1);
		Map<UUID, int[]> byMember = new HashMap<>();
		jdbc.sql("""
				select case_manager_id,
				       count(*) filter (where stage = 'OUTREACH' and not exists
				           (select 1 from contact_attempt a where a.case_id = c.id)) as awaiting_visit,
				       count(*) filter (where stage = 'OUTREACH' and exists
				           (select 1 from contact_attempt a where a.case_id = c.id)) as outreach,
				       count(*) filter (where stage = 'ACTIVE') as active,
				       count(*) filter (where stage = 'CLOSING') as closing,
				       count(*) filter (where stage = 'FOLLOW_UP') as follow_up
				from case_file c where team_id = :t and case_manager_id is not null group by case_manager_id""")
			.param("t", teamId)
			.query(rs -> {
				byMember.put(rs.getObject(1, UUID.class),
						new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6) });
			});
		BigDecimal perFte = norms.maxCasesPerFte(teamId);
		List<RosterMember> members = roster.members(teamId);
		List<Worker> workers = new ArrayList<>();
		int capacity = 0;
		for (RosterMember member : members) {
			if (member.position() != TeamPosition.CORE) {
				continue;
			}
			int[] counts = byMember.getOrDefault(member.id(), new int[5]);
			BigDecimal hours = member.hoursPerWeek() == null ? BigDecimal.ZERO : member.hoursPerWeek();
			BigDecimal fte = hours.divide(CapacityNorms.hoursPerFte(), 2, RoundingMode.HALF_UP);
			int open = counts[0] + counts[1] + counts[2] + counts[3];
			int norm = fte.multiply(perFte).setScale(0, RoundingMode.FLOOR).intValue();
			capacity += norm;
			BigDecimal perFteNow = fte.signum() == 0 ? BigDecimal.ZERO
					: BigDecimal.valueOf(open).divide(fte, 1, RoundingMode.HALF_UP);
			int percent = norm == 0 ? 0 : open * 100 / norm;
			workers.add(new Worker(member.name(), member.homeOrganisation(), member.discipline(), hours, counts[0],
					counts[1], counts[2], counts[3], counts[4], open, norm, perFteNow, percent));
		}
		Team team = jdbc.sql("""
				select count(*) filter (where stage in ('AWAITING_ASSIGNMENT', 'OUTREACH', 'ACTIVE', 'CLOSING')),
				       count(*) filter (where opened_on >= :month),
				       count(*) filter (where closed_on >= :month)
				from case_file where team_id = :t""")
			.param("t", teamId)
			.param("month", monthStart)
			.query((rs, n) -> new Team(0, rs.getInt(1), 0, rs.getInt(2), rs.getInt(3), perFte))
			.single();
		team = new Team(capacity, team.openCases(), norms.waitlisted(teamId), team.inflow(), team.outflow(), perFte);
		return new View(workers, team, lackingExpertise(teamId, members));
	}

	/**
	 * Life domains (and youth) of the team's open cases that no core-team member knows.
	 */
	private List<String> lackingExpertise(UUID teamId, List<RosterMember> members) {
		List<Object[]> open = jdbc
			.sql("""
					select c.referral_id, l.children from case_file c join household_label l on l.household_id = c.household_id
					where c.team_id = :t and c.stage in ('AWAITING_ASSIGNMENT', 'OUTREACH', 'ACTIVE', 'CLOSING')""")
			.param("t", teamId)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getInt(2) })
			.list();
		Set<String> needed = new HashSet<>();
		referrals.of(open.stream().map(row -> (UUID) row[0]).toList())
			.values()
			.forEach(summary -> needed.addAll(summary.lifeDomains()));
		if (open.stream().anyMatch(row -> (Integer) row[1] > 0)) {
			needed.add(Expertise.YOUTH);
		}
		Set<String> present = new HashSet<>();
		members.stream()
			.filter(member -> member.position() == TeamPosition.CORE)
			.map(Expertise::of)
			.forEach(present::addAll);
		Set<String> lacking = new TreeSet<>(needed);
		lacking.removeAll(present);
		return lacking.stream().toList();
	}

	record View(List<Worker> workers, Team team, List<String> lackingExpertise) {
	}

	/**
	 * @param load open cases as a percentage of the member's norm
	 */
	record Worker(String name, String homeOrganisation, String discipline, BigDecimal hoursPerWeek,
			int awaitingFirstVisit, int outreach, int active, int closing, int followUp, int open, int norm,
			BigDecimal casesPerFte, int load) {

		public boolean overloaded() {
			return load > 100;
		}

	}

	record Team(int capacity, int openCases, int waitlisted, int inflow, int outflow, BigDecimal maxCasesPerFte) {
	}

}
