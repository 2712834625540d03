package nl.regie.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.household.MemberShielding;
import nl.regie.household.Shielding;
import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shielding a member's information from the rest of the household, by those who work the
 * case. The household's rules live in {@link MemberShielding}; this adds who may and the
 * audit of the read.
 */
@Service
class ShieldingManagement {

	private final ConsentAccessPolicy access;

	private final MemberShielding shielding;

	private final Households households;

	private final Clock clock;

	ShieldingManagement(ConsentAccessPolicy access, MemberShielding shielding, Households households, Clock clock) {
		this.access = access;
		this.shielding = shielding;
		this.households = households;
		this.clock = clock;
	}

	/** The members of the household and every shielding, holding ones first. */
	record CaseShielding(UUID caseId, List<HouseholdView.Member> members, List<Shielding> shieldings, LocalDate today) {

		/** Public for the template: the member's name, or a dash for someone who left. */
		public String memberName(UUID memberId) {
			return members.stream()
				.filter(m -> m.id().equals(memberId))
				.map(HouseholdView.Member::name)
				.findFirst()
				.orElse("–");
		}

		public boolean isShielded(UUID memberId) {
			return shieldings.stream().anyMatch(s -> s.holds() && s.memberId().equals(memberId));
		}

	}

	/** Read-write: the read is logged with it. */
	@Transactional
	CaseShielding view(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found, "shielding");
		List<HouseholdView.Member> members = households.find(found.municipalityId(), found.householdId())
			.map(HouseholdView::members)
			.orElse(List.of());
		return new CaseShielding(caseId, members, shielding.of(found.municipalityId(), found.householdId()),
				LocalDate.now(clock));
	}

	@Transactional
	Shielding shield(CurrentUser user, UUID caseId, ShieldingDraft draft) {
		CaseOfHousehold found = access.work(user, caseId);
		return shielding.shield(found.municipalityId(), found.householdId(), draft.memberId(), draft.reason(),
				draft.explanation(), draft.since(), user.displayName());
	}

	@Transactional
	Shielding lift(CurrentUser user, UUID caseId, UUID shieldingId, int version, LocalDate on) {
		CaseOfHousehold found = access.work(user, caseId);
		return shielding.lift(found.municipalityId(), found.householdId(), shieldingId, version, on,
				user.displayName());
	}

	/** What the case manager fills in to shield a member. */
	record ShieldingDraft(UUID memberId, Shielding.Reason reason, String explanation, LocalDate since) {
	}

}
