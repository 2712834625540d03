package nl.regie.taskcard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess;
import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.consent.ConsentRegister;
import nl.regie.consent.ConsentWithdrawn;
import nl.regie.consent.SharingPurpose;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.identity.AccountDirectory;
import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.plan.PlanActions;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.access.PersonalDataRead;
import nl.regie.platform.access.PersonalDataReads;
import nl.regie.platform.access.ProcessingActivity;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making, revoking and showing task cards. The case's workers make and revoke them, on a
 * consent for task cards that holds; the volunteer sees only their own cards that hold
 * today, and a card they may not see answers as unknown. A withdrawn consent ends every
 * card resting on it, in the withdrawal's transaction.
 */
@Service
class TaskCardManagement {

	private final CaseRegistrationAccess cases;

	private final ConsentRegister consents;

	private final Households households;

	private final AccountDirectory accounts;

	private final TaskCards cards;

	private final PersonalDataReads reads;

	private final PlanActions actions;

	private final Clock clock;

	TaskCardManagement(CaseRegistrationAccess cases, ConsentRegister consents, Households households,
			AccountDirectory accounts, TaskCards cards, PersonalDataReads reads, PlanActions actions, Clock clock) {
		this.cases = cases;
		this.actions = actions;
		this.consents = consents;
		this.households = households;
		this.accounts = accounts;
		this.cards = cards;
		this.reads = reads;
		this.clock = clock;
	}

	/** Who may use the volunteer's screens. */
	static AccessDecision volunteers(CurrentUser user) {
		return user.has(Role.VOLUNTEER) ? AccessDecision.allowed()
				: AccessDecision.refused("access.taskCard.volunteer");
	}

	/**
	 * The case's cards and what the form offers.
	 *
	 * @param volunteers who can carry a card; members of the household by id
	 */
	record CaseCards(UUID caseId, List<TaskCard> cards, List<AccountDirectory.Holder> volunteers,
			List<HouseholdView.Member> members, List<ConsentRegister.Holding> consents, LocalDate today) {

		/** Public for the template: a member's first name. */
		public String firstName(UUID memberId) {
			return members.stream()
				.filter(member -> member.id().equals(memberId))
				.map(HouseholdView.Member::givenName)
				.findFirst()
				.orElse("–");
		}

	}

	/** Read-write: the read is logged with it. */
	@Transactional
	CaseCards ofCase(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = work(user, caseId);
		cases.householdRead(user, caseId, "task-cards");
		LocalDate today = LocalDate.now(clock);
		return new CaseCards(caseId, cards.ofCase(caseId), accounts.withRole(found.municipalityId(), Role.VOLUNTEER),
				members(found), consents.holding(caseId, SharingPurpose.TASK_CARD, today), today);
	}

	/**
	 * A new card starting from an action of the plan: its task, the member of its goal,
	 * valid until the action is due.
	 * @return empty when the action is not open or not carried by a volunteer or a
	 * network person
	 */
	@Transactional(readOnly = true)
	Optional<TaskCardDraft> fromPlan(CurrentUser user, UUID caseId, UUID actionId) {
		CaseOfHousehold found = work(user, caseId);
		return actions.forTaskCard(found.municipalityId(), caseId, actionId)
			.map(action -> new TaskCardDraft(null, null, action.memberId(), action.what(), null, null, null,
					action.dueOn(), action.id()));
	}

	@Transactional
	TaskCard make(CurrentUser user, UUID caseId, TaskCardDraft draft) {
		CaseOfHousehold found = work(user, caseId);
		LocalDate today = LocalDate.now(clock);
		boolean volunteer = draft.volunteerId() != null
				&& accounts.holds(found.municipalityId(), draft.volunteerId(), Role.VOLUNTEER);
		Optional<LocalDate> consentHolds = draft.consentId() == null ? Optional.empty()
				: consents.holdsUntil(caseId, draft.consentId(), SharingPurpose.TASK_CARD, today);
		Optional<String> firstName = members(found).stream()
			.filter(member -> member.id().equals(draft.memberId()))
			.map(HouseholdView.Member::givenName)
			.findFirst();
		boolean actionOpen = draft.planActionId() == null
				|| actions.forTaskCard(found.municipalityId(), caseId, draft.planActionId()).isPresent();
		TaskCard card = TaskCard.make(UUID.randomUUID(), caseId, found.householdId(), draft, volunteer, consentHolds,
				firstName, actionOpen, user.displayName(), today);
		cards.add(card, found.municipalityId(), user.displayName(), clock.instant());
		String recipient = accounts.displayNames(List.of(card.volunteerId())).get(card.volunteerId());
		consents.sharedOnConsent(found, SharingPurpose.TASK_CARD, "taakkaart: " + recipient, card.consentId(),
				user.displayName());
		return card;
	}

	/**
	 * @throws StateConflict when it was revoked already
	 */
	@Transactional
	void revoke(CurrentUser user, UUID caseId, UUID cardId) {
		work(user, caseId);
		TaskCard card = cards.find(cardId).filter(c -> c.caseId().equals(caseId)).orElseThrow(NotFound::new);
		if (!cards.revoke(card.revoke(TaskCard.Revocation.BY_WORKER, LocalDate.now(clock)))) {
			throw new StateConflict("taskCard.revokedAlready");
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ConsentWithdrawn withdrawn) {
		if (withdrawn.purpose() == SharingPurpose.TASK_CARD) {
			cards.revokeAllOn(withdrawn.consentId(), withdrawn.withdrawnOn());
		}
	}

	/**
	 * The volunteer's own cards that hold today; each shown is a read of its household.
	 */
	@Transactional
	List<TaskCard> mine(CurrentUser user) {
		volunteers(user).orRefuse();
		List<TaskCard> mine = cards.validFor(user.userId(), LocalDate.now(clock));
		mine.forEach(card -> read(user, card));
		return mine;
	}

	/** A card of the volunteer's own that holds today; any other answers as unknown. */
	@Transactional
	TaskCard mine(CurrentUser user, UUID cardId) {
		volunteers(user).orRefuse();
		TaskCard card = cards.find(cardId)
			.filter(c -> c.volunteerId().equals(user.userId()) && c.validOn(LocalDate.now(clock)))
			.orElseThrow(NotFound::new);
		read(user, card);
		return card;
	}

	private void read(CurrentUser user, TaskCard card) {
		reads.record(new PersonalDataRead(user.userId(), user.municipalityId(), Role.VOLUNTEER.name(),
				card.householdId(), "task-card", ProcessingActivity.CASE_COORDINATION));
	}

	private CaseOfHousehold work(CurrentUser user, UUID caseId) {
		return cases.workOn(user, caseId);
	}

	private List<HouseholdView.Member> members(CaseOfHousehold found) {
		return households.find(found.municipalityId(), found.householdId())
			.map(HouseholdView::members)
			.orElse(List.of());
	}

}
