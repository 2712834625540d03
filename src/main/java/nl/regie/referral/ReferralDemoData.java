package nl.regie.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.regie.household.MemberRelation;
import nl.regie.identity.CurrentUser;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part of the demo data ({@code demo} profile only). Demo referrals take
 * the real path — intake, screening, decision — so their households, events and cases
 * come out exactly as in use; only their dates are moved back afterwards.
 */
@Component
@Profile("demo")
@Transactional(propagation = Propagation.MANDATORY)
public class ReferralDemoData {

	private final ReferralIntakeManagement intakes;

	private final ScreeningManagement decisions;

	private final Referrals referrals;

	private final ReferrerMessageManagement referrerMessages;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReferralDemoData(ReferralIntakeManagement intakes, ScreeningManagement decisions, Referrals referrals,
			ReferrerMessageManagement referrerMessages, JdbcClient jdbc, Clock clock) {
		this.referrerMessages = referrerMessages;
		this.intakes = intakes;
		this.decisions = decisions;
		this.referrals = referrals;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the referral, about a new household
	 */
	public UUID refer(CurrentUser recordedBy, List<Member> members, String postcode, String houseNumber,
			ReferrerType referrerType, String referrerOrganisation, String referrerName, String reason,
			List<String> lifeDomains, String urgency) {
		ReferralIntake intake = new ReferralIntake(
				new ReferralIntake.Referrer(referrerType, referrerOrganisation, referrerName, "020 555 0100",
						LetterLanguage.NL),
				new ReferralIntake.Household(postcode, houseNumber, null, members(members)), null, reason, lifeDomains,
				Urgency.valueOf(urgency), true, true, false, null, true);
		return intakes.register(recordedBy, intake);
	}

	/**
	 * The demo households' members with their relation: children are under 18, the first
	 * adult is a parent when there are children, a second adult the partner.
	 */
	private List<ReferralIntake.Member> members(List<Member> members) {
		LocalDate today = LocalDate.now(clock);
		boolean children = members.stream().anyMatch(m -> m.dateOfBirth().isAfter(today.minusYears(18)));
		List<ReferralIntake.Member> result = new ArrayList<>();
		int adults = 0;
		for (Member m : members) {
			MemberRelation relation;
			if (m.dateOfBirth().isAfter(today.minusYears(18))) {
				relation = MemberRelation.CHILD;
			}
			else {
				adults++;
				relation = adults == 1 ? (children ? MemberRelation.PARENT : MemberRelation.OTHER)
						: adults == 2 ? MemberRelation.PARTNER : MemberRelation.OTHER;
			}
			result.add(new ReferralIntake.Member(m.givenName(), m.familyName(), m.dateOfBirth(), null, relation));
		}
		return result;
	}

	public void involved(CurrentUser recordedBy, UUID referral, String organisation, String professional, String role,
			boolean leadAgency) {
		decisions.recordInvolvement(recordedBy, referral,
				new InvolvementForm(organisation, professional, role, null, leadAgency));
	}

	/** Screens the referral and decides so that it ends in the status. */
	public void decide(CurrentUser teamLeader, UUID referral, ReferralStatus status) {
		boolean handOver = status == ReferralStatus.HANDED_OVER;
		boolean severalLifeDomains = jdbc.sql("select count(*) > 1 from referral_life_domain where referral_id = :r")
			.param("r", referral)
			.query(Boolean.class)
			.single();
		decisions.screen(teamLeader, referral, new ScreeningForm(severalLifeDomains, false, handOver, false,
				CoordinationOutcome.TEAM_COORDINATES, null, null));
		int version = referrals.find(referral).orElseThrow().version();
		decisions.decide(teamLeader, referral, decisionFor(status, version));
	}

	/** The household the referral is about. */
	public UUID householdOf(UUID referral) {
		return jdbc.sql("select household_id from referral where id = :r")
			.param("r", referral)
			.query(UUID.class)
			.single();
	}

	/** The team told the referrer what became of the referral, as it prepared. */
	public void referrerInformed(CurrentUser by, UUID referral) {
		referrerMessages.of(by, referral)
			.stream()
			.filter(message -> message.sentAt() == null)
			.forEach(message -> referrerMessages.markSent(by, referral, message.id(), SendMethod.COPY));
	}

	/**
	 * Moves the referral back in time: received {@code daysAgo}, screened a day and
	 * decided (and the referrer told) two days after.
	 */
	public void receivedDaysAgo(UUID referral, int daysAgo) {
		LocalDate received = LocalDate.now(clock).minusDays(daysAgo);
		jdbc.sql("update referral set received_on = :d, created_at = :at where id = :r")
			.param("d", received)
			.param("at", at(received))
			.param("r", referral)
			.update();
		jdbc.sql("update referral_screening set screened_at = :at where referral_id = :r")
			.param("at", at(received.plusDays(1)))
			.param("r", referral)
			.update();
		jdbc.sql("update referral_decision set decided_at = :at where referral_id = :r")
			.param("at", at(received.plusDays(2)))
			.param("r", referral)
			.update();
		jdbc.sql(
				"update referrer_message set prepared_at = :at, sent_at = :at where referral_id = :r and sent_at is not null")
			.param("at", at(received.plusDays(2)))
			.param("r", referral)
			.update();
	}

	private Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(9, 0).atZone(clock.getZone()).toInstant());
	}

	private static DecisionForm decisionFor(ReferralStatus status, int version) {
		return switch (status) {
			case ACCEPTED -> new DecisionForm(version, DecisionOutcome.ACCEPT,
					"Meerdere leefgebieden, niemand heeft de regie.", null, null, null, null);
			case WAITLISTED -> new DecisionForm(version, DecisionOutcome.WAITLIST,
					"Past bij het team; het team zit vol.", null, null, null, null);
			case DECLINED -> new DecisionForm(version, DecisionOutcome.DECLINE, "Eén leefgebied: eenzaamheid.",
					DeclineReason.SINGLE_LIFE_DOMAIN, "Buurtkamer en maatje via Buurtnetwerk Slotermeer.", null, null);
			case HANDED_OVER -> new DecisionForm(version, DecisionOutcome.HAND_OVER,
					"Zorgen om de veiligheid van het kind.", null, null, HandoverTarget.VEILIG_THUIS, null);
			case RECEIVED -> throw new IllegalArgumentException("a received referral has no decision yet");
		};
	}

	/** A member of a demo household. */
	public record Member(String givenName, String familyName, LocalDate dateOfBirth) {
	}

}
