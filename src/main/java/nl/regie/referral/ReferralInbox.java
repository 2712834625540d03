package nl.regie.referral;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomains;
import nl.regie.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's referral inbox. One query per page, life domains aggregated in it, so the
 * inbox costs the same for 10 or 10,000 referrals.
 */
@Service
class ReferralInbox {

	static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	private final LifeDomains lifeDomains;

	ReferralInbox(JdbcClient jdbc, LifeDomains lifeDomains) {
		this.jdbc = jdbc;
		this.lifeDomains = lifeDomains;
	}

	@Transactional(readOnly = true)
	InboxPage page(CurrentUser user, int page) {
		UUID teamId = ReferralAccessPolicy.requireInboxOf(user);
		int safePage = Math.max(page, 0);
		List<InboxEntry> entries = jdbc.sql("""
				select r.id, r.received_on, r.referrer_type, r.referrer_organisation, r.referrer_name, r.status,
				       array(select d.life_domain from referral_life_domain d where d.referral_id = r.id) as domains,
				       exists (select 1 from referrer_message m where m.referral_id = r.id and m.sent_at is null)
				           as referrer_to_inform
				from referral r
				where r.team_id = :team
				order by r.received_on desc, r.id
				limit :limit offset :offset""")
			.param("team", teamId)
			.param("limit", PAGE_SIZE)
			.param("offset", safePage * PAGE_SIZE)
			.query((rs, n) -> entry(rs))
			.list();
		long total = jdbc.sql("select count(*) from referral where team_id = :team")
			.param("team", teamId)
			.query(Long.class)
			.single();
		long referrersToInform = jdbc
			.sql("select count(distinct referral_id) from referrer_message where team_id = :team and sent_at is null")
			.param("team", teamId)
			.query(Long.class)
			.single();
		return new InboxPage(entries, safePage, PAGE_SIZE, total, referrersToInform);
	}

	private InboxEntry entry(ResultSet rs) throws SQLException {
		return new InboxEntry(rs.getObject("id", UUID.class), rs.getObject("received_on", java.time.LocalDate.class),
				ReferrerType.valueOf(rs.getString("referrer_type")), rs.getString("referrer_organisation"),
				rs.getString("referrer_name"), lifeDomains.inMatrixOrder(codes(rs.getArray("domains"))),
				ReferralStatus.valueOf(rs.getString("status")), rs.getBoolean("referrer_to_inform"));
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
