package nl.regie.referral;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomains;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.household.InvolvementRegister;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one referral for the screening screen and the API, after checking access.
 */
@Service
class ReferralDetailsQuery {

	private final JdbcClient jdbc;

	private final Referrals referrals;

	private final Households households;

	private final InvolvementRegister involvements;

	private final LifeDomains lifeDomains;

	private final ReferralAccessPolicy access;

	private final Clock clock;

	ReferralDetailsQuery(JdbcClient jdbc, Referrals referrals, Households households, InvolvementRegister involvements,
			LifeDomains lifeDomains, ReferralAccessPolicy access, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.referrals = referrals;
		this.households = households;
		this.involvements = involvements;
		this.lifeDomains = lifeDomains;
		this.clock = clock;
	}

	/** Read-write: the audit entry of the household read is written with it. */
	@Transactional
	ReferralDetails details(CurrentUser user, UUID id) {
		Referral referral = referrals.find(id).orElseThrow(NotFound::new);
		access.readHousehold(user, referral, "referral");
		HouseholdView household = households.find(referral.municipalityId(), referral.householdId()).orElseThrow();
		Screening screening = referral.screening().orElse(null);
		return jdbc.sql("""
				select r.received_on, r.referrer_type, r.referrer_organisation, r.referrer_name, r.referrer_contact,
				       r.reason, r.urgency, a.name as area_name, r.open_case_at_intake, r.household_knows,
				       r.household_agrees, r.consent_inform_referrer, r.referrer_language, s.screened_at,
				       array(select d.life_domain from referral_life_domain d where d.referral_id = r.id) as domains
				from referral r left join area a on a.id = r.area_id
				left join referral_screening s on s.referral_id = r.id
				where r.id = :id""")
			.param("id", id)
			.query((rs, n) -> new ReferralDetails(id, referral.version(), referral.status(),
					rs.getObject("received_on", LocalDate.class), ReferrerType.valueOf(rs.getString("referrer_type")),
					rs.getString("referrer_organisation"), rs.getString("referrer_name"),
					rs.getString("referrer_contact"), rs.getString("reason"), Urgency.valueOf(rs.getString("urgency")),
					lifeDomains.inMatrixOrder(codes(rs.getArray("domains"))), rs.getString("area_name"),
					rs.getBoolean("open_case_at_intake"), rs.getBoolean("household_knows"),
					rs.getBoolean("household_agrees"), rs.getBoolean("consent_inform_referrer"), household,
					household.childrenOn(LocalDate.now(clock)),
					involvements.of(referral.municipalityId(), referral.householdId()), screening, decisions(id),
					rs.getTimestamp("screened_at") == null ? null : rs.getTimestamp("screened_at").toInstant(),
					LetterLanguage.of(rs.getString("referrer_language")), LocalDate.now(clock)))
			.single();
	}

	private List<ReferralDetails.Decision> decisions(UUID id) {
		return jdbc.sql("""
				select d.outcome, d.resulting_status, d.reason, d.decline_reason, d.advice, d.handover_to,
				       d.referrer_message, d.decided_by_name, d.decided_at
				from referral_decision d
				where d.referral_id = :id order by d.decided_at""")
			.param("id", id)
			.query((rs, n) -> new ReferralDetails.Decision(DecisionOutcome.valueOf(rs.getString("outcome")),
					ReferralStatus.valueOf(rs.getString("resulting_status")), rs.getString("reason"),
					rs.getString("decline_reason") == null ? null
							: DeclineReason.valueOf(rs.getString("decline_reason")),
					rs.getString("advice"),
					rs.getString("handover_to") == null ? null : HandoverTarget.valueOf(rs.getString("handover_to")),
					rs.getString("referrer_message"), rs.getString("decided_by_name"),
					rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
