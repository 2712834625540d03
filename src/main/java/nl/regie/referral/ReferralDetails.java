package nl.regie.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;
import nl.regie.household.HouseholdView;
import nl.regie.household.Involvement;

/**
 * Everything the screening screen shows about one referral, with what Regie can pre-fill.
 *
 * @param childrenInHousehold pre-fills the child-safety question's context
 * @param screenedAt when the screening was recorded; {@code null} before
 * @param referrerLanguage the language of the messages to the referrer
 * @param today the day the page is shown, for the members' ages
 */
record ReferralDetails(UUID id, int version, ReferralStatus status, LocalDate receivedOn, ReferrerType referrerType,
		String referrerOrganisation, String referrerName, String referrerContact, String reason, Urgency urgency,
		List<LifeDomain> lifeDomains, String areaName, boolean openCaseAtIntake, boolean householdKnows,
		boolean householdAgrees, boolean consentToInformReferrer, HouseholdView household, long childrenInHousehold,
		List<Involvement> involvements, Screening screening, List<Decision> decisions, Instant screenedAt,
		LetterLanguage referrerLanguage, LocalDate today) {

	/** The screening of a referral decided on: its story, shown read-only. */
	public boolean decided() {
		return status != ReferralStatus.RECEIVED;
	}

	/**
	 * The fit rules not met: by the recorded screening, or before it by what Regie could
	 * pre-fill.
	 */
	public List<FitRule> unmetFitRules() {
		return FitRules.unmetBy(screeningForm().toScreening());
	}

	public Involvement leadAgency() {
		return involvements.stream().filter(Involvement::leadAgency).findFirst().orElse(null);
	}

	public boolean undecided() {
		return status == ReferralStatus.RECEIVED;
	}

	public boolean waitlisted() {
		return status == ReferralStatus.WAITLISTED;
	}

	/** Before screening: what Regie can tell from the referral itself. */
	public ScreeningForm screeningForm() {
		if (screening != null) {
			return ScreeningForm.of(screening);
		}
		return new ScreeningForm(lifeDomains.size() >= 2, false, false, false,
				leadAgency() == null ? CoordinationOutcome.TEAM_COORDINATES : CoordinationOutcome.JOIN_LEAD_AGENCY,
				null, null);
	}

	record Decision(DecisionOutcome outcome, ReferralStatus resultingStatus, String reason, DeclineReason declineReason,
			String advice, HandoverTarget handoverTo, String referrerMessage, String decidedBy, Instant decidedAt) {
	}

}
