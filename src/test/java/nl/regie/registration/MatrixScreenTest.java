package nl.regie.registration;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.mock.web.MockHttpServletResponse;

import static nl.regie.registration.RegistrationFixtures.assessment;
import static nl.regie.registration.RegistrationFixtures.level;
import static nl.regie.registration.RegistrationFixtures.notAssessed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The matrix screens: the previous assessment's choices come pre-selected, the referral's
 * life domains are in scope for a first one, a child is not offered the matrix, and a
 * refused form keeps what was chosen and saves nothing.
 */
@RegieTest
class MatrixScreenTest extends RegistrationSetUp {

	UUID samira;

	Cookie caseManager;

	@BeforeEach
	void samiraAndTheCaseManagersSession() throws Exception {
		samira = fixtures.member(caseId, "Samira");
		caseManager = cases.session("casemanager");
	}

	@Test
	void aFirstAssessmentOffersTheReferralsLifeDomainsAndAReviewThePreviousLevels() throws Exception {
		String first = page("/cases/" + caseId + "/members/" + samira + "/matrix/new");
		assertThat(first).contains("data-domain=\"FINANCES\"", "data-domain=\"DOMESTIC_RELATIONS\"")
			.doesNotContain("checked=\"checked\" value=\"3\"");
		assertThat(inScopeRows(first)).containsExactly("FINANCES", "WORK_EDUCATION", "DOMESTIC_RELATIONS");

		fixtures.assess(caseId, samira, "casemanager", assessment("INTAKE", day,
				List.of(level("FINANCES", 2), level("HOUSING", 4), notAssessed("MENTAL_HEALTH", "MEMBER_DECLINED"))));
		String review = page("/cases/" + caseId + "/members/" + samira + "/matrix/new");

		assertThat(inScopeRows(review)).containsExactly("FINANCES", "HOUSING", "MENTAL_HEALTH");
		assertThat(review).containsPattern("id=\"matrix-rows-0-choice-2\"[^>]*value=\"2\"[^>]*checked")
			.containsPattern("id=\"matrix-rows-5-choice-MEMBER_DECLINED\"[^>]*checked")
			.contains("vorige keer: 2");
		assertThat(page("/cases/" + caseId + "/matrix")).contains("data-cell=\"Samira:HOUSING\"", "wil niet",
				"kind: gevolgd via de klantenkaart");
	}

	@Test
	void aRefusedFormIsShownAgainWithTheProblemAtItsRowAndNothingIsSaved() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/cases/" + caseId + "/members/" + samira + "/matrix").cookie(caseManager)
				.with(csrf())
				.param("kind", "INTAKE")
				.param("assessedBy", "TOGETHER")
				.param("assessedOn", day.toString())
				.param("rows[0].domain", "FINANCES")
				.param("rows[0].choice", "2")
				.param("rows[1].domain", "HOUSING")
				.param("rows[1].choice", "")
				.param("rows[2].domain", "JUSTICE")
				.param("rows[2].choice", "OUT"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("id=\"matrix-rows-1-choice-error\"",
				"href=\"#matrix-rows-1-choice\"");
		assertThat(fixtures.assessments(samira)).isZero();
	}

	@Test
	void theChartAndTheTableOfAMembersProgressShowTheSameNumbers() throws Exception {
		fixtures.assess(caseId, samira, "casemanager", assessment("INTAKE", day.minusDays(200),
				List.of(level("FINANCES", 1), level("HOUSING", 3), notAssessed("MENTAL_HEALTH", "UNKNOWN_YET"))));
		fixtures.assess(caseId, samira, "casemanager", assessment("REVIEW", day.minusDays(20),
				List.of(level("FINANCES", 3), level("HOUSING", 3), level("MENTAL_HEALTH", 2))));
		fixtures.assess(caseId, samira, "casemanager",
				assessment("REVIEW", day, List.of(level("FINANCES", 4), level("MENTAL_HEALTH", 3))));

		String page = page("/cases/" + caseId + "/members/" + samira + "/matrix");

		for (String domain : List.of("FINANCES", "HOUSING", "MENTAL_HEALTH")) {
			String chart = between(page, "<li class=\"regie-chart\" data-domain=\"" + domain + "\"", "</li>");
			String row = between(page, "<tr class=\"utrecht-table__row\" data-domain=\"" + domain + "\"", "</tr>");
			assertThat(levels(chart, "<circle")).as(domain).isEqualTo(levels(row, "<td")).isNotEmpty();
		}
		assertThat(levels(between(page, "data-domain=\"FINANCES\"", "</li>"), "<circle")).containsExactly("1", "3",
				"4");
		assertThat(between(page, "data-domain=\"FINANCES\"", "</li>")).contains("van 1 naar 4 (+3)");
		assertThat(between(page, "<tr class=\"utrecht-table__row\" data-domain=\"MENTAL_HEALTH\"", "</tr>"))
			.contains("nog onbekend");
	}

	@Test
	void aChildIsNotOfferedTheMatrix() throws Exception {
		String page = page("/cases/" + caseId + "/members/" + fixtures.member(caseId, "Yassin") + "/matrix/new");

		assertThat(page).contains("data-testid=\"child\"", "voor volwassenen");
	}

	private String page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).cookie(caseManager)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

	/** The levels of the elements of this kind that carry one, in order. */
	private static List<String> levels(String html, String element) {
		return Pattern.compile(element + "[^>]*data-level=\"(\\d)\"")
			.matcher(html)
			.results()
			.map(match -> match.group(1))
			.toList();
	}

	/** The rows above "other life domains". */
	private static List<String> inScopeRows(String page) {
		String above = page.substring(0, page.indexOf("data-testid=\"more-domains\""));
		return Pattern.compile("data-domain=\"(\\w+)\"").matcher(above).results().map(match -> match.group(1)).toList();
	}

}
