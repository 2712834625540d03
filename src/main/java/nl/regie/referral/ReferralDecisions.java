package nl.regie.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.regie.casefile.CaseFiles;
import nl.regie.household.Involvement;
import nl.regie.household.InvolvementRegister;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Screening, coordination check and decision on a referral: the team leader's work
 * (DESIGN §2 step 2). The case of an accepted referral is opened in the same transaction,
 * so an acceptance without a case, or two cases for one referral, cannot happen.
 */
@Service
class ReferralDecisions {

	private final Referrals referrals;

	private final InvolvementRegister involvements;

	private final CaseFiles caseFiles;

	private final TeamCapacity capacity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReferralDecisions(Referrals referrals, InvolvementRegister involvements, CaseFiles caseFiles, TeamCapacity capacity,
			ApplicationEventPublisher events, Clock clock) {
		this.referrals = referrals;
		this.involvements = involvements;
		this.caseFiles = caseFiles;
		this.capacity = capacity;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void screen(CurrentUser user, UUID id, ScreeningForm form) {
		Referral referral = load(id);
		ReferralAccessPolicy.requireScreening(user, referral.teamId());
		referral.screen(form.toScreening(), leadAgency(referral) != null);
		referrals.saveScreening(referral, user.userId(), clock.instant());
	}

	/**
	 * Team assistants may fill the register too: they often hear first who is involved.
	 */
	@Transactional
	void recordInvolvement(CurrentUser user, UUID id, InvolvementForm form) {
		Referral referral = load(id);
		ReferralAccessPolicy.requireRead(user, referral.teamId());
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
		ReferralAccessPolicy.requireScreening(user, referral.teamId());
		Object event = referral.decide(form, capacity.isFull(referral.teamId()));
		referrals.saveDecision(referral, form.version(), form, user, clock.instant());
		if (event instanceof ReferralAccepted) {
			caseFiles.openAwaitingAssignment(referral.municipalityId(), referral.teamId(), referral.householdId(),
					referral.id(), LocalDate.now(clock));
		}
		events.publishEvent(event);
		return referral.status();
	}

	private Referral load(UUID id) {
		return referrals.lockForChange(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Involvement leadAgency(Referral referral) {
		return involvements.of(referral.municipalityId(), referral.householdId())
			.stream()
			.filter(Involvement::leadAgency)
			.findFirst()
			.orElse(null);
	}

}
