package nl.regie.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;
import nl.regie.referral.ReferrerConsent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a case's consents and what was shared on which basis. A consent to keep the
 * referrer informed starts the referrer's updates; its withdrawal, when no other such
 * consent holds, ends them; every withdrawal is published for the modules whose work
 * rests on a consent.
 */
@Service
class ConsentManagement {

	private final ConsentAccessPolicy access;

	private final Consents consents;

	private final SharingActs sharing;

	private final Households households;

	private final ReferrerConsent referrer;

	private final ConsentRegister register;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsentManagement(ConsentAccessPolicy access, Consents consents, SharingActs sharing, Households households,
			ReferrerConsent referrer, ConsentRegister register, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.consents = consents;
		this.sharing = sharing;
		this.households = households;
		this.referrer = referrer;
		this.register = register;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Everything on record for the case, for its screen.
	 *
	 * @param members the household's current members by id, for names
	 */
	record CaseConsents(UUID caseId, List<HouseholdView.Member> members, List<Consent> consents,
			List<SharingAct> sharingActs, boolean teamBasisHolds, LocalDate today) {

		/** Public for the template: the member's name, or a dash for someone who left. */
		public String memberName(UUID memberId) {
			return members.stream()
				.filter(m -> m.id().equals(memberId))
				.map(HouseholdView.Member::name)
				.findFirst()
				.orElse("–");
		}

	}

	/** Read-write: the read is logged with it. */
	@Transactional
	CaseConsents view(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found);
		LocalDate today = LocalDate.now(clock);
		return new CaseConsents(caseId, members(found), consents.ofCase(caseId), sharing.ofCase(caseId),
				sharing.teamBasisHolds(caseId, today), today);
	}

	@Transactional
	Consent give(CurrentUser user, UUID caseId, ConsentDraft draft) {
		CaseOfHousehold found = access.work(user, caseId);
		Set<UUID> members = members(found).stream().map(HouseholdView.Member::id).collect(Collectors.toSet());
		Consent consent = Consent.give(draft, found, members, LocalDate.now(clock), user.displayName());
		consents.add(consent, clock.instant());
		if (consent.purpose() == SharingPurpose.INFORM_REFERRER && consent.validOn(LocalDate.now(clock))) {
			referrer.given(found.referralId());
		}
		return consent;
	}

	/**
	 * @throws StateConflict when it was withdrawn already, here or meanwhile
	 */
	@Transactional
	Consent withdraw(CurrentUser user, UUID caseId, UUID consentId, LocalDate on) {
		CaseOfHousehold found = access.work(user, caseId);
		LocalDate today = LocalDate.now(clock);
		Consent withdrawn = consents.find(caseId, consentId).orElseThrow(NotFound::new).withdraw(on, today);
		if (!consents.withdraw(withdrawn, user.displayName())) {
			throw new StateConflict("consent.alreadyWithdrawn");
		}
		if (withdrawn.purpose() == SharingPurpose.INFORM_REFERRER
				&& !consents.anyValid(caseId, SharingPurpose.INFORM_REFERRER, today)) {
			referrer.withdrawn(found.referralId());
		}
		events.publishEvent(new ConsentWithdrawn(withdrawn.id(), caseId, found.householdId(), withdrawn.memberId(),
				withdrawn.purpose(), withdrawn.withdrawnOn()));
		return withdrawn;
	}

	@Transactional
	SharingAct share(CurrentUser user, UUID caseId, SharingDraft draft) {
		return register.record(access.work(user, caseId), draft, user.displayName());
	}

	private List<HouseholdView.Member> members(CaseOfHousehold found) {
		return households.find(found.municipalityId(), found.householdId())
			.map(HouseholdView::members)
			.orElse(List.of());
	}

}
