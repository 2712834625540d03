package nl.regie.privacy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.Bsns;
import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.casefile.CaseFixtures;

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
 * "Who looked at my file" as a letter for one member (issue 10): every read of the
 * household's file with who and when; for a child under 16 also to a parent, an adult's
 * only to the adult, a shielded member's only to that member; a refusal is logged and
 * produces no letter.
 */
@RegieTest
class ReadersLetterTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	CaseFixtures fixtures;

	UUID caseId;

	String samira;

	String yassin;

	@BeforeEach
	void aMotherAndHerSonWhoseFileTheCaseManagerOpened() throws Exception {
		clock.setToday(LocalDate.now(clock).plusDays(ThreadLocalRandom.current().nextInt(400, 1400)));
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
		caseId = fixtures.singleMotherWithSchoolProblemsAccepted().caseId();
		fixtures.assign(caseId, "Jeroen Smit", "Nadia Amrani", null);
		samira = identify("Samira", "PARENT");
		yassin = identify("Yassin", "CHILD");
		// a child under 16 whatever day the clock moved to
		jdbc.sql("update household_member set date_of_birth = :born where id = :id")
			.param("born", LocalDate.now(clock).minusYears(10))
			.param("id", fixtures.memberOf(caseId, "Yassin"))
			.update();
		mvc.perform(get("/cases/" + caseId).cookie(fixtures.session("casemanager")));
	}

	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	@Test
	void aMemberReceivesWhoOpenedTheFileAndWhen() throws Exception {
		String letter = letter(samira, "");

		assertThat(letter).contains("Wie keek in uw dossier", "Voor: Samira", "Jeroen Smit", "Casemanager");
		assertThat(letter).doesNotContain("Over het dossier van");
	}

	@Test
	void aParentReceivesTheLetterOfAChildUnderSixteen() throws Exception {
		assertThat(letter(yassin, samira)).contains("Voor: Samira", "Over het dossier van: Yassin", "Jeroen Smit");
	}

	@Test
	void anAdultsLetterGoesToNoOtherMemberAndTheRefusalIsLogged() throws Exception {
		int refusalsBefore = refusals("disclosure.notTheirs");

		String page = refused(samira, yassin);

		assertThat(page).contains("gaat alleen naar die persoon zelf");
		assertThat(refusals("disclosure.notTheirs")).isEqualTo(refusalsBefore + 1);
	}

	@Test
	void aShieldedChildsLetterGoesOnlyToTheChild() throws Exception {
		MockHttpServletResponse shielded = fixtures.api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/shieldings",
				"casemanager",
				Map.of("memberId", fixtures.memberOf(caseId, "Yassin").toString(), "reason", "OTHER_DANGER",
						"explanation", "Vader mag niets weten", "since", LocalDate.now(clock).toString()));
		assertThat(shielded.getStatus()).isEqualTo(201);
		int refusalsBefore = refusals("disclosure.shielded");

		assertThat(refused(yassin, samira)).contains("is afgeschermd van de andere gezinsleden");
		assertThat(refusals("disclosure.shielded")).isEqualTo(refusalsBefore + 1);
		assertThat(letter(yassin, "")).contains("Voor: Yassin");
	}

	@Test
	void aReadAboutOneMemberIsInThatMembersLetterOnly() throws Exception {
		int status = mvc
			.perform(get("/cases/" + caseId + "/members/" + fixtures.memberOf(caseId, "Samira") + "/matrix")
				.cookie(fixtures.session("casemanager")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(200);

		assertThat(letter(samira, "")).contains("De zelfredzaamheidsmatrix van dit gezinslid", "De casus");
		assertThat(letter(yassin, samira)).contains("De casus")
			.doesNotContain("De zelfredzaamheidsmatrix van dit gezinslid");
	}

	@Test
	void anUnknownBsnIsNamedAtItsField() throws Exception {
		assertThat(refused(Bsns.random(), "")).contains("Er is geen gezinslid met dit BSN in deze gemeente.");
	}

	private String letter(String subject, String recipient) throws Exception {
		MockHttpServletResponse response = request(subject, recipient);
		assertThat(response.getContentType()).as(response.getContentAsString()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private String refused(String subject, String recipient) throws Exception {
		MockHttpServletResponse response = request(subject, recipient);
		assertThat(response.getContentType()).startsWith("text/html");
		return response.getContentAsString();
	}

	private MockHttpServletResponse request(String subject, String recipient) throws Exception {
		return mvc
			.perform(post("/privacy/readers-letter").cookie(fixtures.session("privacy"))
				.with(csrf())
				.param("subjectBsn", subject)
				.param("recipientBsn", recipient))
			.andReturn()
			.getResponse();
	}

	private int refusals(String reason) {
		return jdbc.sql("select count(*) from audit_entry where kind = 'ACCESS' and action = :a")
			.param("a", "refused " + reason)
			.query(Integer.class)
			.single();
	}

	/** The referral recorded neither BSN nor relation; the household card would. */
	private String identify(String givenName, String relation) {
		String bsn = Bsns.random();
		jdbc.sql("update household_member set bsn = :bsn, relation = :r where id = :id")
			.param("bsn", bsn)
			.param("r", relation)
			.param("id", fixtures.memberOf(caseId, givenName))
			.update();
		return bsn;
	}

}
