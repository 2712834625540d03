package nl.regie.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.regie.assessment.Assessment;
import nl.regie.assessment.Assessments;
import nl.regie.assessment.Instrument;
import nl.regie.assessment.InstrumentDomain;
import nl.regie.assessment.Instruments;
import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.consent.ConsentRegister;
import nl.regie.consent.SharingPurpose;
import nl.regie.household.Audience;
import nl.regie.household.Disclosure;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.household.MemberShielding;
import nl.regie.identity.CurrentUser;
import nl.regie.plan.ActionPlan.Goal;
import nl.regie.plan.Plans.PlanVersion;
import nl.regie.plan.Plans.StoredPlan;
import nl.regie.platform.domain.NotFound;
import nl.regie.registration.NetworkContacts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's plan for the screens and the API: the current version with its goals in order
 * (urgent first), each with the latest matrix level of the adults, what is overdue, how
 * the plan rests, and what the nudge offers; the history with what changed per version.
 * Every read is reported (read-write transactions, as the audit log needs).
 */
@Service
class PlanQuery {

	private final PlanAccessPolicy access;

	private final Plans plans;

	private final PlanSettings settings;

	private final LadderSettings ladders;

	private final Instruments instruments;

	private final Assessments assessments;

	private final Households households;

	private final NetworkContacts contacts;

	private final CloserProvisions provisions;

	private final MemberShielding shielding;

	private final ConsentRegister register;

	private final Clock clock;

	PlanQuery(PlanAccessPolicy access, Plans plans, PlanSettings settings, LadderSettings ladders,
			Instruments instruments, Assessments assessments, Households households, NetworkContacts contacts,
			CloserProvisions provisions, MemberShielding shielding, ConsentRegister register, Clock clock) {
		this.access = access;
		this.plans = plans;
		this.settings = settings;
		this.ladders = ladders;
		this.instruments = instruments;
		this.assessments = assessments;
		this.households = households;
		this.contacts = contacts;
		this.provisions = provisions;
		this.shielding = shielding;
		this.register = register;
		this.clock = clock;
	}

	/** A member's latest level on a goal's domain; {@code null} when not assessed. */
	record MemberLevel(String givenName, Integer level) {
	}

	/**
	 * @param forName the given name of the member the goal is for; {@code null} for the
	 * whole household
	 * @param shielded whether that member is shielded from the other members
	 */
	record GoalView(Goal goal, String domainName, List<MemberLevel> levels, String forName, boolean shielded) {
	}

	/**
	 * @param current {@code null} while the case has no plan
	 * @param closer provisions of the social map nearer than a professional (collective,
	 * volunteer), for the nudge
	 * @param professionals professional services of the social map, to pick an owner from
	 * @param audience who the page is for: the professionals see every goal; a print for
	 * the household or for one member leaves out what the {@link Disclosure} keeps from
	 * them
	 */
	record PlanPage(CaseOfHousehold caseFile, HouseholdView household, PlanVersion current, List<GoalView> goals,
			List<ActionPlan.Action> overdue, PlanFigures figures, LadderSettings.Ladder ladder,
			List<NetworkContacts.Contact> network, List<CloserProvisions.Option> closer,
			List<CloserProvisions.Option> professionals, List<InstrumentDomain> domains, LocalDate reviewDue,
			LocalDate today, Optional<Audience> audience, List<ConsentRegister.Holding> sharingConsents) {

		/** For the print: the given name of the member it is for, or {@code null}. */
		public String audienceName() {
			return audience.map(Audience::memberId)
				.flatMap(id -> household.members().stream().filter(m -> m.id().equals(id)).findFirst())
				.map(HouseholdView.Member::givenName)
				.orElse(null);
		}

		/** For the screen: whether any goal is kept from some of the household. */
		public boolean anyShielded() {
			return goals.stream().anyMatch(GoalView::shielded);
		}

		public boolean exists() {
			return current != null;
		}

		public String householdName() {
			return household.members().isEmpty() ? "" : household.members().get(0).familyName();
		}

	}

	/** One version with what changed since the one before it. */
	record HistoryEntry(PlanVersion version, List<PlanDiff.Change> changes) {
	}

