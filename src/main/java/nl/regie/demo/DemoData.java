package nl.regie.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.regie.casefile.CaseFileDemoData;
import nl.regie.household.Households;
import nl.regie.household.Membership;
import nl.regie.identity.CurrentUser;
import nl.regie.identity.IdentityDemoData;
import nl.regie.identity.Role;
import nl.regie.organisation.OrganisationDemoData;
import nl.regie.referral.ReferralDemoData;
import nl.regie.referral.ReferralStatus;
import nl.regie.socialmap.SocialMapDemoData;
import nl.regie.team.MeetingType;
import nl.regie.team.TeamDemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with the demo municipality, once. Each module contributes its
 * own part through its own demo API; this class only tells the story and keeps the order:
 * organisation, accounts, then the households' referrals, which take the real path of
 * intake, screening and decision.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "regie-demo";

	static final String MUNICIPALITY_CODE = "0363";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrganisationDemoData organisation;

	private final IdentityDemoData identity;

	private final ReferralDemoData referrals;

	private final CaseFileDemoData cases;

	private final TeamDemoData meetings;

	private final SocialMapDemoData socialMap;

	private final Households households;

	private final Membership membership;

	private final Clock clock;

	DemoData(OrganisationDemoData organisation, IdentityDemoData identity, ReferralDemoData referrals,
			CaseFileDemoData cases, TeamDemoData meetings, SocialMapDemoData socialMap, Households households,
			Membership membership, Clock clock) {
		this.households = households;
		this.membership = membership;
		this.meetings = meetings;
		this.socialMap = socialMap;
		this.clock = clock;
		this.organisation = organisation;
		this.identity = identity;
		this.referrals = referrals;
		this.cases = cases;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (organisation.municipalityExists(MUNICIPALITY_CODE)) {
			log.info("Demo data already present; keeping what was entered since");
			return;
		}
		UUID amsterdam = organisation.municipality(MUNICIPALITY_CODE, "Amsterdam");
		UUID team = team(amsterdam);
		List<CurrentUser> teamOffice = accounts(amsterdam, team);
		meetings.wayOfWorking(teamOffice.get(0), """
				Burgemeester de Vlugtlaan 125, 1063 BJ Amsterdam
				020 555 0199 (maandag tot en met vrijdag, 9–17 uur)
				samendoen.geuzenveld@example.nl""");
		socialMap.provisions(teamOffice.get(0));
		DemoHouseholds.ALL.forEach(household -> household(teamOffice.get(0), teamOffice.get(1), household));
		meetings.meeting(teamOffice.get(0), LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)),
				MeetingType.WEEKLY_TEAM_MEETING, Set.of("Marieke Jansen", "Sevda Aydın", "Jeroen Smit", "Nadia Amrani",
						"Frank de Wit", "Linda Verbeek", "Hakan Öztürk", "Carla Mendes"));
		log.info("Demo data created: municipality Amsterdam, team Samen DOEN Geuzenveld-Slotermeer, {} households",
				DemoHouseholds.ALL.size());
	}

	private UUID team(UUID municipality) {
		UUID district = organisation.level(municipality, 1, "Stadsdeel");
		UUID area = organisation.level(municipality, 2, "Gebied");
		UUID nieuwWest = organisation.area(municipality, district, null, "Nieuw-West");
		UUID zuidoost = organisation.area(municipality, district, null, "Zuidoost");
		UUID noord = organisation.area(municipality, district, null, "Noord");
		UUID geuzenveld = organisation.area(municipality, area, nieuwWest, "Geuzenveld-Slotermeer");
		UUID osdorp = organisation.area(municipality, area, nieuwWest, "Osdorp");
		organisation.postcodes(municipality, geuzenveld, 1064, 1064);
		organisation.postcodes(municipality, geuzenveld, 1067, 1068);
		organisation.postcodes(municipality, osdorp, 1069, 1069);
		organisation.area(municipality, area, zuidoost, "Bijlmer-Centrum");
		organisation.area(municipality, area, zuidoost, "Gaasperdam");
		organisation.area(municipality, area, noord, "Noord-Oost");
		UUID team = organisation.team(municipality, geuzenveld, "Samen DOEN Geuzenveld-Slotermeer",
				LocalDate.now(clock).minusYears(3));
		DemoTeam.MEMBERS.forEach(member -> organisation.member(municipality, team, member.name(), member.position(),
				member.homeOrganisation(), member.discipline(), member.hoursPerWeek(), member.username(),
				member.expertise()));
		return team;
	}

	/**
	 * @return the team leader and the team assistant, who record the demo referrals
	 */
	private List<CurrentUser> accounts(UUID municipality, UUID team) {
		CurrentUser leader = identity.account(municipality, team, "teamleider", "Marieke Jansen", Role.TEAM_LEADER,
				PASSWORD);
		CurrentUser assistant = identity.account(municipality, team, "teamassistent", "Sevda Aydın",
				Role.TEAM_ASSISTANT, PASSWORD);
		identity.account(municipality, team, "casemanager", "Jeroen Smit", Role.CASE_MANAGER, PASSWORD);
		identity.account(municipality, team, "kernteamlid", "Nadia Amrani", Role.CORE_TEAM_MEMBER, PASSWORD);
		identity.account(municipality, team, "specialist", "Carla Mendes", Role.OUTER_RING_SPECIALIST, PASSWORD);
		identity.account(municipality, team, "vrijwilliger", "Ahmed Benali", Role.VOLUNTEER, PASSWORD);
		identity.account(municipality, null, "huishouden", "Samira El Idrissi", Role.HOUSEHOLD, PASSWORD);
		identity.account(municipality, null, "beleid", "Joost van Leeuwen", Role.POLICY_OFFICER, PASSWORD);
		identity.account(municipality, null, "beheerder", "Petra Kuipers", Role.FUNCTIONAL_ADMINISTRATOR, PASSWORD);
		identity.account(municipality, null, "privacy", "Ruud de Graaf", Role.PRIVACY_OFFICER, PASSWORD);
		return List.of(leader, assistant);
	}

	private void household(CurrentUser leader, CurrentUser assistant, DemoHousehold demo) {
		UUID referral = referrals.refer(assistant, demo.members().stream().map(DemoData::member).toList(),
				demo.postcode(), demo.houseNumber(), demo.referrerType(), demo.referrerOrganisation(),
				demo.referrerName(), demo.reason(), demo.lifeDomains(), demo.urgency());
		DemoInvolvements.BY_ADDRESS.getOrDefault(demo.postcode() + " " + demo.houseNumber(), List.of())
			.forEach(involved -> referrals.involved(assistant, referral, involved.get(0), involved.get(1),
					involved.get(2), Boolean.parseBoolean(involved.get(3))));
		if (demo.status() != ReferralStatus.RECEIVED) {
			referrals.decide(leader, referral, demo.status());
		}
		referrals.referrerInformed(assistant, referral);
		if (demo.stage() != null) {
			boolean children = demo.members().size() > 2 || demo.familyName().equals("Diallo");
			cases.bringToStage(leader, referral, demo.stage(), children ? "Nadia Amrani" : "Jeroen Smit",
					children ? "Jeroen Smit" : "Frank de Wit", demo.daysAgo());
		}
		referrals.receivedDaysAgo(referral, demo.daysAgo());
		languages(leader.municipalityId(), referrals.householdOf(referral));
	}

	private void languages(UUID municipality, UUID household) {
		households.find(municipality, household).orElseThrow().members().forEach(member -> {
			List<String> spoken = DemoLanguages.BY_MEMBER.get(member.givenName() + " " + member.familyName());
			if (spoken != null) {
				membership.changeLanguage(municipality, household, member.id(), spoken.get(0),
						Boolean.parseBoolean(spoken.get(1)), member.language().version());
			}
		});
	}

	/** "Given Family yyyy-mm-dd", the family name possibly of several words. */
	private static ReferralDemoData.Member member(String member) {
		String[] parts = member.split(" ");
		return new ReferralDemoData.Member(parts[0], String.join(" ", Arrays.copyOfRange(parts, 1, parts.length - 1)),
				LocalDate.parse(parts[parts.length - 1]));
	}

}
