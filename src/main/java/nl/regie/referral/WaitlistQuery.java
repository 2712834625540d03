package nl.regie.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's waitlist, heaviest problems first: acute signals (urgent), then children in
 * the household, then the number of life domains, and within those the longest wait
 * first.
 */
@Service
class WaitlistQuery {

	private final JdbcClient jdbc;

	private final TeamCapacity capacity;

	private final Clock clock;

	private final ReferralAccessPolicy access;

	WaitlistQuery(JdbcClient jdbc, TeamCapacity capacity, Clock clock, ReferralAccessPolicy access) {
		this.access = access;
		this.jdbc = jdbc;
		this.capacity = capacity;
		this.clock = clock;
	}

	/** Read-write: the audit entries of the households shown are written with it. */
	@Transactional
	View of(CurrentUser user) {
		access.inbox(user).orRefuse();
		UUID teamId = user.teamId();
		LocalDate today = LocalDate.now(clock);
		List<Entry> entries = jdbc
			.sql("""
					select r.id, r.household_id, r.received_on, r.referrer_type, r.urgency, r.children_at_intake, %s,
					       (select count(*) from referral_life_domain d where d.referral_id = r.id) as domains
					from referral r
					where r.team_id = :team and r.status = 'WAITLISTED'
					order by (r.urgency = 'URGENT') desc, (r.children_at_intake > 0) desc, domains desc, r.received_on, r.id"""
				.formatted(InboxQuery.HOUSEHOLD_NAME))
			.param("team", teamId)
			.query((rs, n) -> {
				LocalDate received = rs.getObject("received_on", LocalDate.class);
				return new Entry(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
						rs.getString("household_name"), rs.getInt("other_members"), rs.getString("postcode"), received,
						ChronoUnit.DAYS.between(received, today), ReferrerType.valueOf(rs.getString("referrer_type")),
						Urgency.valueOf(rs.getString("urgency")), rs.getInt("children_at_intake"),
						rs.getInt("domains"));
			})
			.list();
		access.householdsListed(user, entries.stream().map(Entry::householdId).distinct().toList(), "waitlist");
		return new View(entries, capacity.of(teamId));
	}

	record View(List<Entry> entries, TeamCapacity.Capacity capacity) {
	}

	record Entry(UUID id, UUID householdId, String householdName, int otherMembers, String postcode,
			LocalDate receivedOn, long waitingDays, ReferrerType referrerType, Urgency urgency, int children,
			int lifeDomains) {
	}

}
