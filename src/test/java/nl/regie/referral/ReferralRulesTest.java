package nl.regie.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Referral aggregate's transitions and the fit rules, without Spring.
 */
class ReferralRulesTest {

	static final UUID ID = UUID.randomUUID();

	static final UUID MUNICIPALITY = UUID.randomUUID();

	static final UUID TEAM = UUID.randomUUID();

	static final UUID HOUSEHOLD = UUID.randomUUID();

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static final Screening FITS = new Screening(true, false, false, false, CoordinationOutcome.TEAM_COORDINATES, null,
			null);

	@ParameterizedTest(name = "{0} + {1} (team full: {2}) -> {3}")
	@CsvSource({ "RECEIVED,   ACCEPT,    false, ACCEPTED", "RECEIVED,   ACCEPT,    true,  WAITLISTED",
			"RECEIVED,   WAITLIST,  false, WAITLISTED", "RECEIVED,   DECLINE,   false, DECLINED",
			"WAITLISTED, ACCEPT,    true,  ACCEPTED", "WAITLISTED, DECLINE,   false, DECLINED",
			"WAITLISTED, WAITLIST,  false, ", "ACCEPTED,   ACCEPT,    false, ", "ACCEPTED,   DECLINE,   false, ",
			"DECLINED,   ACCEPT,    false, ", "HANDED_OVER, ACCEPT,   false, ", "DECLINED,   WAITLIST,  false, " })
	void transitionTable(ReferralStatus from, DecisionOutcome outcome, boolean teamFull, ReferralStatus to) {
		Referral referral = referral(from, FITS);
		Decision decision = new Decision(outcome, "Omdat", DeclineReason.OTHER, "Advies", null, null);
		if (to == null) {
			assertThatThrownBy(() -> referral.decide(decision, teamFull, TODAY)).isInstanceOf(StateConflict.class);
		}
		else {
			referral.decide(decision, teamFull, TODAY);
			assertThat(referral.status()).isEqualTo(to);
		}
	}

	@Test
	void acceptanceRaisesReferralAcceptedAndAFullTeamRaisesReferralWaitlisted() {
		Decision accept = new Decision(DecisionOutcome.ACCEPT, "Past", null, null, null, null);
		assertThat(decided(referral(ReferralStatus.RECEIVED, FITS), accept, false))
			.isEqualTo(new ReferralAccepted(ID, MUNICIPALITY, TEAM, HOUSEHOLD, TODAY));
		assertThat(decided(referral(ReferralStatus.RECEIVED, FITS), accept, true))
			.isEqualTo(new ReferralWaitlisted(ID, MUNICIPALITY, TEAM, HOUSEHOLD));
	}

	@Test
	void childSafetyConcernBlocksAcceptanceAndAllowsOnlyHandover() {
		Screening unsafe = new Screening(true, false, true, false, CoordinationOutcome.TEAM_COORDINATES, null, null);
		Decision accept = new Decision(DecisionOutcome.ACCEPT, "Toch", null, null, null, null);
		assertThatThrownBy(() -> referral(ReferralStatus.RECEIVED, unsafe).decide(accept, false, TODAY))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).problems().get(0).code())
			.isEqualTo("fit.childrenSafe.unmet");

		Referral referral = referral(ReferralStatus.RECEIVED, unsafe);
		assertThat(decided(referral,
				new Decision(DecisionOutcome.HAND_OVER, "Veiligheid", null, null, HandoverTarget.VEILIG_THUIS, null),
				false))
			.isInstanceOf(ReferralHandedOver.class);
	}

	@Test
	void handoverWithoutChildSafetyConcernIsRefused() {
		Decision handover = new Decision(DecisionOutcome.HAND_OVER, "Waarom", null, null, HandoverTarget.VEILIG_THUIS,
				null);
		assertThatThrownBy(() -> referral(ReferralStatus.RECEIVED, FITS).decide(handover, false, TODAY))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void decisionNeedsAReasonAndAScreening() {
		Decision withoutReason = new Decision(DecisionOutcome.ACCEPT, " ", null, null, null, null);
		assertThatThrownBy(() -> referral(ReferralStatus.RECEIVED, null).decide(withoutReason, false, TODAY))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).problems().stream().map(InvalidInput.FieldProblem::code).toList())
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly("decision.reason.missing", "decision.screeningFirst");
	}

	@Test
	void existingCareThatSufficesRulesOutAcceptance() {
		Screening sufficient = new Screening(true, false, false, false, CoordinationOutcome.EXISTING_CARE_SUFFICES,
				null, null);
		Decision accept = new Decision(DecisionOutcome.ACCEPT, "Toch", null, null, null, null);
		assertThatThrownBy(() -> referral(ReferralStatus.RECEIVED, sufficient).decide(accept, false, TODAY))
			.isInstanceOf(InvalidInput.class);
	}

	@ParameterizedTest(name = "{0} with a lead agency known: {1}, agreed by {2} -> {3}")
	@CsvSource({ "TEAM_COORDINATES,       false, ,       ",
			"TEAM_COORDINATES,       true,  ,       screening.coordination.leadAgencyHolds",
			"JOIN_LEAD_AGENCY,       false, K. Vos, screening.coordination.noLeadAgency",
			"JOIN_LEAD_AGENCY,       true,  ,       screening.coordination.agreedByMissing",
			"JOIN_LEAD_AGENCY,       true,  K. Vos, ", "EXISTING_CARE_SUFFICES, true,  ,       " })
	void coordinationCheckFollowsTheInvolvementRegister(CoordinationOutcome outcome, boolean leadAgencyKnown,
			String agreedBy, String refusal) {
		Referral referral = referral(ReferralStatus.RECEIVED, null);
		Screening screening = new Screening(true, false, false, false, outcome, agreedBy, null);
		if (refusal == null) {
			referral.screen(screening, leadAgencyKnown);
			assertThat(referral.screening()).contains(screening);
		}
		else {
			assertThatThrownBy(() -> referral.screen(screening, leadAgencyKnown)).isInstanceOf(InvalidInput.class)
				.extracting(e -> ((InvalidInput) e).problems().get(0).code())
				.isEqualTo(refusal);
		}
	}

	@ParameterizedTest(name = "several domains {0}, crisis {1}, child safety {2}, compulsory care {3} -> {4}")
	@CsvSource({ "true,  false, false, false, ''", "false, false, false, false, severalLifeDomains",
			"true,  true,  false, false, noAcuteCrisis", "true,  false, true,  false, childrenSafe",
			"true,  false, false, true,  noExcludingCompulsoryCare",
			"false, true,  true,  true,  severalLifeDomains noAcuteCrisis childrenSafe noExcludingCompulsoryCare" })
	void fitRulesNameWhatIsNotMet(boolean several, boolean crisis, boolean childSafety, boolean compulsory,
			String unmet) {
		Screening screening = new Screening(several, crisis, childSafety, compulsory,
				CoordinationOutcome.TEAM_COORDINATES, null, null);
		assertThat(String.join(" ", FitRules.unmetBy(screening).stream().map(FitRule::code).toList())).isEqualTo(unmet);
	}

	private static Referral referral(ReferralStatus status, Screening screening) {
		return new Referral(ID, MUNICIPALITY, TEAM, HOUSEHOLD, status, 0, screening);
	}

	/** Decides and returns the one event the decision raised. */
	private static ReferralEvent decided(Referral referral, Decision decision, boolean teamFull) {
		referral.decide(decision, teamFull, TODAY);
		List<ReferralEvent> events = referral.takeEvents();
		assertThat(events).hasSize(1);
		return events.get(0);
	}

}
