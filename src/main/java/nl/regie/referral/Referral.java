package nl.regie.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.StateConflict;

/**
 * A referral on its way from screening to decision. The transitions are guarded here, so
 * the screens and the API cannot take a path the method does not allow; each one raises a
 * past-tense event, which the application service publishes after saving.
 */
final class Referral {

	private final UUID id;

	private final UUID municipalityId;

	private final UUID teamId;

	private final UUID householdId;

	private final int version;

	private ReferralStatus status;

	private Screening screening;

	private ReferralFacts facts;

	private final List<ReferralEvent> events = new ArrayList<>();

	Referral(UUID id, UUID municipalityId, UUID teamId, UUID householdId, ReferralStatus status, int version,
			Screening screening) {
		this.id = id;
		this.municipalityId = municipalityId;
		this.teamId = teamId;
		this.householdId = householdId;
		this.status = status;
		this.version = version;
		this.screening = screening;
	}

	/**
	 * A new referral for the team, about a household Regie found again or registered.
	 */
	static Referral receive(UUID municipalityId, UUID teamId, UUID householdId, ReferralFacts facts) {
		Referral referral = new Referral(UUID.randomUUID(), municipalityId, teamId, householdId,
				ReferralStatus.RECEIVED, 0, null);
		referral.facts = facts;
		referral.events.add(new ReferralReceived(referral.id, municipalityId, teamId, householdId));
		return referral;
	}

	/**
	 * Records the screening. Who coordinates must match the involvement register: with a
	 * lead agency the team cannot simply take coordination, and joining needs the name of
	 * whoever at the lead agency agreed.
	 */
	void screen(Screening answered, boolean leadAgencyKnown) {
		if (status != ReferralStatus.RECEIVED) {
			throw new StateConflict("referral.alreadyDecided");
		}
		CoordinationOutcome outcome = answered.coordinationOutcome();
		if (outcome == CoordinationOutcome.TEAM_COORDINATES && leadAgencyKnown) {
			throw InvalidInput.of("coordinationOutcome", "screening.coordination.leadAgencyHolds");
		}
		if (outcome == CoordinationOutcome.JOIN_LEAD_AGENCY && !leadAgencyKnown) {
			throw InvalidInput.of("coordinationOutcome", "screening.coordination.noLeadAgency");
		}
		if (outcome == CoordinationOutcome.JOIN_LEAD_AGENCY && answered.coordinationAgreedBy() == null) {
			throw InvalidInput.of("coordinationAgreedBy", "screening.coordination.agreedByMissing");
		}
		this.screening = answered;
	}

	/**
	 * Decides on the referral.
	 * @param teamFull the team is at capacity: an acceptance goes to the waitlist instead
	 * @param today the day of the decision
	 */
	void decide(Decision decision, boolean teamFull, LocalDate today) {
		boolean fromWaitlist = status == ReferralStatus.WAITLISTED;
		if (status != ReferralStatus.RECEIVED && !(fromWaitlist && decision.outcome() != DecisionOutcome.WAITLIST)) {
			throw new StateConflict("referral.alreadyDecided");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (isBlank(decision.reason())) {
			problems.add(new FieldProblem("reason", "decision.reason.missing"));
		}
		if (screening == null) {
			problems.add(new FieldProblem("outcome", "decision.screeningFirst"));
		}
		else {
			problems.addAll(outcomeProblems(decision));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		events.add(switch (decision.outcome()) {
			case ACCEPT -> teamFull && !fromWaitlist ? waitlist() : accept(today);
			case WAITLIST -> waitlist();
			case DECLINE -> {
				status = ReferralStatus.DECLINED;
				yield new ReferralDeclined(id, municipalityId, teamId, householdId);
			}
			case HAND_OVER -> {
				status = ReferralStatus.HANDED_OVER;
				yield new ReferralHandedOver(id, municipalityId, teamId, householdId);
			}
		});
	}

	private List<FieldProblem> outcomeProblems(Decision decision) {
		List<FieldProblem> problems = new ArrayList<>();
		switch (decision.outcome()) {
			case ACCEPT, WAITLIST -> {
				FitRules.unmetBy(screening)
					.stream()
					.filter(FitRule::blocksAcceptance)
					.forEach(rule -> problems.add(new FieldProblem("outcome", rule.unmetKey())));
				if (screening.coordinationOutcome() == CoordinationOutcome.EXISTING_CARE_SUFFICES) {
					problems.add(new FieldProblem("outcome", "decision.existingCareSuffices"));
				}
			}
			case DECLINE -> {
				if (decision.declineReason() == null) {
					problems.add(new FieldProblem("declineReason", "decision.declineReason.missing"));
				}
				if (isBlank(decision.advice())) {
					problems.add(new FieldProblem("advice", "decision.advice.missing"));
				}
			}
			case HAND_OVER -> {
				if (!screening.childSafetyConcern()) {
					problems.add(new FieldProblem("outcome", "decision.handover.noChildSafetyConcern"));
				}
				if (decision.handoverTo() == null) {
					problems.add(new FieldProblem("handoverTo", "decision.handoverTo.missing"));
				}
			}
		}
		return problems;
	}

	private ReferralAccepted accept(LocalDate today) {
		status = ReferralStatus.ACCEPTED;
		return new ReferralAccepted(id, municipalityId, teamId, householdId, today);
	}

	private ReferralWaitlisted waitlist() {
		status = ReferralStatus.WAITLISTED;
		return new ReferralWaitlisted(id, municipalityId, teamId, householdId);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	UUID id() {
		return id;
	}

	UUID municipalityId() {
		return municipalityId;
	}

	UUID teamId() {
		return teamId;
	}

	UUID householdId() {
		return householdId;
	}

	int version() {
		return version;
	}

	ReferralStatus status() {
		return status;
	}

	Optional<Screening> screening() {
		return Optional.ofNullable(screening);
	}

	/** What the intake recorded; only known on a referral just received. */
	Optional<ReferralFacts> facts() {
		return Optional.ofNullable(facts);
	}

	/** The events raised since loading, once: the caller publishes them. */
	List<ReferralEvent> takeEvents() {
		List<ReferralEvent> raised = List.copyOf(events);
		events.clear();
		return raised;
	}

}
