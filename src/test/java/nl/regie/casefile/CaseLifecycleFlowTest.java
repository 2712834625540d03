package nl.regie.casefile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 13 on the running application with a controlled clock: the 6- and 8-week outreach
 * signals, the first contact, the journal's refusals, the contact rhythm, closing through
 * the checklist (and through the team on doubt), the letter, the follow-up watch with its
 * check-ins, reopening with the full history and the end of the watch.
 */
@RegieTest
class CaseLifecycleFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@Autowired
	CaseSignals signals;

	CaseFixtures fixtures;

	LocalDate day;

	@BeforeEach
	void aDayOfItsOwn() {
		clock.setToday(LocalDate.now(clock).plusDays(ThreadLocalRandom.current().nextInt(400, 4000)));
		day = LocalDate.now(clock);
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	@Test
	void sixWeeksWithoutContactWarnsAndEightWeeksAsksTeamAndReferrerOnceEach() throws Exception {
		UUID caseId = assignedCase();

		clock.setToday(day.plusWeeks(6));
		UUID meeting = fixtures.meetingToday(List.of(), null);
		assertThat(openKeys(meeting)).contains("OUTREACH_WARNING:" + caseId + ":" + day);
		assertThat(dueOf(caseId, "casemanager")).isEqualTo("OUTREACH_WARNING");
		assertThat(signals.run()).isPositive();
		int afterFirstRun = signalCount(caseId);

		clock.setToday(day.plusWeeks(8));
		UUID later = fixtures.meetingToday(List.of(), null);
		assertThat(openKeys(later)).contains("OUTREACH_CONSULT:" + caseId + ":" + day)
			.doesNotContain("OUTREACH_WARNING:" + caseId + ":" + day);
		assertThat(dueOf(caseId, "casemanager")).isEqualTo("OUTREACH_CONSULT");
		signals.run();
		signals.run();

		assertThat(afterFirstRun).isEqualTo(1);
		assertThat(signalCount(caseId)).isEqualTo(2);
		assertThat(history(caseId)).contains("SIGNAL_OUTREACH_WARNING", "SIGNAL_OUTREACH_CONSULT");
	}

	@Test
	void theFirstRealContactMakesTheCaseActiveAndAttemptsEndThere() throws Exception {
		UUID caseId = assignedCase();

		assertThat(attempt(caseId, "PHONE", "NO_ANSWER").getStatus()).isEqualTo(201);
		assertThat(fixtures.stage(caseId)).isEqualTo("OUTREACH");
		assertThat(attempt(caseId, "HOME_VISIT", "REACHED").getStatus()).isEqualTo(201);

		assertThat(fixtures.stage(caseId)).isEqualTo("ACTIVE");
		assertThat(attempt(caseId, "PHONE", "REACHED").getStatus()).isEqualTo(409);
		assertThat(history(caseId)).containsSubsequence("ASSIGN", "MAKE_CONTACT");
	}

	@Test
	void aContactInTheFutureBeforeTheReferralOrOfAnAbsurdDurationIsRefusedAndNothingSaved() throws Exception {
		UUID caseId = activeCase();
		long before = contacts(caseId);

		assertInvalid(contact(caseId, day.plusDays(1), 30), "contactOn");
		assertInvalid(contact(caseId, fixtures.openedOn(caseId).minusDays(1), 30), "contactOn");
		assertInvalid(contact(caseId, day, -5), "durationMinutes");
		assertInvalid(contact(caseId, day, 100000), "durationMinutes");

		assertThat(contacts(caseId)).isEqualTo(before);
	}

	@Test
	void anActiveCaseWithoutContactForLongerThanItsRhythmIsSignalledOnMyCases() throws Exception {
		UUID caseId = activeCase();
		assertThat(dueOf(caseId, "casemanager")).isEqualTo("SETTLE_ROLES");
		settleRoles(caseId);

		clock.setToday(day.plusDays(7));
		assertThat(dueOf(caseId, "casemanager")).isEqualTo("NEXT_CONTACT");
		clock.setToday(day.plusDays(8));
		assertThat(dueOf(caseId, "casemanager")).isEqualTo("CONTACT_OVERDUE");
		signals.run();
		assertThat(history(caseId)).contains("SIGNAL_CONTACT_OVERDUE");

		submit("/cases/" + caseId + "/expectations", "casemanager", Map.of("contactRhythmDays", "14"));
		assertThat(dueOf(caseId, "casemanager")).isEqualTo("NEXT_CONTACT");
	}

	@Test
	void aChecklistThatIsMetClosesTheCaseAndTheLetterSaysWhatHappensNext() throws Exception {
		UUID caseId = activeCase();
		submit("/cases/" + caseId + "/expectations", "casemanager", Map.of("expectedEnd", day.plusMonths(3).toString(),
				"existingHelp", "Budgetbeheer Doras", "existingHelpFate", "CONTINUES"));
		solvedInTwoContacts(caseId);

		MockHttpServletResponse closed = submit("/cases/" + caseId + "/closing", "casemanager",
				checklist(true, caseId));
		assertThat(closed.getStatus()).isEqualTo(302);
		assertThat(fixtures.stage(caseId)).isEqualTo("FOLLOW_UP");
		MockHttpServletResponse twice = submit("/cases/" + caseId + "/closing", "casemanager", checklist(true, caseId));
		assertThat(twice.getContentAsString()).contains("al afgesloten");

		String letter = letterText(caseId);
		assertThat(letter).contains("Samira", "Samen DOEN Geuzenveld-Slotermeer", "020 555 0199",
				"We houden nog contact", "Budgetbeheer Doras", "gaat gewoon door", "Schulden in een regeling");
	}

	@Test
	void aChecklistWithAnItemNotMetGoesToTheTeamAndClosesOnlyAfterItsDecision() throws Exception {
		UUID caseId = activeCase();

		submit("/cases/" + caseId + "/closing", "casemanager", checklist(false, caseId));
		assertThat(fixtures.stage(caseId)).isEqualTo("CLOSING");
		MockHttpServletResponse early = submit("/cases/" + caseId + "/closing/completion", "casemanager",
				Map.of("version", String.valueOf(fixtures.version(caseId))));
		assertThat(early.getContentAsString()).contains("Eerst besluit het team");
		assertThat(fixtures.stage(caseId)).isEqualTo("CLOSING");

		UUID meeting = fixtures.meetingToday(List.of(), null);
		String key = "CLOSURE_DOUBT:" + caseId + ":" + day;
		assertThat(openKeys(meeting)).contains(key);
		fixtures.api(HttpMethod.POST, "/api/v1/team-meetings/" + meeting + "/outcomes", "teamleider", Map.of("itemKey",
				key, "advice", "Maatje via Buurtnetwerk.", "decision", "Afsluiten, met vinger aan de pols."));
		submit("/cases/" + caseId + "/closing/completion", "casemanager",
				Map.of("version", String.valueOf(fixtures.version(caseId))));

		assertThat(fixtures.stage(caseId)).isEqualTo("FOLLOW_UP");
		String page = page("/cases/" + caseId, "casemanager");
		assertThat(page).contains("Besluit teamoverleg", "Afsluiten, met vinger aan de pols.");
	}

	@Test
	void checkInsOfTheWatchAndAReopenThatRestoresTheCaseWithItsHistory() throws Exception {
		UUID caseId = activeCase();
		MockHttpServletResponse notYet = submit("/cases/" + caseId + "/check-ins", "casemanager",
				Map.of("result", "ALL_WELL"));
		assertThat(notYet.getContentAsString()).contains("niet (meer) op vinger aan de pols");
		solvedInTwoContacts(caseId);
		submit("/cases/" + caseId + "/closing", "casemanager", checklist(true, caseId));
		List<String> historyAtClosing = history(caseId);

		clock.setToday(day.plusMonths(3));
		assertThat(dueOf(caseId, "casemanager")).isEqualTo("CHECK_IN");
		submit("/cases/" + caseId + "/check-ins", "casemanager", Map.of("result", "ALL_WELL", "note", "Gaat goed."));
		clock.setToday(day.plusMonths(6));
		submit("/cases/" + caseId + "/check-ins", "casemanager",
				Map.of("result", "REOPEN", "note", "Nieuwe huurachterstand."));

		assertThat(fixtures.stage(caseId)).isEqualTo("ACTIVE");
		assertThat(history(caseId)).containsSubsequence(historyAtClosing.toArray(String[]::new))
			.contains("CHECK_IN_ALL_WELL", "CHECK_IN_REOPEN", "REOPEN");
		assertThat(page("/cases/" + caseId, "casemanager")).contains("Nieuwe huurachterstand.", "Kennismaking");
	}

	@Test
	void theWatchEndsAfterItsPeriodAndTheCaseEnds() throws Exception {
		UUID caseId = activeCase();
		solvedInTwoContacts(caseId);
		submit("/cases/" + caseId + "/closing", "casemanager", checklist(true, caseId));

		clock.setToday(day.plusMonths(24));
		signals.run();

		assertThat(fixtures.stage(caseId)).isEqualTo("ENDED");
		assertThat(history(caseId)).contains("END_FOLLOW_UP");
	}

	@Test
	void closingWithoutContactNeedsTheRecordedConsultation() throws Exception {
		UUID caseId = assignedCase();
		Map<String, String> closure = Map.of("referrerConsulted", "M. de Boer (DWI), telefonisch", "risks",
				"Huurschuld loopt op; buren letten op.");

		MockHttpServletResponse refused = submit("/cases/" + caseId + "/closure-without-contact", "casemanager",
				withVersion(closure, caseId));
		assertThat(refused.getContentAsString()).contains("Eerst besluit het team");
		assertThat(fixtures.stage(caseId)).isEqualTo("OUTREACH");

		clock.setToday(day.plusWeeks(8));
		UUID meeting = fixtures.meetingToday(List.of(), null);
		fixtures.api(HttpMethod.POST, "/api/v1/team-meetings/" + meeting + "/outcomes", "teamleider", Map.of("itemKey",
				"OUTREACH_CONSULT:" + caseId + ":" + day, "decision", "Afsluiten; aanmelder akkoord."));
		submit("/cases/" + caseId + "/closure-without-contact", "casemanager", withVersion(closure, caseId));

		assertThat(fixtures.stage(caseId)).isEqualTo("CLOSED_WITHOUT_CONTACT");
	}

	@Test
	void ofTwoWorkersClosingTheSameCaseAtOnceOneWinsAndTheOtherIsTold() throws Exception {
		UUID caseId = activeCase();
		solvedInTwoContacts(caseId);
		Map<String, String> both = checklist(true, caseId);

		submit("/cases/" + caseId + "/closing", "casemanager", both);
		MockHttpServletResponse second = submit("/cases/" + caseId + "/closing", "teamleider", both);

		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString()).contains("al afgesloten");
		assertThat(history(caseId).stream().filter(kind -> kind.startsWith("CLOSE")).count()).isEqualTo(1);
	}

	private UUID assignedCase() throws Exception {
		UUID caseId = fixtures.singleMotherWithSchoolProblemsAccepted().caseId();
		fixtures.assign(caseId, "Jeroen Smit", "Nadia Amrani", null);
		return caseId;
	}

	private UUID activeCase() throws Exception {
		UUID caseId = assignedCase();
		contact(caseId, day, 60);
		fixtures.teamMayShare(caseId, day);
		return caseId;
	}

	private void settleRoles(UUID caseId) throws Exception {
		submit("/cases/" + caseId + "/roles", "casemanager",
				Map.of("caseManagerId", fixtures.memberId("Jeroen Smit").toString(), "backupId",
						fixtures.memberId("Nadia Amrani").toString(), "version",
						String.valueOf(fixtures.version(caseId))));
	}

	private void solvedInTwoContacts(UUID caseId) throws Exception {
		for (int i = 0; i < 2; i++) {
			Map<String, Object> body = new LinkedHashMap<>(contactBody(day, 20));
			body.put("questionSolved", true);
			fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/contacts", "casemanager", body);
		}
	}

	private Map<String, String> checklist(boolean allMet, UUID caseId) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("selfSufficient", "true");
		form.put("householdWantsToStop", String.valueOf(allMet));
		form.put("stepOutAnswer", "NO");
		form.put("supportContinues", "Zus komt wekelijks; maatje via Buurtnetwerk.");
		form.put("achieved", "Schulden in een regeling, zoon weer naar school.");
		form.put("followUp", "true");
		form.put("version", String.valueOf(fixtures.version(caseId)));
		return form;
	}

	private Map<String, String> withVersion(Map<String, String> form, UUID caseId) {
		Map<String, String> versioned = new LinkedHashMap<>(form);
		versioned.put("version", String.valueOf(fixtures.version(caseId)));
		return versioned;
	}

	private MockHttpServletResponse attempt(UUID caseId, String channel, String outcome) throws Exception {
		return fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/contact-attempts", "casemanager",
				Map.of("triedOn", day.toString(), "channel", channel, "outcome", outcome));
	}

	private MockHttpServletResponse contact(UUID caseId, LocalDate on, int minutes) throws Exception {
		return fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/contacts", "casemanager",
				contactBody(on, minutes));
	}

	private static Map<String, Object> contactBody(LocalDate on, int minutes) {
		return Map.of("contactOn", on.toString(), "type", "HOME_VISIT", "participants", "Jeroen Smit",
				"durationMinutes", minutes, "note", "Kennismaking aan de keukentafel.");
	}

	private static void assertInvalid(MockHttpServletResponse response, String field) throws Exception {
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("\"name\":\"" + field + "\"");
	}

	private MockHttpServletResponse submit(String path, String username, Map<String, ?> form) throws Exception {
		Cookie session = fixtures.session(username);
		var request = post(path).cookie(session).with(csrf());
		form.forEach((name, value) -> request.param(name, String.valueOf(value)));
		return mvc.perform(request).andReturn().getResponse();
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).cookie(fixtures.session(username))).andReturn().getResponse().getContentAsString();
	}

	private String letterText(UUID caseId) throws Exception {
		byte[] pdf = mvc.perform(get("/cases/" + caseId + "/letter.pdf").cookie(fixtures.session("casemanager")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private String dueOf(UUID caseId, String username) throws Exception {
		JsonNode page = fixtures
			.read(fixtures.api(HttpMethod.GET, "/api/v1/my-cases", username, null).getContentAsString());
		int pageNumber = 0;
		while (true) {
			for (JsonNode entry : page.get("entries")) {
				if (entry.get("caseId").asString().equals(caseId.toString())) {
					return entry.get("dueKind").asString();
				}
			}
			if ((pageNumber + 1) * page.get("size").asInt() >= page.get("total").asInt()) {
				return null;
			}
			pageNumber++;
			page = fixtures.read(fixtures.api(HttpMethod.GET, "/api/v1/my-cases?page=" + pageNumber, username, null)
				.getContentAsString());
		}
	}

	private List<String> openKeys(UUID meeting) throws Exception {
		JsonNode agenda = fixtures
			.read(fixtures.api(HttpMethod.GET, "/api/v1/team-meetings/" + meeting + "/agenda", "teamleider", null)
				.getContentAsString());
		return agenda.get("open").valueStream().map(item -> item.get("key").asString()).toList();
	}

	private int signalCount(UUID caseId) {
		return jdbc.sql("select count(*) from case_signal where case_id = :c")
			.param("c", caseId)
			.query(Integer.class)
			.single();
	}

	private long contacts(UUID caseId) {
		return jdbc.sql("select count(*) from case_contact where case_id = :c")
			.param("c", caseId)
			.query(Long.class)
			.single();
	}

	private List<String> history(UUID caseId) {
		return jdbc.sql("select kind from case_history where case_id = :c order by at, kind")
			.param("c", caseId)
			.query(String.class)
			.list();
	}

}
