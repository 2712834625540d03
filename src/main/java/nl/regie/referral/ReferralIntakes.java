package nl.regie.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.assessment.LifeDomains;
import nl.regie.casefile.CaseFiles;
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
import nl.regie.platform.web.InvalidInput;
import nl.regie.platform.web.InvalidInput.FieldProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records new referrals for the user's team: one household, one file (an existing
 * household is found again before a new one is made), area from the address, all in one
 * transaction.
 */
@Service
class ReferralIntakes {

	private final JdbcClient jdbc;

	private final Households households;

	private final CaseFiles caseFiles;

	private final AreaDirectory areas;

	private final LifeDomains lifeDomains;

	private final ApplicationEventPublisher events;

	private final OrganisationDirectory organisation;

	private final Clock clock;

	ReferralIntakes(JdbcClient jdbc, Households households, CaseFiles caseFiles, AreaDirectory areas,
			LifeDomains lifeDomains, OrganisationDirectory organisation, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.households = households;
		this.caseFiles = caseFiles;
		this.areas = areas;
		this.lifeDomains = lifeDomains;
		this.organisation = organisation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws HouseholdChoiceNeeded when Regie may know the household and the intake does
	 * not say which
	 * @throws HouseholdOfAnotherTeam when the intake needs a household only other teams
	 * know
	 * @throws InvalidInput when the intake breaks a rule the form cannot check
	 */
	@Transactional
	UUID register(CurrentUser user, ReferralIntake intake) {
		UUID teamId = ReferralAccessPolicy.requireIntakeFor(user);
		LocalDate today = LocalDate.now(clock);
		HouseholdDraft draft = draft(intake, today);
		UUID areaId = area(user, intake, draft.postcode()).orElse(null);
		UUID householdId = household(user, intake, draft);
		boolean openCase = caseFiles.hasOpenCase(householdId);
		long children = households.find(user.municipalityId(), householdId).orElseThrow().childrenOn(today);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into referral (id, municipality_id, team_id, household_id, area_id, received_on, referrer_type,
				    referrer_organisation, referrer_name, referrer_contact, reason, urgency, status, household_knows,
				    household_agrees, consent_inform_referrer, open_case_at_intake, children_at_intake, created_at)
				values (:id, :m, :t, :h, :area, :received, :type, :org, :name, :contact, :reason, :urgency, :status,
				    :knows, :agrees, :consent, :openCase, :children, :now)""")
			.param("id", id)
			.param("m", user.municipalityId())
			.param("t", teamId)
			.param("h", householdId)
			.param("area", areaId)
			.param("received", today)
			.param("type", intake.referrer().type().name())
			.param("org", Blank.toNull(intake.referrer().organisation()))
			.param("name", intake.referrer().name().strip())
			.param("contact", intake.referrer().contact().strip())
			.param("reason", intake.reason().strip())
			.param("urgency", intake.urgency().name())
			.param("status", ReferralStatus.RECEIVED.name())
			.param("knows", intake.householdKnows())
			.param("agrees", intake.householdAgrees())
			.param("consent", intake.consentToInformReferrer())
			.param("openCase", openCase)
			.param("children", children)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		for (String domain : intake.lifeDomains()) {
			jdbc.sql("insert into referral_life_domain (referral_id, municipality_id, life_domain) values (:r, :m, :d)")
				.param("r", id)
				.param("m", user.municipalityId())
				.param("d", domain)
				.update();
		}
		events.publishEvent(new ReferralReceived(id, user.municipalityId(), teamId, householdId));
		return id;
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
							member.bsn() == null || member.bsn().isBlank() ? null : new Bsn(member.bsn().strip())))
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
		try {
			return linkedOrNewHousehold(user, intake, draft);
		}
		catch (DuplicateKeyException bsnRegisteredMeanwhile) {
			throw InvalidInput.of("linkToHousehold", "referral.household.bsnKnown");
		}
	}

	/**
	 * The team links only a household it already knows (a referral or case of its own):
	 * linking another team's household would show this team all its members (DESIGN §5).
	 * @throws HouseholdOfAnotherTeam when the intake needs a household only other teams
	 * know
	 */
	private UUID linkedOrNewHousehold(CurrentUser user, ReferralIntake intake, HouseholdDraft draft) {
		List<HouseholdMatch> matches = households.findMatches(user.municipalityId(), draft);
		Set<UUID> ownTeam = knownToTeam(user.teamId(), matches);
		Optional<HouseholdMatch> bsnOfAnotherTeam = matches.stream()
			.filter(match -> match.certain() && !ownTeam.contains(match.householdId()))
			.findFirst();
		if (bsnOfAnotherTeam.isPresent()) {
			throw HouseholdOfAnotherTeam.sameBsn(teamNames(bsnOfAnotherTeam.get().householdId()));
		}
		if (intake.linkToHousehold() != null) {
			if (matches.stream().noneMatch(match -> match.householdId().equals(intake.linkToHousehold()))) {
				throw InvalidInput.of("linkToHousehold", "referral.household.notAMatch");
			}
			if (!ownTeam.contains(intake.linkToHousehold())) {
				throw HouseholdOfAnotherTeam.link(teamNames(intake.linkToHousehold()));
			}
			households.addNewMembers(user.municipalityId(), intake.linkToHousehold(), draft);
			return intake.linkToHousehold();
		}
		if (!matches.isEmpty() && !intake.newHousehold()) {
			throw new HouseholdChoiceNeeded(matches.stream()
				.map(match -> HouseholdCandidate.of(match, ownTeam.contains(match.householdId())))
				.toList());
		}
		if (matches.stream().anyMatch(HouseholdMatch::certain)) {
			throw InvalidInput.of("linkToHousehold", "referral.household.bsnKnown");
		}
		return households.register(user.municipalityId(), draft);
	}

	/** Of the households found, the ones the team has a referral or case of. */
	private Set<UUID> knownToTeam(UUID teamId, List<HouseholdMatch> matches) {
		if (matches.isEmpty()) {
			return Set.of();
		}
		List<UUID> ids = matches.stream().map(HouseholdMatch::householdId).toList();
		Set<UUID> known = new HashSet<>(caseFiles.householdsWithCaseOf(teamId, ids));
		known.addAll(jdbc.sql("select distinct household_id from referral where team_id = :t and household_id in (:h)")
			.param("t", teamId)
			.param("h", ids)
			.query(UUID.class)
			.list());
		return known;
	}

	/** The teams that know the household, by name, so the worker can contact them. */
	private List<String> teamNames(UUID householdId) {
		Set<UUID> teams = new HashSet<>(caseFiles.teamsWithCaseOf(householdId));
		teams.addAll(jdbc.sql("select distinct team_id from referral where household_id = :h")
			.param("h", householdId)
			.query(UUID.class)
			.list());
		return teams.stream()
			.map(organisation::team)
			.flatMap(Optional::stream)
			.map(TeamSummary::name)
			.sorted()
			.toList();
	}

}
