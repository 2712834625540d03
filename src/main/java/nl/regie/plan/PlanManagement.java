package nl.regie.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import nl.regie.assessment.Instruments;
import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.casefile.CaseStage;
import nl.regie.consent.ConsentRegister;
import nl.regie.household.Membership;
import nl.regie.identity.CurrentUser;
import nl.regie.plan.ActionPlan.Action;
import nl.regie.plan.ActionPlan.Goal;
import nl.regie.plan.ActionPlan.Owner;
import nl.regie.plan.ActionPlan.Sharing;
import nl.regie.plan.Plans.PlanVersion;
import nl.regie.plan.Plans.StoredPlan;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.StateConflict;
import nl.regie.registration.NetworkContacts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making and changing a case's plan. Every change is applied to the version it was made
 * on, checked as a whole ({@link PlanRules}) and saved as the next version; a change made
 * on a version that is no longer current is refused with what changed since
 * ({@link PlanChanged}).
 */
@Service
class PlanManagement {

	private final PlanAccessPolicy access;

	private final Plans plans;

	private final LadderSettings ladders;

	private final Instruments instruments;

	private final NetworkContacts contacts;

	private final CloserProvisions provisions;

	private final Membership membership;

	private final ConsentRegister register;

	private final Clock clock;

	PlanManagement(PlanAccessPolicy access, Plans plans, LadderSettings ladders, Instruments instruments,
			NetworkContacts contacts, CloserProvisions provisions, Membership membership, ConsentRegister register,
			Clock clock) {
		this.access = access;
		this.plans = plans;
		this.ladders = ladders;
		this.instruments = instruments;
		this.contacts = contacts;
		this.provisions = provisions;
		this.membership = membership;
		this.register = register;
		this.clock = clock;
	}

	/**
	 * The first version: the household's own words and the plan date, goals may follow.
	 * @return the version saved (1)
	 */
	@Transactional
	int create(CurrentUser user, UUID caseId, ActionPlan plan) {
		CaseOfHousehold found = access.work(user, caseId);
		if (!found.open()) {
			throw new StateConflict("plan.caseNotOpen");
		}
		if (plans.ofCase(found.municipalityId(), caseId).isPresent()) {
			throw new StateConflict("plan.exists");
		}
		ActionPlan checked = checked(found, plan.withIds());
		recordSharing(found, null, checked, user);
		// a plan made in the follow-up watch is for a case the team no longer works: its
		// closing event came before the plan, so the flag is set here
		plans.create(found.municipalityId(), caseId, found.teamId(), found.householdId(),
				CaseStage.valueOf(found.stage()).open(), checked, user, clock.instant());
		return 1;
	}

	/**
	 * A change made on version {@code base}.
	 * @return the version saved
	 * @throws PlanChanged when the plan is no longer at {@code base}; nothing saved
	 * @throws InvalidInput naming every problem of the changed plan; nothing saved
	 */
	@Transactional
	int revise(CurrentUser user, UUID caseId, int base, UnaryOperator<ActionPlan> change) {
		return revise(user, caseId, base, change, null);
	}

	/**
	 * A change of one goal or action ({@code focus}): its problems are named at the
	 * fields of that goal or action ({@code target}, {@code owner.rung}), as the screen's
	 * form has them.
	 */
	@Transactional
	int revise(CurrentUser user, UUID caseId, int base, UnaryOperator<ActionPlan> change, UUID focus) {
		CaseOfHousehold found = access.work(user, caseId);
		StoredPlan stored = plans.ofCase(found.municipalityId(), caseId)
			.orElseThrow(() -> new StateConflict("plan.none"));
		ActionPlan before = current(stored, base).plan();
		ActionPlan changing = change.apply(before).withIds();
		ActionPlan changed;
		try {
			changed = checked(found, changing);
			recordSharing(found, before, changed, user);
		}
		catch (InvalidInput invalid) {
			throw focus == null ? invalid : relative(invalid, pathOf(changing, focus));
		}
		if (!plans.saveNext(stored, base, changed, user, clock.instant())) {
			requireCurrent(plans.versions(stored.id()), base);
		}
		return base + 1;
	}

