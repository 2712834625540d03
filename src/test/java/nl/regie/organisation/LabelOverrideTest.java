package nl.regie.organisation;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality's own words reach its own users, and only them.
 */
@RegieTest
class LabelOverrideTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	OtherMunicipality nieuwegein;

	Cookie administrator;

	@BeforeEach
	void nieuwegeinWithAnAdministrator() throws Exception {
		nieuwegein = OtherMunicipality.nieuwegein(jdbc, passwords);
		administrator = loggedIn(nieuwegein.account(Role.FUNCTIONAL_ADMINISTRATOR), OtherMunicipality.PASSWORD);
	}

	@Test
	void labelScreenShowsTheDefaultWordsInBothLanguages() throws Exception {
		mvc.perform(get("/admin/labels").cookie(administrator))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"nl[role.CASE_MANAGER]\""),
					containsString("name=\"en[term.actionPlan]\""), containsString("Standaard: Plan van aanpak"),
					containsString("Standaard: Action plan"), not(containsString("name=\"nl[error.title]\"")))));
	}

	@Test
	void overrideChangesWhatUsersOfThatMunicipalitySeeAndNotAnotherMunicipalitysUsers() throws Exception {
		Cookie nieuwegeinCaseManager = loggedIn(nieuwegein.account(Role.CASE_MANAGER), OtherMunicipality.PASSWORD);
		Cookie amsterdamCaseManager = loggedIn("casemanager", "regie-demo");

		mvc.perform(post("/admin/labels").cookie(administrator)
			.with(csrf())
			.param("nl[role.CASE_MANAGER]", " Buurtteamwerker ")
			.param("en[role.CASE_MANAGER]", "Neighbourhood team worker")
			.param("nl[term.actionPlan]", "Krachtplan")).andExpect(redirectedUrl("/admin/labels"));

		mvc.perform(get("/cases/my").cookie(nieuwegeinCaseManager))
			.andExpect(content().string(containsString("<dd>Buurtteamwerker</dd>")));
		mvc.perform(get("/cases/my").cookie(nieuwegeinCaseManager).param("lang", "en"))
			.andExpect(content().string(containsString("<dd>Neighbourhood team worker</dd>")));
		mvc.perform(get("/cases/my").cookie(amsterdamCaseManager).param("lang", "nl"))
			.andExpect(content()
				.string(allOf(containsString("<dd>Casemanager</dd>"), not(containsString("Buurtteamwerker")))));
		mvc.perform(get("/admin/labels").cookie(administrator))
			.andExpect(content()
				.string(allOf(containsString("value=\"Buurtteamwerker\""), containsString("value=\"Krachtplan\""))));
	}

	@Test
	void emptyInputRemovesTheOverride() throws Exception {
		mvc.perform(post("/admin/labels").cookie(administrator)
			.with(csrf())
			.param("nl[role.CASE_MANAGER]", "Buurtteamwerker"));

		mvc.perform(post("/admin/labels").cookie(administrator).with(csrf()).param("nl[role.CASE_MANAGER]", ""))
			.andExpect(redirectedUrl("/admin/labels"));

		assertThat(overrides()).isZero();
	}

	@Test
	void tooLongWordIsRefusedAndNothingIsSaved() throws Exception {
		mvc.perform(post("/admin/labels").cookie(administrator)
			.with(csrf())
			.param("nl[role.CASE_MANAGER]", "Buurtteamwerker")
			.param("nl[term.actionPlan]", "K".repeat(61)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Gebruik hoogstens 60 tekens."),
					containsString("id=\"label-nl-term-actionPlan-error\""))));

		assertThat(overrides()).isZero();
	}

	private int overrides() {
		return jdbc.sql("select count(*) from label_override where municipality_id = :m")
			.param("m", nieuwegein.id)
			.query(Integer.class)
			.single();
	}

	private Cookie loggedIn(String username, String password) throws Exception {
		return mvc.perform(formLogin().user(username).password(password))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
