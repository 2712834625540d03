package nl.regie.organisation;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A functional administrator sets up areas and teams through the screens, within their
 * own municipality only.
 */
@RegieTest
class OrganisationAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	OtherMunicipality nieuwegein;

	Cookie nieuwegeinAdministrator;

	@BeforeEach
	void nieuwegeinWithItsOwnAdministrator() throws Exception {
		nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);
		nieuwegeinAdministrator = loggedIn(nieuwegein.account(Role.FUNCTIONAL_ADMINISTRATOR),
				OtherMunicipality.PASSWORD);
	}

	@Test
	void administratorAddsAnAreaLevelAndAnArea() throws Exception {
		mvc.perform(as(nieuwegeinAdministrator, post("/admin/area-levels")).param("name", "Wijk"))
			.andExpect(redirectedUrl("/admin"));
		UUID wijk = jdbc.sql("select id from area_level where municipality_id = :m and depth = 2 and name = 'Wijk'")
			.param("m", nieuwegein.id)
			.query(UUID.class)
			.single();

		mvc.perform(as(nieuwegeinAdministrator, post("/admin/areas")).param("levelId", wijk.toString())
			.param("parentId", nieuwegein.areaId.toString())
			.param("name", "Batau-Noord")).andExpect(redirectedUrl("/admin"));

		assertThat(jdbc
			.sql("select parent_id from area where municipality_id = :m and level_id = :l and name = 'Batau-Noord'")
			.param("m", nieuwegein.id)
			.param("l", wijk)
			.query(UUID.class)
			.single()).isEqualTo(nieuwegein.areaId);
		mvc.perform(get("/admin").cookie(nieuwegeinAdministrator))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Woonservicezone"), containsString("Wijk"),
					containsString("Batau-Noord"), containsString("Noord › Batau-Noord"))));
	}

	@Test
	void areaBelowTheTopLevelWithoutParentIsRefusedNextToTheField() throws Exception {
		mvc.perform(as(nieuwegeinAdministrator, post("/admin/area-levels")).param("name", "Wijk"));
		UUID wijk = jdbc.sql("select id from area_level where municipality_id = :m and depth = 2")
			.param("m", nieuwegein.id)
			.query(UUID.class)
			.single();

		mvc.perform(as(nieuwegeinAdministrator, post("/admin/areas")).param("levelId", wijk.toString())
			.param("parentId", "")
			.param("name", "Galecop"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"area-parentId-error\""),
					containsString("Kies het gebied waar dit gebied onder valt."),
					containsString("aria-describedby=\"area-parentId-hint area-parentId-error\""))));

		assertThat(jdbc.sql("select count(*) from area where name = 'Galecop'").query(Integer.class).single()).isZero();
	}

	@Test
	void administratorCreatesATeamAndAddsACoreMemberWithHomeOrganisationDisciplineAndHours() throws Exception {
		Cookie beheerder = loggedIn("beheerder", "regie-demo");
		UUID osdorp = jdbc.sql("select id from area where name = 'Osdorp'").query(UUID.class).single();
		String name = "Samen DOEN Osdorp " + nieuwegein.suffix;

		String teamPage = mvc
			.perform(as(beheerder, post("/admin/teams")).param("name", name).param("areaId", osdorp.toString()))
			.andExpect(redirectedUrlPattern("/admin/teams/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(as(beheerder, post(teamPage + "/members")).param("name", "Yusuf Bakker")
			.param("position", "CORE")
			.param("homeOrganisation", "Combiwel")
			.param("discipline", "Maatschappelijk werk")
			.param("hoursPerWeek", "28,5")).andExpect(redirectedUrl(teamPage));

		mvc.perform(get(teamPage).cookie(beheerder))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString("Nieuw-West › Osdorp"),
					containsString("Yusuf Bakker"), containsString("Combiwel"), containsString("Maatschappelijk werk"),
					containsString("28,5"))));
		assertThat(jdbc.sql("select hours_per_week from team_member where name = 'Yusuf Bakker'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("28.5");
		mvc.perform(get("/admin").cookie(beheerder)).andExpect(content().string(containsString(name)));
	}

	@Test
	void coreMemberWithoutHoursIsRefusedWithADutchMessageAndNothingIsSaved() throws Exception {
		mvc.perform(as(nieuwegeinAdministrator, post("/admin/teams/" + nieuwegein.teamId + "/members"))
			.param("name", "Frank de Wit")
			.param("position", "CORE")
			.param("homeOrganisation", "")
			.param("discipline", "Schuldhulpverlening")
			.param("hoursPerWeek", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Vul voor een kernteamlid het aantal uren per week in."),
					containsString("Vul de moederorganisatie in."), containsString("value=\"Frank de Wit\""),
					containsString("aria-describedby=\"member-hoursPerWeek-hint member-hoursPerWeek-error\""))));

		assertThat(nieuwegein.membersOfTeam()).isZero();
	}

	@Test
	void administratorRemovesAMemberOnlyAfterConfirming() throws Exception {
		String teamPage = "/admin/teams/" + nieuwegein.teamId;
		mvc.perform(as(nieuwegeinAdministrator, post(teamPage + "/members")).param("name", "Theo Brink")
			.param("position", "OUTER_RING")
			.param("homeOrganisation", "Jellinek")
			.param("discipline", "Verslavingszorg")
			.param("hoursPerWeek", "")).andExpect(redirectedUrl(teamPage));
		UUID member = jdbc.sql("select id from team_member where team_id = :t")
			.param("t", nieuwegein.teamId)
			.query(UUID.class)
			.single();
		String removal = teamPage + "/members/" + member + "/remove";

		mvc.perform(get(removal).cookie(nieuwegeinAdministrator))
			.andExpect(content().string(
					containsString("Wilt u Theo Brink (Buitenring, Jellinek) uit team Buurtteam Noord verwijderen?")));
		mvc.perform(post(removal).cookie(nieuwegeinAdministrator)).andExpect(status().isForbidden());
		assertThat(nieuwegein.membersOfTeam()).isOne();

		mvc.perform(as(nieuwegeinAdministrator, post(removal))).andExpect(redirectedUrl(teamPage));
		assertThat(nieuwegein.membersOfTeam()).isZero();
	}

	@Test
	void administratorCannotSeeOrChangeAnotherMunicipalitysTeam() throws Exception {
		Cookie amsterdamAdministrator = loggedIn("beheerder", "regie-demo");
		String otherTeam = "/admin/teams/" + nieuwegein.teamId;

		mvc.perform(get(otherTeam).cookie(amsterdamAdministrator))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Buurtteam Noord"))));
		mvc.perform(as(amsterdamAdministrator, post(otherTeam + "/members")).param("name", "Indringer")
			.param("position", "OUTER_RING")
			.param("homeOrganisation", "X")
			.param("discipline", "Y")).andExpect(status().isNotFound());
		mvc.perform(as(amsterdamAdministrator, post(otherTeam + "/name")).param("name", "Overgenomen")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(as(amsterdamAdministrator, post("/admin/teams")).param("name", "Team in andermans gebied")
			.param("areaId", nieuwegein.areaId.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies het gebied van het team.")));
		mvc.perform(get("/admin").cookie(amsterdamAdministrator))
			.andExpect(content()
				.string(allOf(not(containsString("Buurtteam Noord")), not(containsString("Woonservicezone")))));

		assertThat(nieuwegein.membersOfTeam()).isZero();
		assertThat(nieuwegein.teamName()).isEqualTo("Buurtteam Noord");
		assertThat(jdbc.sql("select count(*) from team where name = 'Team in andermans gebied'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void secondRenameWithAStaleVersionIsRefusedAndTheFirstNameStays() throws Exception {
		Cookie secondAdministrator = loggedIn(nieuwegein.account(Role.FUNCTIONAL_ADMINISTRATOR),
				OtherMunicipality.PASSWORD);
		String rename = "/admin/teams/" + nieuwegein.teamId + "/name";

		mvc.perform(
				as(nieuwegeinAdministrator, post(rename)).param("name", "Buurtteam Noord-Oost").param("version", "0"))
			.andExpect(redirectedUrl("/admin/teams/" + nieuwegein.teamId));
		mvc.perform(as(secondAdministrator, post(rename)).param("name", "Buurtteam Galecop").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Iemand anders heeft dit team intussen hernoemd tot ‘Buurtteam Noord-Oost’."),
					containsString("value=\"Buurtteam Galecop\""), containsString("name=\"version\" value=\"1\""))));

		assertThat(nieuwegein.teamName()).isEqualTo("Buurtteam Noord-Oost");
	}

	private MockHttpServletRequestBuilder as(Cookie session, MockHttpServletRequestBuilder request) {
		return request.cookie(session).with(csrf());
	}

	/**
	 * Sessions live in PostgreSQL (Spring Session), so the test carries the session
	 * cookie.
	 */
	private Cookie loggedIn(String username, String password) throws Exception {
		return mvc.perform(formLogin().user(username).password(password))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