	/**
	 * The whole plan at once (the API): creates it when the case has none and no version
	 * is given, else replaces version {@code base}.
	 * @return the version saved
	 */
	@Transactional
	int replace(CurrentUser user, UUID caseId, Integer base, ActionPlan plan) {
		CaseOfHousehold found = access.work(user, caseId);
		if (base == null && plans.ofCase(found.municipalityId(), caseId).isEmpty()) {
			return create(user, caseId, plan);
		}
		if (base == null) {
			throw InvalidInput.of("version", "plan.version.missing");
		}
		return revise(user, caseId, base, current -> {
			requireKnownIds(current, plan);
			return plan;
		});
	}

	/**
	 * The household agreed to the current version on a day; the review falls due from it.
	 * @throws PlanChanged when {@code version} is no longer current
	 */
	@Transactional
	void agree(CurrentUser user, UUID caseId, int version, LocalDate agreedOn) {
		CaseOfHousehold found = access.work(user, caseId);
		StoredPlan stored = plans.ofCase(found.municipalityId(), caseId)
			.orElseThrow(() -> new StateConflict("plan.none"));
		PlanVersion current = current(stored, version);
		LocalDate today = LocalDate.now(clock);
		if (agreedOn == null) {
			throw InvalidInput.of("agreedOn", "plan.agreedOn.missing");
		}
		if (agreedOn.isAfter(today) || agreedOn.isBefore(current.plan().madeOn())) {
			throw InvalidInput.of("agreedOn", "plan.agreedOn.outside");
		}
		if (current.agreedOn() != null) {
			throw new StateConflict("plan.agreed.already");
		}
		if (!plans.agree(stored, version, agreedOn)) {
			requireCurrent(plans.versions(stored.id()), version);
			throw new StateConflict("plan.agreed.already");
		}
	}

	/** What the rules need to know about the case. */
	PlanRules.Context context(CaseOfHousehold found) {
		LadderSettings.Ladder ladder = ladders.of(found.municipalityId());
		Map<UUID, String> offerable = new LinkedHashMap<>();
		contacts.offerable(found.municipalityId(), found.householdId())
			.forEach(contact -> offerable.put(contact.id(), contact.label()));
		// who has ever been a member: a goal stays valid when its member moves out
		Set<UUID> members = membership.history(found.municipalityId(), found.householdId())
			.stream()
			.map(Membership.Period::memberId)
			.collect(Collectors.toSet());
		return new PlanRules.Context(instruments.defaultInstrument(), offerable, members, ladder.rungs(),
				ladder.reciprocity(), LocalDate.now(clock));
	}

