package nl.regie.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import nl.regie.casefile.CaseFixtures;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Cases to register on: the case work's own fixtures, then the case made active by a
 * first home visit, with Jeroen Smit as case manager and Nadia Amrani as second visitor,
 * and the team's basis for sharing it on record.
 */
final class RegistrationFixtures {

	final CaseFixtures cases;

	final MockMvc mvc;

	final JdbcClient jdbc;

	RegistrationFixtures(CaseFixtures cases, MockMvc mvc, JdbcClient jdbc) {
		this.cases = cases;
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** Samira (born 1989) and her son Yassin (born 2013), first contact on the day. */
	UUID activeCaseOfMotherAndSon(LocalDate day) throws Exception {
		UUID caseId = cases.singleMotherWithSchoolProblemsAccepted().caseId();
		cases.assign(caseId, "Jeroen Smit", "Nadia Amrani", null);
		cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/contacts", "casemanager",
				Map.of("contactOn", day.toString(), "type", "HOME_VISIT", "participants", "Jeroen Smit",
						"durationMinutes", 60, "note", "Kennismaking aan de keukentafel."));
		cases.teamMayShare(caseId, day);
		return caseId;
	}

	/** Nadia stays as the backup after the first visit. */
	void nadiaBecomesBackup(UUID caseId) throws Exception {
		Cookie session = cases.session("casemanager");
		mvc.perform(post("/cases/" + caseId + "/roles").cookie(session)
			.with(csrf())
			.param("caseManagerId", cases.memberId("Jeroen Smit").toString())
			.param("backupId", cases.memberId("Nadia Amrani").toString())
			.param("version", String.valueOf(cases.version(caseId))));
	}

	UUID member(UUID caseId, String givenName) {
		return jdbc.sql("""
				select m.id from household_member m join case_file c on c.household_id = m.household_id
				where c.id = :c and m.given_name = :g""")
			.param("c", caseId)
			.param("g", givenName)
			.query(UUID.class)
			.single();
	}

	MockHttpServletResponse assess(UUID caseId, UUID memberId, String username, Map<String, Object> body)
			throws Exception {
		return cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/members/" + memberId + "/assessments", username,
				body);
	}

	static Map<String, Object> assessment(String kind, LocalDate on, List<Map<String, Object>> scores) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("assessedBy", "TOGETHER");
		body.put("assessedOn", on.toString());
		body.put("scores", scores);
		return body;
	}

	static Map<String, Object> level(String domain, int level) {
		Map<String, Object> score = new LinkedHashMap<>();
		score.put("domain", domain);
		score.put("level", level);
		return score;
	}

	static Map<String, Object> notAssessed(String domain, String reason) {
		Map<String, Object> score = new LinkedHashMap<>();
		score.put("domain", domain);
		score.put("notAssessed", reason);
		return score;
	}

	int scoreRows(UUID memberId) {
		return jdbc.sql("""
				select count(*) from assessment_score s join assessment a on a.id = s.assessment_id
				where a.member_id = :m""").param("m", memberId).query(Integer.class).single();
	}

	int assessments(UUID memberId) {
		return jdbc.sql("select count(*) from assessment where member_id = :m")
			.param("m", memberId)
			.query(Integer.class)
			.single();
	}

}
