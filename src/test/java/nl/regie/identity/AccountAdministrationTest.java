package nl.regie.identity;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.organisation.OtherMunicipality;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Functional administrators manage the accounts of their own municipality on the screens.
 */
@RegieTest
class AccountAdministrationTest {

	static final String PASSWORD = "lang-genoeg-wachtwoord";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	Cookie beheerder;

	UUID amsterdamTeam;

	String suffix = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void amsterdamAdministratorIsLoggedIn() throws Exception {
		beheerder = loggedIn("beheerder", "regie-demo");
		amsterdamTeam = jdbc.sql("select id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
			.query(UUID.class)
			.single();
	}

	@Test
	void administratorCreatesAnAccountThatCanLogInWithItsRoleAndTeam() throws Exception {
		String username = "m.devries-" + suffix;

		mvc.perform(as(beheerder, post("/admin/accounts")).param("username", username)
			.param("displayName", "Mila de Vries")
			.param("password", PASSWORD)
			.param("roles", "TEAM_LEADER", "CASE_MANAGER")
			.param("teamId", amsterdamTeam.toString())).andExpect(redirectedUrlPattern("/admin/accounts/*"));

		mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(authenticated().withUsername(username).withRoles("TEAM_LEADER", "CASE_MANAGER"));
		Cookie newTeamLeader = loggedIn(username, PASSWORD);
		mvc.perform(get("/").cookie(newTeamLeader)).andExpect(redirectedUrl("/referrals"));
		mvc.perform(get("/referrals").cookie(newTeamLeader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Samen DOEN Geuzenveld-Slotermeer")));
		mvc.perform(get("/admin/accounts").param("page", "0").cookie(beheerder))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Mila de Vries"), containsString("Teamleider"))));
		assertThat(jdbc.sql("select password_hash from user_account where username = :u")
			.param("u", username)
			.query(String.class)
			.single()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
	}

	@Test
	void duplicateUsernameIsRefusedInDutchNextToTheFieldAndNothingIsSaved() throws Exception {

		mvc.perform(as(beheerder, post("/admin/accounts")).param("username", "teamleider")
			.param("displayName", "Tweede Teamleider")
			.param("password", PASSWORD)
			.param("roles", "TEAM_LEADER"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Deze gebruikersnaam is al in gebruik."),
					containsString("id=\"account-username-error\""),
					containsString("aria-describedby=\"account-username-hint account-username-error\""),
					not(containsString(PASSWORD)))));

		assertThat(accountsNamed("teamleider")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from user_account where display_name = 'Tweede Teamleider'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void shortPasswordUppercaseUsernameAndMissingRoleAreRefusedTogether() throws Exception {

		mvc.perform(as(beheerder, post("/admin/accounts")).param("username", "Kort-" + suffix)
			.param("displayName", "Kees Kort")
			.param("password", "kort"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kies een wachtwoord van minstens 12 tekens."),
					containsString("Gebruik 3 tot 60 kleine letters"), containsString("Kies minstens een rol."))));

		assertThat(accountsNamed("kort-" + suffix)).isZero();
	}

	@Test
	void teamOfAnotherMunicipalityIsRefused() throws Exception {
		OtherMunicipality nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);

		mvc.perform(as(beheerder, post("/admin/accounts")).param("username", "indringer-" + suffix)
			.param("displayName", "Indringer")
			.param("password", PASSWORD)
			.param("roles", "CASE_MANAGER")
			.param("teamId", nieuwegein.teamId.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een team van uw gemeente.")));

		assertThat(jdbc.sql("select count(*) from user_account where username = :u")
			.param("u", "indringer-" + suffix)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void disabledAccountCannotLogInAndLosesItsSessionAndBearerToken() throws Exception {
		String username = "t.leider-" + suffix;
		UUID account = create(username, "TEAM_LEADER");
		Cookie session = loggedIn(username, PASSWORD);
		String token = bearerToken(username);
		mvc.perform(get("/api/v1/referrals").header("Authorization", token)).andExpect(status().isOk());

		mvc.perform(as(beheerder, post("/admin/accounts/" + account + "/status")).param("enabled", "false")
			.param("version", "0")).andExpect(redirectedUrl("/admin/accounts/" + account));

		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
		mvc.perform(get("/api/v1/referrals").header("Authorization", token)).andExpect(status().isUnauthorized());
		mvc.perform(get("/referrals").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
		mvc.perform(get("/admin/accounts/" + account).cookie(beheerder))
			.andExpect(content().string(containsString("Uitgeschakeld")));
	}

	@Test
	void reEnabledAccountLogsInWithAPasswordResetByTheAdministrator() throws Exception {
		String username = "c.manager-" + suffix;
		UUID account = create(username, "CASE_MANAGER");
		mvc.perform(as(beheerder, post("/admin/accounts/" + account + "/status")).param("enabled", "false")
			.param("version", "0"));
		mvc.perform(as(beheerder, post("/admin/accounts/" + account + "/status")).param("enabled", "true")
			.param("version", "1"));

		mvc.perform(as(beheerder, post("/admin/accounts/" + account + "/password")).param("password", "te-kort")
			.param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een wachtwoord van minstens 12 tekens.")));
		mvc.perform(as(beheerder, post("/admin/accounts/" + account + "/password"))
			.param("password", "een-heel-nieuw-wachtwoord")
			.param("version", "2")).andExpect(redirectedUrl("/admin/accounts/" + account));

		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
		mvc.perform(formLogin().user(username).password("een-heel-nieuw-wachtwoord")).andExpect(authenticated());
	}

	@Test
	void staleVersionIsToldAndChangesNothing() throws Exception {
		String username = "stale-" + suffix;
		UUID account = create(username, "VOLUNTEER");
		mvc.perform(as(beheerder, post("/admin/accounts/" + account + "/password"))
			.param("password", "een-heel-nieuw-wachtwoord")
			.param("version", "0"));

		mvc.perform(as(beheerder, post("/admin/accounts/" + account + "/status")).param("enabled", "false")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit account intussen gewijzigd.")));

		mvc.perform(formLogin().user(username).password("een-heel-nieuw-wachtwoord")).andExpect(authenticated());
	}

	@Test
	void teamLeaderIsForbiddenFromTheAccountScreens() throws Exception {
		Cookie teamleider = loggedIn("teamleider", "regie-demo");

		mvc.perform(get("/admin/accounts").cookie(teamleider)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts/new").cookie(teamleider)).andExpect(status().isForbidden());
		mvc.perform(as(teamleider, post("/admin/accounts")).param("username", "indringer-" + suffix)
			.param("displayName", "Indringer")
			.param("password", PASSWORD)
			.param("roles", "FUNCTIONAL_ADMINISTRATOR")).andExpect(status().isForbidden());

		assertThat(accountsNamed("indringer-" + suffix)).isZero();
	}

	@Test
	void administratorOfAnotherMunicipalityGetsNotFoundForAnAmsterdamAccount() throws Exception {
		OtherMunicipality nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);
		Cookie nieuwegeinAdministrator = loggedIn(nieuwegein.account(Role.FUNCTIONAL_ADMINISTRATOR),
				OtherMunicipality.PASSWORD);
		UUID teamleider = jdbc.sql("select id from user_account where username = 'teamleider'")
			.query(UUID.class)
			.single();

		mvc.perform(get("/admin/accounts/" + teamleider).cookie(nieuwegeinAdministrator))
			.andExpect(status().isNotFound());
		mvc.perform(
				as(nieuwegeinAdministrator, post("/admin/accounts/" + teamleider + "/status")).param("enabled", "false")
					.param("version", "0"))
			.andExpect(status().isNotFound());
		mvc.perform(as(nieuwegeinAdministrator, post("/admin/accounts/" + teamleider + "/password"))
			.param("password", "overgenomen-wachtwoord")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(get("/admin/accounts").cookie(nieuwegeinAdministrator))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("teamleider"))));

		mvc.perform(formLogin().user("teamleider").password("regie-demo")).andExpect(authenticated());
	}

	@Test
	void administratorCannotDisableThemselves() throws Exception {
		OtherMunicipality nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);
		String username = nieuwegein.account(Role.FUNCTIONAL_ADMINISTRATOR);
		Cookie administrator = loggedIn(username, OtherMunicipality.PASSWORD);
		UUID self = jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();

		mvc.perform(as(administrator, post("/admin/accounts/" + self + "/status")).param("enabled", "false")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("U kunt uw eigen account niet uitschakelen.")));

		assertThat(jdbc.sql("select enabled from user_account where id = :id")
			.param("id", self)
			.query(Boolean.class)
			.single()).isTrue();
		mvc.perform(get("/admin/accounts").cookie(administrator)).andExpect(status().isOk());
	}

	private UUID create(String username, String role) throws Exception {
		String location = mvc
			.perform(as(beheerder, post("/admin/accounts")).param("username", username)
				.param("displayName", "Testaccount")
				.param("password", PASSWORD)
				.param("roles", role)
				.param("teamId", amsterdamTeam.toString()))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private String bearerToken(String username) throws Exception {
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.accessToken");
	}

	/**
	 * Case-insensitive: a refused "Kort-x" must not have been saved as "kort-x" either.
	 */
	private int accountsNamed(String username) {
		return jdbc.sql("select count(*) from user_account where lower(username) = lower(:u)")
			.param("u", username)
			.query(Integer.class)
			.single();
	}

	private Cookie loggedIn(String username, String password) throws Exception {
		return mvc.perform(formLogin().user(username).password(password))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private static MockHttpServletRequestBuilder as(Cookie session, MockHttpServletRequestBuilder request) {
		return request.cookie(session).with(csrf());
	}

}
