package nl.regie.organisation;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only functional administrators reach the organisation screens (DESIGN §5).
 */
@RegieTest
class OrganisationAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "teamleider", "vrijwilliger", "casemanager", "beleid" })
	void onlyFunctionalAdministratorsReachTheAdministrationScreens(String username) throws Exception {
		Cookie session = mvc.perform(formLogin().user(username).password("regie-demo"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		UUID team = jdbc.sql("select id from team where name = 'Samen DOEN Geuzenveld-Slotermeer'")
			.query(UUID.class)
			.single();
		int membersBefore = members(team);

		mvc.perform(get("/admin").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/labels").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/teams/" + team).cookie(session)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/area-levels").cookie(session).with(csrf()).param("name", "Buurt"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/teams/" + team + "/members").cookie(session)
			.with(csrf())
			.param("name", "Indringer")
			.param("position", "OUTER_RING")
			.param("homeOrganisation", "X")
			.param("discipline", "Y")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/labels").cookie(session).with(csrf()).param("nl[role.CASE_MANAGER]", "Indringer"))
			.andExpect(status().isForbidden());

		assertThat(members(team)).isEqualTo(membersBefore);
		assertThat(
				jdbc.sql("select count(*) from label_override where text = 'Indringer'").query(Integer.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from area_level where name = 'Buurt'").query(Integer.class).single())
			.isZero();
	}

	private int members(UUID team) {
		return jdbc.sql("select count(*) from team_member where team_id = :t")
			.param("t", team)
			.query(Integer.class)
			.single();
	}

}
