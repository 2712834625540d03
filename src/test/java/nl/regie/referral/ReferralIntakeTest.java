package nl.regie.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static nl.regie.referral.ReferralFixtures.household;
import static nl.regie.referral.ReferralFixtures.member;
import static nl.regie.referral.ReferralFixtures.referrer;
import static nl.regie.referral.ReferralFixtures.singleMotherWithDebtsReferredByWorkAndIncome;
import static nl.regie.referral.ReferralFixtures.validBsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegieTest
class ReferralIntakeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	PlatformTransactionManager transactions;

	ReferralFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReferralFixtures(mvc, jdbc, json, passwords);
	}

	@Test
	void workAndIncomeReferralOfASingleMotherIsRecordedAsReceived() throws Exception {

		Map<String, Object> referral = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		UUID id = fixtures.recorded(referral);

		assertThat(fixtures.at(houseNumberOf(referral)).households()).isEqualTo(1);
		assertThat(jdbc.sql("select status from referral where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("RECEIVED");
		assertThat(jdbc.sql("select a.name from referral r join area a on a.id = r.area_id where r.id = :id")
			.param("id", id)
			.query(String.class)
			.single()).as("area from the postcode").isEqualTo("Geuzenveld-Slotermeer");
		assertThat(jdbc.sql("select count(*) from referral_life_domain where referral_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void secondReferralWithTheSameBsnLinksToTheFirstHouseholdInsteadOfCreatingADuplicate() throws Exception {
		String bsn = validBsn();
		UUID first = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(bsn));
		UUID household = householdOf(first);

		Map<String, Object> second = singleMotherWithDebtsReferredByWorkAndIncome(bsn);

		apiPost(second).andExpect(status().isConflict())
			.andExpect(jsonPath("$.matches[0].householdId").value(household.toString()))
			.andExpect(jsonPath("$.matches[0].reasons", hasItem("SAME_BSN")));

		second.put("newHousehold", true);
		apiPost(second).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("linkToHousehold"));

		second.put("newHousehold", false);
		second.put("linkToHousehold", household.toString());
		UUID linked = fixtures.recorded(second);

		assertThat(householdOf(linked)).isEqualTo(household);
		assertThat(fixtures.householdsWithBsn(bsn)).isEqualTo(1);
	}

	@Test
	void referralForAHouseholdWithAnOpenCaseIsFlaggedAtOnce() throws Exception {
		String bsn = validBsn();
		UUID first = fixtures.recorded(singleMotherWithDebtsReferredByWorkAndIncome(bsn));
		jdbc.sql("""
				insert into case_file (id, municipality_id, team_id, household_id, referral_id, stage, opened_on)
				select gen_random_uuid(), municipality_id, team_id, household_id, id, 'ACTIVE', received_on
				from referral where id = :id""").param("id", first).update();
		Map<String, Object> second = singleMotherWithDebtsReferredByWorkAndIncome(bsn);
		second.put("linkToHousehold", householdOf(first).toString());

		UUID flagged = fixtures.recorded(second);

		assertThat(jdbc.sql("select open_case_at_intake from referral where id = :id")
			.param("id", flagged)
			.query(Boolean.class)
			.single()).isTrue();
		mvc.perform(get("/referrals/" + flagged).cookie(fixtures.session("teamassistent")))
			.andExpect(content().string(containsString("Dit huishouden heeft al een lopende casus bij het team.")));
	}

	@Test
	void badInputIsRefusedFieldByFieldInDutchAndNothingIsSaved() throws Exception {
		Map<String, Object> referral = singleMotherWithDebtsReferredByWorkAndIncome("123456789");
		household(referral).put("postcode", "12345");
		referrer(referral).put("contact", "");
		household(referral).put("members", List.of(member("Samira", "Test", "1989-04-12", "123456789"),
				member("Baby", "Test", "2999-01-01", null)));

		apiPost(referral).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.invalidParams[?(@.name == 'household.members[0].bsn')].reason")
				.value(hasItem(containsString("elfproef"))))
			.andExpect(jsonPath("$.invalidParams[?(@.name == 'household.members[1].dateOfBirth')].reason")
				.value(hasItem("De geboortedatum ligt in de toekomst. Vul een datum van vandaag of eerder in.")))
			.andExpect(jsonPath("$.invalidParams[?(@.name == 'household.postcode')].reason")
				.value(hasItem("Vul een postcode in als 1234AB.")))
			.andExpect(jsonPath("$.invalidParams[?(@.name == 'referrer.contact')].reason")
				.value(hasItem("Vul in hoe de aanmelder bereikbaar is.")));

		assertThat(fixtures.at(houseNumberOf(referral)).referrals()).isZero();
		assertThat(fixtures.at(houseNumberOf(referral)).households()).isZero();
	}

	@Test
	void postcodeAlsoCoveredByAnotherMunicipalityGoesToTheOwnArea() throws Exception {
		fixtures.otherMunicipalityAreaCovering(1067);
		Map<String, Object> referral = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		household(referral).put("postcode", "1067ZZ");

		UUID id = fixtures.recorded(referral);

		assertThat(jdbc.sql("select a.name from referral r join area a on a.id = r.area_id where r.id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Geuzenveld-Slotermeer");
	}

	@Test
	void referralForAnotherMunicipalitysAreaIsRefused() throws Exception {
		fixtures.otherMunicipalityAreaCovering(9901);
		Map<String, Object> byPostcode = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		household(byPostcode).put("postcode", "9901AA");
		Map<String, Object> byArea = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		byArea.put("areaId", fixtures.otherMunicipalityAreaCovering(9902).toString());

		apiPost(byPostcode).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("household.postcode"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("andere gemeente")));
		apiPost(byArea).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("areaId"));
		assertThat(fixtures.at(houseNumberOf(byPostcode)).households()).isZero();
		assertThat(fixtures.at(houseNumberOf(byArea)).households()).isZero();
	}

	@Test
	void teamAssistantRecordsAReferralOnTheIntakeForm() throws Exception {
		Cookie session = fixtures.session("teamassistent");
		mvc.perform(get("/referrals/new").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nieuwe aanmelding")));

		mvc.perform(intakeForm(session, validBsn(), "household.postcode", "1067 ab"))
			.andExpect(redirectedUrlPattern("/referrals/*"));
	}

	@Test
	void intakeFormShowsDutchMessagesLinkedToTheirFields() throws Exception {
		Cookie session = fixtures.session("teamassistent");

		mvc.perform(intakeForm(session, "111111111", "referrer.contact", "", "household.postcode", "AB1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een postcode in als 1234AB.")))
			.andExpect(content().string(containsString(
					"aria-describedby=\"intake-household-postcode-hint intake-household-postcode-error\"")))
			.andExpect(content().string(containsString("Vul in hoe de aanmelder bereikbaar is.")))
			.andExpect(content().string(containsString("de elfproef")));
	}

	@Test
	void addingAMemberKeepsWhatWasTypedAndSavesNothing() throws Exception {
		String houseNumber = ReferralFixtures.uniqueHouseNumber();

		mvc.perform(intakeForm(fixtures.session("teamassistent"), validBsn(), "addMember", "true",
				"household.houseNumber", houseNumber))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gezinslid 2")))
			.andExpect(content().string(containsString("value=\"M. de Boer\"")));

		assertThat(fixtures.at(houseNumber).referrals()).isZero();
	}

	@Test
	void intakeFormOffersToLinkAHouseholdAtTheSameAddress() throws Exception {
		Cookie session = fixtures.session("teamassistent");
		String houseNumber = ReferralFixtures.uniqueHouseNumber();
		mvc.perform(intakeForm(session, validBsn(), "household.houseNumber", houseNumber))
			.andExpect(redirectedUrlPattern("/referrals/*"));

		mvc.perform(intakeForm(session, validBsn(), "household.houseNumber", houseNumber,
				"household.members[0].givenName", "Ander"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kent Regie dit huishouden al?")))
			.andExpect(content().string(containsString("zelfde adres")));
	}

	@Test
	void teamLeaderOfAnotherTeamLearnsNoNamesOrAddressOfAHouseholdKnownOnlyToTheFirstTeam() throws Exception {
		String bsn = validBsn();
		Map<String, Object> first = singleMotherWithDebtsReferredByWorkAndIncome(bsn);
		fixtures.recorded(first);
		String otherTeamLeader = fixtures.teamLeaderOfAnotherTeam(false);
		@SuppressWarnings("unchecked")
		String familyName = (String) ((List<Map<String, Object>>) household(first).get("members")).get(0)
			.get("familyName");

		Map<String, Object> sameBsn = singleMotherWithDebtsReferredByWorkAndIncome(bsn);
		String byBsn = mvc
			.perform(post("/api/v1/referrals").header("Authorization", fixtures.token(otherTeamLeader))
				.contentType(MediaType.APPLICATION_JSON)
				.content(fixtures.json(sameBsn)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.matches").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byBsn).doesNotContain(familyName).doesNotContain((String) household(first).get("houseNumber"));

		Map<String, Object> sameAddress = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		household(sameAddress).put("houseNumber", household(first).get("houseNumber"));
		String byAddress = mvc
			.perform(post("/api/v1/referrals").header("Authorization", fixtures.token(otherTeamLeader))
				.contentType(MediaType.APPLICATION_JSON)
				.content(fixtures.json(sameAddress)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.matches[0].knownToAnotherTeam").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byAddress).doesNotContain(familyName).doesNotContain("Samira");
	}

	@Test
	void linkingAHouseholdKnownOnlyToAnotherTeamByItsIdIsRefusedOverTheApiAndSavesNothing() throws Exception {
		Map<String, Object> first = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		UUID household = householdOf(fixtures.recorded(first));
		String otherTeamLeader = fixtures.teamLeaderOfAnotherTeam(false);
		Map<String, Object> sameAddress = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		household(sameAddress).put("houseNumber", household(first).get("houseNumber"));
		sameAddress.put("linkToHousehold", household.toString());
		String houseNumber = (String) household(first).get("houseNumber");
		ReferralFixtures.Traces traces = fixtures.at(houseNumber);

		String refusal = mvc
			.perform(post("/api/v1/referrals").header("Authorization", fixtures.token(otherTeamLeader))
				.contentType(MediaType.APPLICATION_JSON)
				.content(fixtures.json(sameAddress)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(
					containsString("Dit huishouden is bekend bij een ander team: Samen DOEN Geuzenveld-Slotermeer.")))
			.andExpect(jsonPath("$.matches").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(refusal).doesNotContain(familyNameOfFirstMember(first)).doesNotContain("Yassin");
		assertThat(fixtures.at(houseNumber).referrals()).isEqualTo(traces.referrals());
		assertThat(fixtures.at(houseNumber).members()).isEqualTo(traces.members());
	}

	@Test
	void intakeFormOffersNoLinkToAHouseholdKnownOnlyToAnotherTeamAndRefusesOneSentByIdSavingNothing() throws Exception {
		String houseNumber = ReferralFixtures.uniqueHouseNumber();
		mvc.perform(intakeForm(fixtures.session("teamassistent"), validBsn(), "household.houseNumber", houseNumber))
			.andExpect(redirectedUrlPattern("/referrals/*"));
		UUID household = jdbc.sql("select id from household where postcode = '1067AB' and house_number = :n")
			.param("n", houseNumber)
			.query(UUID.class)
			.single();
		Cookie otherTeam = fixtures.session(fixtures.teamLeaderOfAnotherTeam(false));
		ReferralFixtures.Traces traces = fixtures.at(houseNumber);

		String choiceScreen = mvc.perform(intakeForm(otherTeam, validBsn(), "household.houseNumber", houseNumber))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Koppelen kan alleen aan een huishouden dat uw team kent.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(choiceScreen).doesNotContain("value=\"" + household + "\"");

		mvc.perform(intakeForm(otherTeam, validBsn(), "household.houseNumber", houseNumber, "householdChoiceOffered",
				"true", "householdChoice", household.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Dit huishouden is bekend bij een ander team: Samen DOEN Geuzenveld-Slotermeer.")));
		assertThat(fixtures.at(houseNumber).referrals()).isEqualTo(traces.referrals());
		assertThat(fixtures.at(houseNumber).members()).isEqualTo(traces.members());

		mvc.perform(intakeForm(otherTeam, validBsn(), "household.houseNumber", houseNumber, "householdChoiceOffered",
				"true", "householdChoice", "new"))
			.andExpect(redirectedUrlPattern("/referrals/*"));
	}

	@Test
	void bsnOfAHouseholdKnownOnlyToAnotherTeamIsRefusedNamingThatTeamAndSavesNothing() throws Exception {
		String bsn = validBsn();
		Map<String, Object> first = singleMotherWithDebtsReferredByWorkAndIncome(bsn);
		fixtures.recorded(first);
		String otherTeamLeader = fixtures.teamLeaderOfAnotherTeam(false);

		String refusal = "Een gezinslid met dit BSN hoort bij een huishouden dat bekend is bij een ander team: "
				+ "Samen DOEN Geuzenveld-Slotermeer.";

		String screen = mvc.perform(intakeForm(fixtures.session(otherTeamLeader), bsn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refusal)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(screen).doesNotContain("name=\"householdChoice\"").doesNotContain(familyNameOfFirstMember(first));

		Map<String, Object> asNewHousehold = singleMotherWithDebtsReferredByWorkAndIncome(bsn);
		asNewHousehold.put("newHousehold", true);
		mvc.perform(post("/api/v1/referrals").header("Authorization", fixtures.token(otherTeamLeader))
			.contentType(MediaType.APPLICATION_JSON)
			.content(fixtures.json(asNewHousehold)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString(refusal)));
		assertThat(fixtures.referralsOfBsn(bsn)).isEqualTo(1);
		assertThat(fixtures.householdsWithBsn(bsn)).isEqualTo(1);
	}

	@Test
	void teamLinksAHouseholdItKnowsOnTheIntakeForm() throws Exception {
		Cookie session = fixtures.session("teamassistent");
		String houseNumber = ReferralFixtures.uniqueHouseNumber();
		mvc.perform(intakeForm(session, validBsn(), "household.houseNumber", houseNumber))
			.andExpect(redirectedUrlPattern("/referrals/*"));
		UUID household = jdbc.sql("select id from household where postcode = '1067AB' and house_number = :n")
			.param("n", houseNumber)
			.query(UUID.class)
			.single();

		String location = mvc
			.perform(intakeForm(session, validBsn(), "household.houseNumber", houseNumber, "householdChoiceOffered",
					"true", "householdChoice", household.toString()))
			.andExpect(redirectedUrlPattern("/referrals/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(householdOf(UUID.fromString(location.substring("/referrals/".length())))).isEqualTo(household);
	}

	@Test
	void ownTeamSeesNamesAndAddressOfAHouseholdItKnows() throws Exception {
		String bsn = validBsn();
		Map<String, Object> first = singleMotherWithDebtsReferredByWorkAndIncome(bsn);
		fixtures.recorded(first);

		apiPost(singleMotherWithDebtsReferredByWorkAndIncome(bsn)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.matches[0].knownToAnotherTeam").value(false))
			.andExpect(jsonPath("$.matches[0].memberNames", hasItem(containsString("Samira"))))
			.andExpect(jsonPath("$.matches[0].houseNumber").value(household(first).get("houseNumber")));
	}

	@Test
	void choiceScreenSelectsNoHouseholdAndASubmitWithoutAChoiceIsRefused() throws Exception {
		Cookie session = fixtures.session("teamassistent");
		String houseNumber = ReferralFixtures.uniqueHouseNumber();
		mvc.perform(intakeForm(session, validBsn(), "household.houseNumber", houseNumber))
			.andExpect(redirectedUrlPattern("/referrals/*"));
		long referrals = fixtures.at(houseNumber).referrals();

		String choiceScreen = mvc.perform(intakeForm(session, validBsn(), "household.houseNumber", houseNumber))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(choiceScreen).contains("name=\"householdChoice\"")
			.doesNotContainPattern("<input[^>]*householdChoice[^>]*checked");

		mvc.perform(
				intakeForm(session, validBsn(), "household.houseNumber", houseNumber, "householdChoiceOffered", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een van de huishoudens, of een nieuw huishouden.")));
		assertThat(fixtures.at(houseNumber).referrals()).isEqualTo(referrals);

		mvc.perform(intakeForm(session, validBsn(), "household.houseNumber", houseNumber, "householdChoiceOffered",
				"true", "householdChoice", "new"))
			.andExpect(redirectedUrlPattern("/referrals/*"));
	}

	@Test
	void lifeDomainNamedTwiceCountsOnce() throws Exception {
		Map<String, Object> referral = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		referral.put("lifeDomains", List.of("FINANCES", "FINANCES", "WORK_EDUCATION"));

		UUID id = fixtures.recorded(referral);

		assertThat(jdbc.sql("select life_domain from referral_life_domain where referral_id = :r")
			.param("r", id)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("FINANCES", "WORK_EDUCATION");
	}

	@Test
	void emptyMemberEmptyLifeDomainAndTooManyLifeDomainsAreRefusedAsBadInputInDutch() throws Exception {
		Map<String, Object> emptyMember = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		List<Object> members = new ArrayList<>();
		members.add(null);
		household(emptyMember).put("members", members);
		apiPost(emptyMember).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[?(@.name == 'household.members[0]')].reason")
				.value(hasItem("Vul bij elk gezinslid de gegevens in.")));

		Map<String, Object> emptyDomain = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		List<Object> domains = new ArrayList<>();
		domains.add(null);
		emptyDomain.put("lifeDomains", domains);
		apiPost(emptyDomain).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[?(@.name == 'lifeDomains[0]')].reason")
				.value(hasItem("Kies een leefgebied uit de lijst.")));

		Map<String, Object> tooMany = singleMotherWithDebtsReferredByWorkAndIncome(validBsn());
		tooMany.put("lifeDomains", IntStream.range(0, 14).mapToObj(i -> "DOMAIN_" + i).toList());
		apiPost(tooMany).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[?(@.name == 'lifeDomains')].reason")
				.value(hasItem("Kies hoogstens 13 leefgebieden.")));
	}

	@Test
	void sameBsnRegisteredByTwoIntakesAtOnceEndsInOneHouseholdAndTellsTheSecondInDutch() throws Exception {
		String bsn = validBsn();
		Map<String, Object> referral = singleMotherWithDebtsReferredByWorkAndIncome(bsn);
		assertThat(fixtures.householdsWithBsn(bsn)).isZero();

		MockHttpServletResponse second = fixtures.whileHolding(transactions,
				"""
						insert into household (id, municipality_id, postcode, house_number, created_at)
						select :id, id, '1067AB', '1', now() from municipality where code = '0363';
						insert into household_member (id, municipality_id, household_id, given_name, family_name, date_of_birth, bsn)
						select gen_random_uuid(), municipality_id, id, 'Gelijk', 'Tijdig', date '1980-01-01', '"""
						+ bsn + """
								' from household where id = :id""",
				UUID.randomUUID(), () -> fixtures.api(HttpMethod.POST, "/api/v1/referrals", "teamassistent", referral));

		assertThat(second.getStatus()).isEqualTo(400);
		assertThat(second.getContentAsString()).contains("Een gezinslid met dit BSN hoort al bij een huishouden.");
		assertThat(fixtures.householdsWithBsn(bsn)).isEqualTo(1);
	}

	/** The intake form filled in as a team assistant would, with some fields changed. */
	private MockHttpServletRequestBuilder intakeForm(Cookie session, String bsn, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("referrer.type", "WORK_AND_INCOME");
		fields.put("referrer.organisation", "DWI");
		fields.put("referrer.name", "M. de Boer");
		fields.put("referrer.contact", "020 555 0100");
		fields.put("household.postcode", "1067AB");
		fields.put("household.houseNumber", ReferralFixtures.uniqueHouseNumber());
		fields.put("household.members[0].givenName", "Samira");
		fields.put("household.members[0].familyName", "Formulier" + UUID.randomUUID());
		fields.put("household.members[0].dateOfBirth", "1989-04-12");
		fields.put("household.members[0].bsn", bsn);
		fields.put("reason", "Schulden en zorgen om de zoon.");
		fields.put("urgency", "NORMAL");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/referrals").cookie(session)
			.with(csrf())
			.param("lifeDomains", "FINANCES", "WORK_EDUCATION");
		fields.forEach(request::param);
		return request;
	}

	private static String houseNumberOf(Map<String, Object> referral) {
		return (String) household(referral).get("houseNumber");
	}

	private ResultActions apiPost(Map<String, Object> referral) throws Exception {
		return mvc.perform(post("/api/v1/referrals").header("Authorization", fixtures.token("teamassistent"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(fixtures.json(referral)));
	}

	@SuppressWarnings("unchecked")
	private static String familyNameOfFirstMember(Map<String, Object> referral) {
		return (String) ((List<Map<String, Object>>) household(referral).get("members")).get(0).get("familyName");
	}

	private UUID householdOf(UUID referral) {
		return jdbc.sql("select household_id from referral where id = :id")
			.param("id", referral)
			.query(UUID.class)
			.single();
	}

}
