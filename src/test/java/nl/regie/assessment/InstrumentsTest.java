package nl.regie.assessment;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matrix is data: two versions with stable codes, a mapping so a report can span
 * both, and criteria texts a licensed municipality loads from a file, all or nothing.
 */
@RegieTest
class InstrumentsTest {

	@Autowired
	Instruments instruments;

	@Autowired
	CriteriaTexts criteria;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the2017InstrumentHas13DomainsWithStableCodesAndIsTheDefault() {
		Instrument zrm2017 = instruments.defaultInstrument();

		assertThat(zrm2017.code()).isEqualTo("ZRM_2017");
		assertThat(zrm2017.domains()).extracting(InstrumentDomain::code)
			.containsExactly("FINANCES", "WORK_EDUCATION", "TIME_USE", "HOUSING", "DOMESTIC_RELATIONS", "MENTAL_HEALTH",
					"PHYSICAL_HEALTH", "SUBSTANCE_USE", "BASIC_ADL", "INSTRUMENTAL_ADL", "SOCIAL_NETWORK",
					"SOCIAL_PARTICIPATION", "JUSTICE");
		assertThat(zrm2017.domain("FINANCES").orElseThrow().nameEn()).isEqualTo("Finances");
		assertThat(zrm2017.levels()).extracting(Level::value).containsExactly(1, 2, 3, 4, 5);
		assertThat(zrm2017.level(1).orElseThrow().nameNl()).isEqualTo("Acute problematiek");
		assertThat(zrm2017.adultsOnly()).isTrue();
		assertThat(zrm2017.domains()).filteredOn(InstrumentDomain::criminalOffenceData)
			.extracting(InstrumentDomain::code)
			.containsExactly("JUSTICE");
	}

	@Test
	void theEarlierVersionHas11Domains() {
		Instrument earlier = instruments.get("ZRM_11");

		assertThat(earlier.domains()).hasSize(11);
		assertThat(earlier.domains()).extracting(InstrumentDomain::code).contains("DAY_ACTIVITIES", "ADL", "ADDICTION");
		assertThat(earlier.isDefault()).isFalse();
	}

	@Test
	void aReportOverBothVersionsMapsTheEarlierDomainsOntoThoseOf2017() {
		Map<String, Integer> scoredEarlier = new LinkedHashMap<>();
		scoredEarlier.put("DAY_ACTIVITIES", 2);
		scoredEarlier.put("ADDICTION", 4);
		scoredEarlier.put("FINANCES", 1);

		Map<String, Integer> in2017 = instruments.inTermsOf("ZRM_2017", "ZRM_11", scoredEarlier);

		assertThat(in2017).containsExactly(Map.entry("FINANCES", 1), Map.entry("WORK_EDUCATION", 2),
				Map.entry("TIME_USE", 2), Map.entry("SUBSTANCE_USE", 4));
		assertThat(instruments.inTermsOf("ZRM_11", "ZRM_2017", Map.of("WORK_EDUCATION", 4, "TIME_USE", 2)))
			.as("two domains of 2017 become one earlier domain at the lower level")
			.containsExactly(Map.entry("DAY_ACTIVITIES", 2));
		assertThat(instruments.get("ZRM_2017").domains())
			.allSatisfy(domain -> assertThat(instruments.mapped("ZRM_2017", domain.code(), "ZRM_11"))
				.as(domain.code() + " has a counterpart in the earlier version")
				.hasSize(1));
	}

