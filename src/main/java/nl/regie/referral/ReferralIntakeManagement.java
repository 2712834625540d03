package nl.regie.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.assessment.LifeDomains;
import nl.regie.household.Bsn;
import nl.regie.household.DateOfBirth;
import nl.regie.household.HouseholdDraft;
import nl.regie.household.HouseholdMatch;
import nl.regie.household.Households;
import nl.regie.household.Postcode;
import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaDirectory;
import nl.regie.organisation.AreaSummary;
import nl.regie.organisation.OrganisationDirectory;
import nl.regie.organisation.TeamSummary;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.referral.HouseholdLinkingPolicy.Choice;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records new referrals for the user's team: finds the household again (or registers it)
 * under {@link HouseholdLinkingPolicy}, derives the area from the address, and lets the
 * {@link Referral} aggregate receive the referral — all in one transaction.
 */
@Service
class ReferralIntakeManagement {

	private final Referrals referrals;

	private final Households households;

	private final CaseLookup cases;

	private final AreaDirectory areas;

	private final LifeDomains lifeDomains;

	private final OrganisationDirectory organisation;

	private final ReferralAccessPolicy access;

	private final CrossTeamMatches crossTeamMatches;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReferralIntakeManagement(Referrals referrals, Households households, CaseLookup cases, AreaDirectory areas,
			LifeDomains lifeDomains, OrganisationDirectory organisation, ReferralAccessPolicy access,
			CrossTeamMatches crossTeamMatches, ApplicationEventPublisher events, Clock clock) {
		this.crossTeamMatches = crossTeamMatches;
		this.referrals = referrals;
		this.households = households;
		this.cases = cases;
		this.areas = areas;
		this.lifeDomains = lifeDomains;
		this.organisation = organisation;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws HouseholdChoiceNeeded when Regie may know the household and the intake does
	 * not say which; nothing was saved but the audit entries of the households shown,
	 * which the transaction keeps
	 * @throws HouseholdOfAnotherTeam when the intake needs a household only other teams
	 * know
	 * @throws InvalidInput when the intake breaks a rule the form cannot check
	 */
	@Transactional(noRollbackFor = { HouseholdChoiceNeeded.class, HouseholdOfAnotherTeam.class })
	UUID register(CurrentUser user, ReferralIntake intake) {
		access.inbox(user).orRefuse();
		LocalDate today = LocalDate.now(clock);
		HouseholdDraft draft = draft(intake, today);
		UUID areaId = area(user, intake, draft.postcode()).orElse(null);
		UUID householdId = household(user, intake, draft);
		households.knownTo(user.municipalityId(), householdId, user.teamId());
		long children = households.find(user.municipalityId(), householdId).orElseThrow().childrenOn(today);
		Referral referral = Referral.receive(user.municipalityId(), user.teamId(), householdId,
				facts(intake, today, areaId, cases.hasOpenCase(householdId), children));
		referrals.add(referral);
		referral.takeEvents().forEach(events::publishEvent);
		return referral.id();
	}

	private ReferralFacts facts(ReferralIntake intake, LocalDate today, UUID areaId, boolean openCase, long children) {
		ReferralIntake.Referrer referrer = intake.referrer();
		return new ReferralFacts(today, clock.instant(), areaId, referrer.type(), Blank.toNull(referrer.organisation()),
				referrer.name().strip(), referrer.contact().strip(), intake.reason().strip(), intake.urgency(),
				intake.lifeDomains(), intake.householdKnows(), intake.householdAgrees(),
				intake.consentToInformReferrer(), openCase, children, referrer.language());
	}

	private HouseholdDraft draft(ReferralIntake intake, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		intake.lifeDomains()
			.stream()
			.filter(code -> lifeDomains.byCode(code).isEmpty())
			.findFirst()
			.ifPresent(code -> problems.add(new FieldProblem("lifeDomains", "referral.lifeDomains.unknown")));
		List<ReferralIntake.Member> members = intake.household().members();
		for (int i = 0; i < members.size(); i++) {
			if (members.get(i).dateOfBirth().isAfter(today)) {
				problems.add(new FieldProblem("household.members[" + i + "].dateOfBirth", "PastOrPresent.dateOfBirth"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new HouseholdDraft(Postcode.of(intake.household().postcode()), intake.household().houseNumber(),
				intake.household().phone(),
				members.stream()
					.map(member -> new HouseholdDraft.MemberDraft(member.givenName(), member.familyName(),
							DateOfBirth.on(member.dateOfBirth(), today),
							member.bsn() == null || member.bsn().isBlank() ? null : new Bsn(member.bsn().strip()),
							member.relation()))
					.toList());
	}

	/**
	 * A referral stays within the user's municipality: another municipality's area is
	 * refused.
	 */
	private Optional<UUID> area(CurrentUser user, ReferralIntake intake, Postcode postcode) {
		if (intake.areaId() != null) {
			AreaSummary chosen = areas.area(intake.areaId())
				.filter(area -> area.municipalityId().equals(user.municipalityId()))
				.orElseThrow(() -> InvalidInput.of("areaId", "referral.area.otherMunicipality"));
			return Optional.of(chosen.id());
		}
		Optional<AreaSummary> derived = areas.forPostcodeDigits(user.municipalityId(), postcode.digits());
		if (derived.isPresent() && !derived.get().municipalityId().equals(user.municipalityId())) {
			throw InvalidInput.of("household.postcode", "referral.area.otherMunicipality");
		}
		return derived.map(AreaSummary::id);
	}

	/**
	 * A BSN registered by another intake at the same moment comes out as the unique index
	 * refusing it.
	 */
	private UUID household(CurrentUser user, ReferralIntake intake, HouseholdDraft draft) {
		List<HouseholdMatch> matches = households.findMatches(user.municipalityId(), draft);
		Set<UUID> knownToTeam = knownToTeam(user.teamId(), matches);
		List<UUID> othersOnly = matches.stream()
			.map(HouseholdMatch::householdId)
			.filter(id -> !knownToTeam.contains(id))
			.toList();
		if (!othersOnly.isEmpty()) {
			crossTeamMatches.count(user, clock.instant());
			access.otherTeamsHouseholdsMatched(user, othersOnly);
		}
		Choice choice = HouseholdLinkingPolicy.choose(matches, knownToTeam, intake.linkToHousehold(),
				intake.newHousehold());
		try {
			return switch (choice) {
				case Choice.Link link -> {
					households.addNewMembers(user.municipalityId(), link.householdId(), draft);
					yield link.householdId();
				}
				case Choice.NewHousehold created -> households.register(user.municipalityId(), draft);
				case Choice.AskUser ask -> {
					access.householdsShown(user, knownToTeam);
					throw new HouseholdChoiceNeeded(ask.candidates());
				}
				case Choice.OtherTeamsHousehold other ->
					throw other.sameBsn() ? HouseholdOfAnotherTeam.sameBsn(teamNames(other.householdId()))
							: HouseholdOfAnotherTeam.link(teamNames(other.householdId()));
			};
		}
		catch (DuplicateKeyException bsnRegisteredMeanwhile) {
			throw InvalidInput.of("linkToHousehold", "referral.household.bsnKnown");
		}
	}

	/** Of the households found, the ones the team has a referral or case of. */
	private Set<UUID> knownToTeam(UUID teamId, List<HouseholdMatch> matches) {
		List<UUID> ids = matches.stream().map(HouseholdMatch::householdId).toList();
		Set<UUID> known = new HashSet<>(cases.householdsWithCaseOf(teamId, ids));
		known.addAll(referrals.householdsReferredTo(teamId, ids));
		return known;
	}

	/** The teams that know the household, by name, so the worker can contact them. */
	private List<String> teamNames(UUID householdId) {
		Set<UUID> teams = new HashSet<>(cases.teamsWithCaseOf(householdId));
		teams.addAll(referrals.teamsReferredTo(householdId));
		return teams.stream()
			.map(organisation::team)
			.flatMap(Optional::stream)
			.map(TeamSummary::name)
			.sorted()
			.toList();
	}

}
