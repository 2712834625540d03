package nl.regie.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.regie.household.Involvement;
import nl.regie.household.InvolvementRegister;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening, coordination check and decision on a referral: the team leader's work
 * (DESIGN §2 step 2). The events of a decision are published inside its transaction: the
 * case file module opens the case of an accepted referral there, so an acceptance without
 * a case, or two cases for one referral, cannot happen.
 */
@Service
class ScreeningManagement {

	private final Referrals referrals;

	private final InvolvementRegister involvements;

	private final ReferralAccessPolicy access;

	private final TeamCapacity capacity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScreeningManagement(Referrals referrals, InvolvementRegister involvements, ReferralAccessPolicy access,
			TeamCapacity capacity, ApplicationEventPublisher events, Clock clock) {
		this.referrals = referrals;
		this.involvements = involvements;
		this.access = access;
		this.capacity = capacity;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void screen(CurrentUser user, UUID id, ScreeningForm form) {
		Referral referral = load(id);
		access.screen(user, referral.teamId()).orRefuse();
		referral.screen(form.toScreening(), leadAgency(referral) != null);
		referrals.saveScreening(referral, user.userId(), clock.instant());
	}

	/**
	 * Team assistants may fill the register too: they often hear first who is involved.
	 */
	@Transactional
	void recordInvolvement(CurrentUser user, UUID id, InvolvementForm form) {
		Referral referral = load(id);
		access.read(user, referral.teamId()).orRefuse();
		Involvement involvement = form.toInvolvement();
		if (involvement.leadAgency() && leadAgency(referral) != null) {
			throw InvalidInput.of("leadAgency", "involvement.leadAgency.taken");
		}
		try {
			involvements.record(referral.municipalityId(), referral.householdId(), involvement);
		}
		catch (DuplicateKeyException leadAgencyRecordedMeanwhile) {
			throw InvalidInput.of("leadAgency", "involvement.leadAgency.taken");
		}
	}

	@Transactional
	ReferralStatus decide(CurrentUser user, UUID id, DecisionForm form) {
		Referral referral = load(id);
		access.screen(user, referral.teamId()).orRefuse();
		Decision decision = form.toDecision();
		referral.decide(decision, capacity.isFull(referral.teamId()), LocalDate.now(clock));
		referrals.saveDecision(referral, form.version(), decision, user, clock.instant());
		referral.takeEvents().forEach(events::publishEvent);
		return referral.status();
	}

	private Referral load(UUID id) {
		return referrals.lockForChange(id).orElseThrow(NotFound::new);
	}

	private Involvement leadAgency(Referral referral) {
		return involvements.of(referral.municipalityId(), referral.householdId())
			.stream()
			.filter(Involvement::leadAgency)
			.findFirst()
			.orElse(null);
	}

}