	@Test
	void aCriteriaFileThatDoesNotMatchIsRejectedWholeNamingTheFirstMismatch() {
		UUID municipality = demoMunicipality();
		String unknownDomain = completeFile("ZRM_11").replace("ADDICTION;3;", "VERSLAVING;3;");

		assertThatThrownBy(() -> criteria.load(municipality, "ZRM_11", unknownDomain, UUID.randomUUID()))
			.isInstanceOfSatisfying(CriteriaFileRejected.class, rejected -> {
				assertThat(rejected.mismatch()).isEqualTo(CriteriaFileRejected.Mismatch.UNKNOWN_DOMAIN);
				assertThat(rejected.value()).isEqualTo("VERSLAVING");
				assertThat(rejected.line()).isEqualTo(1 + 6 * 5 + 3);
			});
		assertThatThrownBy(() -> criteria.load(municipality, "ZRM_11",
				completeFile("ZRM_11").replace("JUSTICE;5;", "JUSTICE;6;"), UUID.randomUUID()))
			.isInstanceOfSatisfying(CriteriaFileRejected.class,
					rejected -> assertThat(rejected.mismatch()).isEqualTo(CriteriaFileRejected.Mismatch.UNKNOWN_LEVEL));
		String missingOne = completeFile("ZRM_11").lines()
			.filter(line -> !line.startsWith("HOUSING;4;"))
			.collect(Collectors.joining("\n"));
		assertThatThrownBy(() -> criteria.load(municipality, "ZRM_11", missingOne, UUID.randomUUID()))
			.isInstanceOfSatisfying(CriteriaFileRejected.class, rejected -> {
				assertThat(rejected.mismatch()).isEqualTo(CriteriaFileRejected.Mismatch.MISSING);
				assertThat(rejected.value()).isEqualTo("HOUSING;4");
			});
		assertThatThrownBy(() -> criteria.load(municipality, "ZRM_11",
				completeFile("ZRM_11") + "\nFINANCES;1;Tweede tekst", UUID.randomUUID()))
			.isInstanceOfSatisfying(CriteriaFileRejected.class,
					rejected -> assertThat(rejected.mismatch()).isEqualTo(CriteriaFileRejected.Mismatch.DUPLICATE));

		assertThat(criteria.of(municipality, "ZRM_11")).isEmpty();
	}

	@Test
	void theAdministratorLoadsAMatchingFileOnTheScreenAndAMismatchIsNamedThere() throws Exception {
		Cookie administrator = mvc.perform(formLogin().user("beheerder").password("regie-demo"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String wrong = completeFile("ZRM_2017").replace("TIME_USE;2;", "TIME_USE;twee;");

		mvc.perform(
				multipart("/admin/instruments/ZRM_2017/criteria").file(file(wrong)).cookie(administrator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("regel 13 noemt niveau twee")));
		assertThat(criteria.of(demoMunicipality(), "ZRM_2017")).isEmpty();

		mvc.perform(multipart("/admin/instruments/ZRM_2017/criteria").file(file(completeFile("ZRM_2017")))
			.cookie(administrator)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(criteria.of(demoMunicipality(), "ZRM_2017")).hasSize(13)
			.allSatisfy((domain, levels) -> assertThat(levels).hasSize(5));
		assertThat(criteria.of(demoMunicipality(), "ZRM_2017").get("FINANCES").get(3))
			.isEqualTo("Tekst voor FINANCES op niveau 3");

		mvc.perform(get("/admin/instruments").cookie(administrator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Criteriateksten geladen.")));
	}

	@Test
	void onlyTheFunctionalAdministratorLoadsTexts() throws Exception {
		Cookie caseManager = mvc.perform(formLogin().user("casemanager").password("regie-demo"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		mvc.perform(multipart("/admin/instruments/ZRM_11/criteria").file(file(completeFile("ZRM_11")))
			.cookie(caseManager)
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(criteria.of(demoMunicipality(), "ZRM_11")).isEmpty();
	}

	/** A header line, then every domain at every level. */
	private String completeFile(String instrument) {
		StringBuilder file = new StringBuilder("# domein;niveau;tekst\n");
		for (InstrumentDomain domain : instruments.get(instrument).domains()) {
			for (int level = 1; level <= 5; level++) {
				file.append(domain.code())
					.append(';')
					.append(level)
					.append(";Tekst voor ")
					.append(domain.code())
					.append(" op niveau ")
					.append(level)
					.append('\n');
			}
		}
		return file.toString();
	}

	private static MockMultipartFile file(String content) {
		return new MockMultipartFile("file", "criteria.txt", "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}

	private UUID demoMunicipality() {
		return jdbc.sql("select municipality_id from user_account where username = 'beheerder'")
			.query(UUID.class)
			.single();
	}

}