	/**
	 * Every handover or referral out that is new in this version records its act of
	 * sharing with its legal basis, in the same transaction: without a valid basis it is
	 * refused at the action's fields, and nothing is saved.
	 * @param before {@code null} for the first version
	 */
	private void recordSharing(CaseOfHousehold found, ActionPlan before, ActionPlan after, CurrentUser user) {
		Set<UUID> known = before == null ? Set.of() : before.actions().map(Action::id).collect(Collectors.toSet());
		List<FieldProblem> problems = new ArrayList<>();
		for (int g = 0; g < after.goals().size(); g++) {
			List<Action> actions = after.goals().get(g).actions();
			for (int a = 0; a < actions.size(); a++) {
				Action action = actions.get(a);
				if (known.contains(action.id()) || action.kind().sharing().isEmpty()) {
					continue;
				}
				String at = "goals[" + g + "].actions[" + a + "].";
				Sharing on = action.sharing() == null ? new Sharing(null, null, null) : action.sharing();
				try {
					register.shared(found, action.kind().sharing().get(), action.owner().name(), on.legalBasis(),
							on.consentId(), on.explanation(), user.displayName());
				}
				catch (InvalidInput invalid) {
					invalid.problems()
						.forEach(problem -> problems.add(new FieldProblem(at
								+ ("recipient".equals(problem.field()) ? "owner.name" : "sharing." + problem.field()),
								problem.code())));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private ActionPlan checked(CaseOfHousehold found, ActionPlan plan) {
		PlanRules.Context context = context(found);
		PlanRules.check(plan, context);
		return named(found, plan, context);
	}

	/**
	 * The plan keeps the name of a network owner or social-map provision as it was when
	 * the action was agreed, so the printed plan and the history read without looking it
	 * up.
	 */
	private ActionPlan named(CaseOfHousehold found, ActionPlan plan, PlanRules.Context context) {
		return plan.withGoals(plan.goals()
			.stream()
			.map(goal -> goal.with(goal.actions().stream().map(action -> named(found, action, context)).toList()))
			.toList());
	}

	private Action named(CaseOfHousehold found, Action action, PlanRules.Context context) {
		Owner owner = action.owner();
		String name = owner.name() == null ? null : owner.name().strip();
		if (owner.rung() == OwnerRung.OWN_NETWORK) {
			name = context.offerable().get(owner.networkPersonId());
		}
		else if (owner.provisionId() != null) {
			CloserProvisions.Option provision = provisions.find(found.municipalityId(), owner.provisionId())
				.orElseThrow(() -> InvalidInput.of("owner.provisionId", "plan.action.owner.provision.unknown"));
			if (provision.rung() != owner.rung()) {
				throw InvalidInput.of("owner.provisionId", "plan.action.owner.provision.otherRung");
			}
			name = provision.label();
		}
		return new Action(action.id(), action.what().strip(), action.kind(),
				new Owner(owner.rung(), owner.rung() == OwnerRung.OWN_NETWORK ? owner.networkPersonId() : null,
						owner.rung() == OwnerRung.OWN_NETWORK ? null : owner.provisionId(), name),
				action.dueOn(), action.status(), action.droppedReason(),
				owner.rung() == OwnerRung.PROFESSIONAL ? action.whyNotCloser() : null, action.notes(),
				action.kind().sharing().isPresent() ? action.sharing() : null);
	}

	/**
	 * Version {@code base}, read by its key, when it is the current one; else the whole
	 * history, to tell the user what changed since (or that the version is unknown).
	 */
	private PlanVersion current(StoredPlan stored, int base) {
		if (base != stored.version()) {
			requireCurrent(plans.versions(stored.id()), base);
		}
		return plans.version(stored.id(), base);
	}

	private static void requireCurrent(List<PlanVersion> versions, int base) {
		PlanVersion newest = versions.get(versions.size() - 1);
		if (base == newest.version()) {
			return;
		}
		if (base < 1 || base > newest.version()) {
			throw InvalidInput.of("version", "plan.version.unknown");
		}
		throw new PlanChanged(base, newest.version(), newest.savedByName(), newest.savedAt(),
				PlanDiff.between(versions.get(base - 1).plan(), newest.plan()));
	}

	/**
	 * Where a goal or action is in the plan, in the rules' notation:
	 * {@code goals[1].actions[0].}
	 */
	static String pathOf(ActionPlan plan, UUID id) {
		for (int g = 0; g < plan.goals().size(); g++) {
			Goal goal = plan.goals().get(g);
			if (goal.id().equals(id)) {
				return "goals[" + g + "].";
			}
			for (int a = 0; a < goal.actions().size(); a++) {
				if (goal.actions().get(a).id().equals(id)) {
					return "goals[" + g + "].actions[" + a + "].";
				}
			}
		}
		return "";
	}

	private static InvalidInput relative(InvalidInput invalid, String prefix) {
		return new InvalidInput(invalid.problems()
			.stream()
			.map(problem -> !prefix.isEmpty() && problem.field().startsWith(prefix)
					? new InvalidInput.FieldProblem(problem.field().substring(prefix.length()), problem.code())
					: problem)
			.toList());
	}

	private static void requireKnownIds(ActionPlan current, ActionPlan replacement) {
		List<UUID> goals = current.goals().stream().map(Goal::id).toList();
		List<UUID> actions = current.actions().map(Action::id).toList();
		for (int g = 0; g < replacement.goals().size(); g++) {
			Goal goal = replacement.goals().get(g);
			if (goal.id() != null && !goals.contains(goal.id())) {
				throw InvalidInput.of("goals[" + g + "].id", "plan.goal.unknown");
			}
			for (int a = 0; a < goal.actions().size(); a++) {
				UUID id = goal.actions().get(a).id();
				if (id != null && !actions.contains(id)) {
					throw InvalidInput.of("goals[" + g + "].actions[" + a + "].id", "plan.action.unknown");
				}
			}
		}
	}

}
