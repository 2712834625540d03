package nl.regie.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.casefile.CaseFixtures;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Plans to work on: the case work's own fixtures made active by a first home visit, with
 * Jeroen Smit (casemanager) as case manager; the plan written through the API as the
 * screens would.
 */
final class PlanFixtures {

	final CaseFixtures cases;

	final JdbcClient jdbc;

	final JsonMapper json;

	PlanFixtures(CaseFixtures cases, JdbcClient jdbc, JsonMapper json) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Samira (born 1989) and her son Yassin, first contact on the day. */
	UUID activeCase(LocalDate day) throws Exception {
		UUID caseId = cases.singleMotherWithSchoolProblemsAccepted().caseId();
		cases.assign(caseId, "Jeroen Smit", "Nadia Amrani", null);
		cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/contacts", "casemanager",
				Map.of("contactOn", day.toString(), "type", "HOME_VISIT", "participants", "Jeroen Smit",
						"durationMinutes", 60, "note", "Kennismaking."));
		return caseId;
	}

	/** Someone on the network map; {@code doNotContact} marks them. */
	UUID networkPerson(UUID caseId, String kind, String name, String role, boolean doNotContact) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("name", name);
		body.put("role", role);
		body.put("relation", "SUPPORTS");
		body.put("doNotContact", doNotContact);
		body.put("mustNotKnow", false);
		MockHttpServletResponse added = cases.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/network",
				"casemanager", body);
		if (added.getStatus() != 201) {
			throw new IllegalStateException(added.getContentAsString());
		}
		return UUID.fromString(cases.read(added.getContentAsString()).get("id").asString());
	}

	static Map<String, Object> plan(LocalDate madeOn, String ownWords, List<Map<String, Object>> goals) {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("madeOn", madeOn.toString());
		plan.put("ownWords", ownWords);
		plan.put("goals", goals);
		return plan;
	}

	static Map<String, Object> goal(String domain, String target, boolean urgent, Map<String, Object>... actions) {
		Map<String, Object> goal = new LinkedHashMap<>();
		goal.put("domain", domain);
		goal.put("target", target);
		goal.put("urgent", urgent);
		goal.put("actions", new ArrayList<>(List.of(actions)));
		return goal;
	}

	static Map<String, Object> action(String what, String rung, Object who, LocalDate dueOn) {
		Map<String, Object> owner = new LinkedHashMap<>();
		owner.put("rung", rung);
		if (who instanceof UUID person) {
			owner.put("networkPersonId", person.toString());
		}
		else if (who != null) {
			owner.put("name", who);
		}
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("what", what);
		action.put("kind", "OWN_INTERVENTION");
		action.put("owner", owner);
		action.put("dueOn", dueOn == null ? null : dueOn.toString());
		if ("PROFESSIONAL".equals(rung)) {
			action.put("whyNotCloser", "Geen steunend netwerk voor schulden");
		}
		return action;
	}

	MockHttpServletResponse save(UUID caseId, Integer version, Map<String, Object> plan) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", version);
		body.put("plan", plan);
		return cases.api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/plan", "casemanager", body);
	}

	JsonNode plan(UUID caseId) throws Exception {
		return cases.read(cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/plan", "casemanager", null)
			.getContentAsString());
	}

	JsonNode versions(UUID caseId) throws Exception {
		return cases.read(cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/plan/versions", "casemanager", null)
			.getContentAsString());
	}

	int versionRows(UUID caseId) {
		return jdbc.sql("select count(*) from plan_version v join plan p on p.id = v.plan_id where p.case_id = :c")
			.param("c", caseId)
			.query(Integer.class)
			.single();
	}

	/** The plan as the API gives it, as a body to change and save again. */
	@SuppressWarnings("unchecked")
	Map<String, Object> editable(UUID caseId) throws Exception {
		return json.readValue(plan(caseId).get("plan").toString(), Map.class);
	}

}
