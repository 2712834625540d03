package nl.regie.referral;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the case file needs to know of the referrals that opened its cases: when, by whom,
 * why and on which life domains. One query for any number of referrals. Callers check who
 * may see it (the case file's access policy does).
 */
@Service
public class ReferralSummaries {

	private final JdbcClient jdbc;

	ReferralSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<UUID, Summary> of(Collection<UUID> referralIds) {
		if (referralIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select r.id, r.received_on, r.referrer_type, r.referrer_organisation, r.referrer_name,
				       r.referrer_contact, r.reason,
				       array(select d.life_domain from referral_life_domain d where d.referral_id = r.id) as domains
				from referral r where r.id in (:ids)""")
			.param("ids", referralIds)
			.query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getObject("received_on", LocalDate.class),
					ReferrerType.valueOf(rs.getString("referrer_type")), rs.getString("referrer_organisation"),
					rs.getString("referrer_name"), rs.getString("referrer_contact"), rs.getString("reason"),
					codes(rs.getArray("domains"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Summary::referralId, Function.identity()));
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/**
	 * @param lifeDomains life-domain codes of the referral
	 */
	public record Summary(UUID referralId, LocalDate receivedOn, ReferrerType referrerType, String referrerOrganisation,
			String referrerName, String referrerContact, String reason, List<String> lifeDomains) {

		/**
		 * Who referred, as the team says it: the organisation, or else the kind of
		 * referrer.
		 */
		public String referredBy() {
			return referrerOrganisation != null && !referrerOrganisation.isBlank() ? referrerOrganisation
					: referrerName;
		}

	}

}
