package nl.regie.organisation;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.casefile.CaseFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A functional administrator who makes an account in a team gives someone the team's
 * files: the team's leader is told on every page until a leader of the team has seen who,
 * with which roles, from whom.
 */
@RegieTest
class TeamAccessNoticeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void anAccountMadeInTheTeamIsShownToItsLeaderUntilSeen() throws Exception {
		CaseFixtures fixtures = new CaseFixtures(mvc, jdbc, json, clock);
		String name = "Nieuwe Collega " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/admin/accounts").cookie(fixtures.session("beheerder"))
			.with(csrf())
			.param("username", "collega-" + UUID.randomUUID().toString().substring(0, 8))
			.param("displayName", name)
			.param("password", "een-lang-wachtwoord-1")
			.param("roles", "CASE_MANAGER")
			.param("teamId", fixtures.demoTeam().toString()));
		Cookie leader = fixtures.session("teamleider");

		String anyPage = page("/cases/my", leader);
		assertThat(anyPage).contains("data-testid=\"team-access-banner\"");
		String notices = page("/team/access-notices", leader);
		assertThat(notices).contains(name, "Casemanager", "Petra Kuipers");
		UUID notice = jdbc.sql("""
				select n.id from team_access_notice n join user_account a on a.id = n.account_id
				where a.display_name = :name""").param("name", name).query(UUID.class).single();

		assertThat(page("/team/access-notices", fixtures.session(fixtures.teamLeaderOfAnotherTeam(passwords))))
			.doesNotContain(name);
		mvc.perform(post("/team/access-notices/{id}/seen", notice).cookie(leader).with(csrf()));

		assertThat(jdbc.sql("select seen_by from team_access_notice where id = :id")
			.param("id", notice)
			.query(String.class)
			.single()).isEqualTo("Marieke Jansen");
		int stillUnseen = jdbc.sql("select count(*) from team_access_notice where team_id = :t and seen_at is null")
			.param("t", fixtures.demoTeam())
			.query(Integer.class)
			.single();
		assertThat(page("/cases/my", leader).contains("data-testid=\"team-access-banner\"")).isEqualTo(stillUnseen > 0);
	}

	private String page(String path, Cookie session) throws Exception {
		return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getContentAsString();
	}

}
