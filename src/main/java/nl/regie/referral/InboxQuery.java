package nl.regie.referral;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.regie.assessment.LifeDomains;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.input.Paging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's referral inbox. One query per page, life domains aggregated in it, so the
 * inbox costs the same for 10 or 10,000 referrals. Filters by status, referrer type, area
 * and waiting time; counts per status and signals referrals that wait too long.
 */
@Service
class InboxQuery {

	static final int PAGE_SIZE = 25;

	/** Still waiting for the team: not decided yet, or on the waitlist. */
	static final Set<ReferralStatus> WAITING = EnumSet.of(ReferralStatus.RECEIVED, ReferralStatus.WAITLISTED);

	/**
	 * The household by its first member: a parent if there is one, else the oldest; and
	 * how many members there are besides.
	 */
	static final String HOUSEHOLD_NAME = """
			(select m.given_name || ' ' || m.family_name from household_member m where m.household_id = r.household_id
			 order by (m.relation = 'PARENT') desc nulls last, m.date_of_birth, m.id limit 1) as household_name,
			(select count(*) - 1 from household_member m where m.household_id = r.household_id) as other_members,
			(select h.postcode from household h where h.id = r.household_id) as postcode""";

	private final JdbcClient jdbc;

	private final LifeDomains lifeDomains;

	private final Clock clock;

	private final int waitingSignalDays;

	private final ReferralAccessPolicy access;

	InboxQuery(JdbcClient jdbc, LifeDomains lifeDomains, Clock clock,
			@Value("${regie.referral.waiting-signal-days}") int waitingSignalDays, ReferralAccessPolicy access) {
		this.access = access;
		this.jdbc = jdbc;
		this.lifeDomains = lifeDomains;
		this.clock = clock;
		this.waitingSignalDays = waitingSignalDays;
	}

	/** Read-write: the audit entries of the households shown are written with it. */
	@Transactional
	InboxPage page(CurrentUser user, InboxFilter filter, int page) {
		access.inbox(user).orRefuse();
		UUID teamId = user.teamId();
		int safePage = Paging.page(page);
		LocalDate today = LocalDate.now(clock);
		LocalDate receivedBefore = filter.waitingLongerThanDays() == null ? null
				: today.minusDays(filter.waitingLongerThanDays());
		Where where = Where.of(teamId, filter, receivedBefore);
		// The message look-up names the team as a constant: it is then answered from the
		// team's unsent messages (index referrer_message_open), never from those of the
		// whole installation, whichever way PostgreSQL plans it (BENCHMARKS.md, inbox).
		List<InboxEntry> entries = jdbc.sql("""
				select r.id, r.household_id, r.received_on, r.referrer_type, r.referrer_organisation, r.referrer_name,
				       r.status, r.open_case_at_intake, %s,
				       array(select d.life_domain from referral_life_domain d where d.referral_id = r.id) as domains,
				       exists (select 1 from referrer_message m
				               where m.team_id = :team and m.referral_id = r.id and m.sent_at is null)
				           as referrer_to_inform
				from referral r
				where %s
				order by r.received_on desc, r.id
				limit :limit offset :offset""".formatted(HOUSEHOLD_NAME, where.sql()))
			.paramSource(
					where.params().addValue("limit", PAGE_SIZE).addValue("offset", Paging.offset(safePage, PAGE_SIZE)))
			.query((rs, n) -> entry(rs, today))
			.list();
		access.householdsListed(user, entries.stream().map(InboxEntry::householdId).distinct().toList(), "inbox");
		long total = jdbc.sql("select count(*) from referral r where " + where.sql())
			.paramSource(Where.of(teamId, filter, receivedBefore).params())
			.query(Long.class)
			.single();
		long referrersToInform = jdbc
			.sql("select count(distinct referral_id) from referrer_message where team_id = :team and sent_at is null")
			.param("team", teamId)
			.query(Long.class)
			.single();
		Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
		jdbc.sql("select status, count(*) as n from referral where team_id = :team group by status")
			.param("team", teamId)
			.query((rs, n) -> counts.put(ReferralStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		long waitingTooLong = jdbc.sql("""
				select count(*) from referral
				where team_id = :team and status in ('RECEIVED', 'WAITLISTED') and received_on < :signal""")
			.param("team", teamId)
			.param("signal", today.minusDays(waitingSignalDays))
			.query(Long.class)
			.single();
		return new InboxPage(entries, safePage, PAGE_SIZE, total, referrersToInform, counts, waitingTooLong,
				waitingSignalDays);
	}

	/**
	 * The WHERE clause of the chosen filters only: a catch-all
	 * {@code (:x is null or col = :x)} for every filter would make one plan serve every
	 * combination, and PostgreSQL cannot use an index on a column whose condition may be
	 * switched off.
	 */
	private record Where(String sql, MapSqlParameterSource params) {

		static Where of(UUID teamId, InboxFilter filter, LocalDate receivedBefore) {
			List<String> conditions = new ArrayList<>(List.of("r.team_id = :team"));
			MapSqlParameterSource params = new MapSqlParameterSource("team", teamId);
			if (filter.status() != null) {
				conditions.add("r.status = :status");
				params.addValue("status", filter.status().name());
			}
			if (filter.referrerType() != null) {
				conditions.add("r.referrer_type = :type");
				params.addValue("type", filter.referrerType().name());
			}
			if (filter.area() != null) {
				conditions.add("r.area_id = :area");
				params.addValue("area", filter.area());
			}
			if (receivedBefore != null) {
				conditions.add("r.status in ('RECEIVED', 'WAITLISTED') and r.received_on < :before");
				params.addValue("before", receivedBefore);
			}
			if (filter.household() != null) {
				conditions.add("r.household_id = :household");
				params.addValue("household", filter.household());
			}
			return new Where(String.join(" and ", conditions), params);
		}

	}

	private InboxEntry entry(ResultSet rs, LocalDate today) throws SQLException {
		ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
		LocalDate received = rs.getObject("received_on", LocalDate.class);
		Long waitingDays = WAITING.contains(status) ? ChronoUnit.DAYS.between(received, today) : null;
		return new InboxEntry(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getString("household_name"), rs.getInt("other_members"), rs.getString("postcode"), received,
				ReferrerType.valueOf(rs.getString("referrer_type")), rs.getString("referrer_organisation"),
				rs.getString("referrer_name"), lifeDomains.inMatrixOrder(codes(rs.getArray("domains"))), status,
				rs.getBoolean("referrer_to_inform"), waitingDays,
				waitingDays != null && waitingDays > waitingSignalDays, rs.getBoolean("open_case_at_intake"));
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
