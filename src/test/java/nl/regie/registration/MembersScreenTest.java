package nl.regie.registration;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The members screens: who is in the household and who left (the history), a member
 * joining and leaving with a day, the language and interpreter; refusals at their field
 * in Dutch with nothing saved, every read in the audit log like the card's.
 */
@RegieTest
class MembersScreenTest extends RegistrationSetUp {

	Cookie caseManager;

	@BeforeEach
	void theCaseManagersSession() throws Exception {
		caseManager = cases.session("casemanager");
	}

	@Test
	void aBabyJoinsByBirthAndASonWhoMovedOutStaysInTheHistory() throws Exception {
		MockHttpServletResponse born = join("Noor", day.minusDays(5), day.minusDays(5), "BIRTH");
		MockHttpServletResponse left = leave(fixtures.member(caseId, "Yassin"), day.minusDays(1), "MOVED_OUT");

		assertThat(born.getRedirectedUrl()).isEqualTo("/cases/" + caseId + "/members");
		assertThat(left.getRedirectedUrl()).isEqualTo("/cases/" + caseId + "/members");
		String page = page("/cases/" + caseId + "/members");
		String current = between(page, "data-testid=\"members-current\"", "</ul>");
		String former = between(page, "data-testid=\"members-former\"", "</ul>");
		assertThat(current)
			.contains("Samira", "Noor", "Kind", "0 jaar", "erbij sinds " + dutch(day.minusDays(5)) + " (geboren)")
			.doesNotContain("Yassin");
		assertThat(former).contains("Yassin", "vertrokken " + dutch(day.minusDays(1)) + " (verhuisd)");
	}

	@Test
	void leavingBeforeJoiningIsRefusedAtTheFieldInDutchAndNothingIsSaved() throws Exception {
		join("Karim", LocalDate.parse("1990-01-01"), day.minusDays(10), "MOVED_IN");
		UUID karim = fixtures.member(caseId, "Karim");

		MockHttpServletResponse refused = leave(karim, day.minusDays(20), "MOVED_OUT");

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("id=\"leaving-leftOn-error\"",
				"Een gezinslid kan niet vertrekken vóór de dag dat het erbij kwam.");
		assertThat(leftOn(karim)).isEqualTo("still a member");
	}

	@Test
	void aDayInTheFutureIsRefusedAtItsFieldForJoiningAndLeaving() throws Exception {
		MockHttpServletResponse joining = join("Later", LocalDate.parse("2000-01-01"), day.plusDays(1), "MOVED_IN");
		UUID yassin = fixtures.member(caseId, "Yassin");
		MockHttpServletResponse leaving = leave(yassin, day.plusDays(3), "MOVED_OUT");

		assertThat(joining.getStatus()).isEqualTo(200);
		assertThat(joining.getContentAsString()).contains("id=\"joining-joinedOn-error\"", "niet in de toekomst");
		assertThat(leaving.getContentAsString()).contains("id=\"leaving-leftOn-error\"",
				"Vul de dag van vertrek in; niet in de toekomst.");
		assertThat(jdbc
			.sql("select count(*) from household_member where given_name = 'Later' and household_id = "
					+ "(select household_id from case_file where id = :c)")
			.param("c", caseId)
			.query(Integer.class)
			.single()).isZero();
		assertThat(leftOn(yassin)).isEqualTo("still a member");
	}

	@Test
	void anUnknownMemberIsNotFound() throws Exception {
		UUID unknown = UUID.randomUUID();

		assertThat(mvc.perform(get("/cases/" + caseId + "/members/" + unknown).cookie(caseManager))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(leave(unknown, day, "MOVED_OUT").getStatus()).isEqualTo(404);
	}

	@Test
	void theLanguageIsChangedOnScreenAndAStaleFormIsToldAndShowsWhatIsSavedNow() throws Exception {
		UUID samira = fixtures.member(caseId, "Samira");

		MockHttpServletResponse saved = language(samira, "ar", true, 0);
		MockHttpServletResponse stale = language(samira, "so", false, 0);

		assertThat(saved.getRedirectedUrl()).isEqualTo("/cases/" + caseId + "/members/" + samira);
		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getContentAsString())
			.contains("data-testid=\"member-problem\"", "intussen gewijzigd", "Tolk nodig: Arabisch")
			.containsPattern("<option value=\"ar\"[^>]*selected")
			.containsPattern("name=\"version\"[^>]*value=\"1\"");
		assertThat(page("/cases/" + caseId + "/card")).contains("Tolk nodig: Arabisch");
	}

	@Test
	void theMembersAndAMemberAreReadLikeTheCardThroughTheAccessPolicyAndTheAuditLog() throws Exception {
		UUID samira = fixtures.member(caseId, "Samira");
		int before = reads("household-members") + reads("household-member");

		page("/cases/" + caseId + "/members");
		page("/cases/" + caseId + "/members/" + samira);
		int refused = mvc.perform(get("/cases/" + caseId + "/members").cookie(cases.session("teamassistent")))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(reads("household-members") + reads("household-member") - before).isEqualTo(2);
		assertThat(refused).isEqualTo(403);
	}

	@Test
	void theCardAndTheCaseLinkToTheMembers() throws Exception {
		assertThat(page("/cases/" + caseId + "/card")).contains("href=\"/cases/" + caseId + "/members\"");
		assertThat(page("/cases/" + caseId)).contains("href=\"/cases/" + caseId + "/members\"");
	}

	private MockHttpServletResponse join(String givenName, LocalDate born, LocalDate joinedOn, String how)
			throws Exception {
		return mvc
			.perform(post("/cases/" + caseId + "/members").cookie(caseManager)
				.with(csrf())
				.param("givenName", givenName)
				.param("familyName", "El Amrani")
				.param("dateOfBirth", born.toString())
				.param("relation", "CHILD")
				.param("joinedOn", joinedOn.toString())
				.param("joinedHow", how))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse leave(UUID member, LocalDate on, String how) throws Exception {
		return mvc
			.perform(post("/cases/" + caseId + "/members/" + member + "/leaving").cookie(caseManager)
				.with(csrf())
				.param("leftOn", on.toString())
				.param("leftHow", how))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse language(UUID member, String language, boolean interpreter, int version)
			throws Exception {
		var request = post("/cases/" + caseId + "/members/" + member + "/language").cookie(caseManager)
			.with(csrf())
			.param("language", language)
			.param("version", String.valueOf(version));
		if (interpreter) {
			request.param("interpreterNeeded", "true");
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private String page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).cookie(caseManager)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private String leftOn(UUID member) {
		return jdbc.sql("select coalesce(left_on::text, 'still a member') from household_member where id = :id")
			.param("id", member)
			.query(String.class)
			.single();
	}

	private int reads(String resource) {
		return jdbc.sql("""
				select count(*) from audit_entry e join audit_subject_key k on k.pseudonym = e.subject_pseudonym
				join case_file c on c.household_id = k.subject_id
				where c.id = :c and e.kind = 'READ' and e.resource = :r""")
			.param("c", caseId)
			.param("r", resource)
			.query(Integer.class)
			.single();
	}

	private static String dutch(LocalDate date) {
		return date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

}