	@Transactional
	PlanPage page(CurrentUser user, UUID caseId, Locale locale) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found, "plan");
		return page(found, locale);
	}

	PlanPage page(CaseOfHousehold found, Locale locale) {
		return page(found, locale, Optional.empty());
	}

	/** The plan as printed for the whole household or for one member. */
	PlanPage printFor(CaseOfHousehold found, Locale locale, Audience audience) {
		return page(found, locale, Optional.of(audience));
	}

	private PlanPage page(CaseOfHousehold found, Locale locale, Optional<Audience> audience) {
		HouseholdView household = households.find(found.municipalityId(), found.householdId())
			.orElseThrow(NotFound::new);
		Optional<StoredPlan> stored = plans.ofCase(found.municipalityId(), found.caseId());
		PlanVersion current = stored.map(plan -> plans.version(plan.id(), plan.version())).orElse(null);
		Instrument instrument = instruments.defaultInstrument();
		LocalDate today = LocalDate.now(clock);
		LadderSettings.Ladder ladder = ladders.of(found.municipalityId());
		List<GoalView> goals = new ArrayList<>();
		if (current != null) {
			List<HouseholdView.Member> adults = household.members().stream().filter(m -> m.ageOn(today) >= 18).toList();
			var latest = assessments.currentOf(found.municipalityId(),
					adults.stream().map(HouseholdView.Member::id).toList());
			Disclosure disclosure = shielding.disclosure(found.municipalityId(), household);
			Map<UUID, String> names = new HashMap<>();
			household.members().forEach(member -> names.put(member.id(), member.givenName()));
			for (Goal goal : current.plan().goalsInOrder()) {
				if (audience.isPresent() && !disclosure.shows(audience.get(), goal.memberId())) {
					continue;
				}
				List<MemberLevel> levels = adults.stream()
					.map(member -> new MemberLevel(member.givenName(),
							latestLevel(latest.getOrDefault(member.id(), List.of()), instrument, goal.domain())))
					.toList();
				goals.add(new GoalView(goal,
						instrument.domain(goal.domain()).map(domain -> domain.name(locale)).orElse(goal.domain()),
						levels, goal.memberId() == null ? null : names.getOrDefault(goal.memberId(), "–"),
						goal.memberId() != null && disclosure.isShielded(goal.memberId())));
			}
		}
		return new PlanPage(found, household, current, goals,
				current == null ? List.of() : current.plan().overdue(today),
				current == null ? PlanFigures.of(List.of()) : PlanFigures.of(current.plan()), ladder,
				contacts.offerable(found.municipalityId(), found.householdId()),
				provisions.search(found.municipalityId(), null, ladder.closer(), 20),
				provisions.search(found.municipalityId(), null, List.of(OwnerRung.PROFESSIONAL), 50),
				instrument.domains(),
				stored.map(plan -> plan.reviewedOn().plusMonths(settings.reviewEveryMonths())).orElse(null), today,
				audience, audience.isPresent() ? List.of() : sharingConsents(found.caseId(), today));
	}

	/** The consents a handover or referral out can rest on today. */
	private List<ConsentRegister.Holding> sharingConsents(UUID caseId, LocalDate today) {
		List<ConsentRegister.Holding> holding = new ArrayList<>(
				register.holding(caseId, SharingPurpose.WARM_HANDOVER, today));
		holding.addAll(register.holding(caseId, SharingPurpose.REFERRAL_OUT, today));
		return holding;
	}

	/** The nudge for one goal's domain: who in the network, which provision nearer. */
	@Transactional
	Nudge nudge(CurrentUser user, UUID caseId, String lifeDomain) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found, "plan-owner-suggestions");
		LadderSettings.Ladder ladder = ladders.of(found.municipalityId());
		return new Nudge(contacts.offerable(found.municipalityId(), found.householdId()),
				provisions.search(found.municipalityId(), lifeDomain, ladder.closer(), 20));
	}

	record Nudge(List<NetworkContacts.Contact> network, List<CloserProvisions.Option> provisions) {
	}

	@Transactional
	List<HistoryEntry> history(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found, "plan-history");
		List<PlanVersion> versions = plans.ofCase(found.municipalityId(), caseId)
			.map(stored -> plans.versions(stored.id()))
			.orElse(List.of());
		List<HistoryEntry> history = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			history.add(new HistoryEntry(versions.get(i),
					PlanDiff.between(i == 0 ? null : versions.get(i - 1).plan(), versions.get(i).plan())));
		}
		history.sort(Comparator.comparing((HistoryEntry entry) -> entry.version().version()).reversed());
		return history;
	}

	private static Integer latestLevel(List<Assessment> ofMember, Instrument instrument, String domain) {
		return ofMember.stream()
			.filter(assessment -> assessment.instrument().equals(instrument.code()))
			.sorted(Comparator.comparing(Assessment::assessedOn).reversed())
			.map(assessment -> assessment.score(domain).filter(score -> score.assessed()).map(score -> score.level()))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
	}

}
