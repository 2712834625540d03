package nl.regie.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import nl.regie.RegieTest;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A member's language and whether an interpreter is needed, through the API, and on the
 * household card a case manager reads before a visit: an ISO 639 code, changed on the
 * version it was read at, the loser of two changes told.
 */
@RegieTest
class MemberLanguageTest extends RegistrationSetUp {

	UUID samira;

	@BeforeEach
	void samirasIdOnTheCase() throws Exception {
		samira = fixtures.member(caseId, "Samira");
	}

	@Test
	void anInterpreterForArabicIsOnTheCardOnScreenAndInTheApi() throws Exception {
		MockHttpServletResponse saved = language(samira, "ar", true, 0);

		assertThat(saved.getStatus()).isEqualTo(200);
		assertThat(cases.read(saved.getContentAsString()).get("version").asInt()).isEqualTo(1);
		JsonNode card = cases
			.read(cases.api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/household-card", "casemanager", null)
				.getContentAsString());
		JsonNode member = card.get("members")
			.valueStream()
			.filter(m -> m.get("givenName").asString().equals("Samira"))
			.findFirst()
			.orElseThrow();
		assertThat(member.get("language").asString()).isEqualTo("ar");
		assertThat(member.get("interpreterNeeded").asBoolean()).isTrue();
		assertThat(member.get("languageVersion").asInt()).isEqualTo(1);
		String screen = mvc.perform(get("/cases/" + caseId + "/card").cookie(cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(screen).contains("Tolk nodig: Arabisch", "taal nog niet vastgelegd");
	}

	@Test
	void aChangeOnAStaleVersionIsRefusedWith409AndTheFirstChangeStays() throws Exception {
		language(samira, "ar", true, 0);

		MockHttpServletResponse stale = language(samira, "tr", false, 0);

		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentType()).isEqualTo("application/problem+json");
		assertThat(stale.getContentAsString()).contains("intussen gewijzigd", "niet opgeslagen");
		assertThat(stored(samira)).isEqualTo("ar:true:1");
	}

	@Test
	void anUnknownLanguageAnInterpreterForNoLanguageAndNoVersionAreRefusedAtTheirFields() throws Exception {
		MockHttpServletResponse unknown = language(samira, "xx", false, 0);
		MockHttpServletResponse noLanguage = language(samira, null, true, 0);
		MockHttpServletResponse noVersion = language(samira, "ar", false, null);

		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(field(unknown)).isEqualTo("language:Kies een taal uit de lijst.");
		assertThat(field(noLanguage)).isEqualTo("language:Kies de taal waarvoor een tolk nodig is.");
		assertThat(noVersion.getStatus()).isEqualTo(400);
		assertThat(field(noVersion)).startsWith("version:");
		assertThat(stored(samira)).isEqualTo("null:false:0");
	}

	@Test
	void theLanguageOfAnUnknownMemberOrOfAnotherHouseholdIsNotFound() throws Exception {
		UUID otherCase = fixtures.activeCaseOfMotherAndSon(LocalDate.now(clock));
		UUID otherSamira = fixtures.member(otherCase, "Samira");

		assertThat(language(UUID.randomUUID(), "ar", false, 0).getStatus()).isEqualTo(404);
		assertThat(language(otherSamira, "ar", false, 0).getStatus()).isEqualTo(404);
		assertThat(stored(otherSamira)).isEqualTo("null:false:0");
	}

	@Test
	void aLanguageWithoutATwoLetterCodeIsNamedToo() throws Exception {
		assertThat(language(samira, "pap", true, 0).getStatus()).isEqualTo(200);

		String screen = mvc.perform(get("/cases/" + caseId + "/members/" + samira).cookie(cases.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(screen).contains("Tolk nodig: Papiaments");
	}

	private MockHttpServletResponse language(UUID member, String language, boolean interpreter, Integer version)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("language", language);
		body.put("interpreterNeeded", interpreter);
		body.put("version", version);
		return cases.api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/members/" + member + "/language", "casemanager",
				body);
	}

	private String field(MockHttpServletResponse refused) throws Exception {
		JsonNode problem = cases.read(refused.getContentAsString()).get("invalidParams").get(0);
		return problem.get("name").asString() + ":" + problem.get("reason").asString();
	}

	private String stored(UUID member) {
		return jdbc
			.sql("select coalesce(language, 'null') || ':' || interpreter_needed || ':' || language_version "
					+ "from household_member where id = :id")
			.param("id", member)
			.query(String.class)
			.single();
	}

}
