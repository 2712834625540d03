package nl.regie.socialmap;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RegieTest
class SocialMapImportTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SocialMapManagement management;

	@Autowired
	ProvisionImport imports;

	@Autowired
	SocialMapDirectory directory;

	SocialMapFixtures zaanstad;

	@BeforeEach
	void anEmptyMap() {
		zaanstad = new SocialMapFixtures(jdbc, management);
	}

	@Test
	void everyRowIsReportedAsTakenOrSkippedWithItsReasonsAndSkippedRowsLeaveNothing() {
		String csv = """
				organisatie;naam;soort;levensdomeinen;gebied;postcode;aanmelden;omschrijving
				Schuldhulp Zaanstreek;Budgetcursus;collectief;FINANCES;Poelenburg;1506 AB;Bellen;Vier avonden over geld
				Schuldhulp Zaanstreek;Schuldregeling;professioneel;Financiën|Huisvesting;;1506AB;;
				Taalhuis;Taalcafé;collectief;WORK_EDUCATION;;15060;;
				Taalhuis;Leesclub;collectief;LANGUAGE;;;;
				Taalhuis;;collectief;WORK_EDUCATION;;;;
				Schuldhulp Zaanstreek;budgetcursus;collectief;FINANCES;;;;
				"Buurtkamer; De Boog";"Koffie ""en"" praat";COLLECTIVE;SOCIAL_NETWORK;Zaandam › Peldersveld;;"Gewoon
				binnenlopen";
				Speeltuin;Buitenspelen;spelen;TIME_USE;Assendelft;;;
				""";

		ImportReport report = imports.load(zaanstad.administrator, csv);

		assertThat(report.taken()).isEqualTo(3);
		assertThat(report.skipped()).isEqualTo(5);
		assertThat(report.rows()).extracting(ImportReport.Row::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 10);
		assertThat(report.rows()).extracting(ImportReport.Row::taken)
			.containsExactly(true, true, false, false, false, false, true, false);
		assertThat(reasons(report, 4))
			.containsExactly(new ImportReport.Reason("postcode", "socialmap.postcode.invalid", "15060"));
		assertThat(reasons(report, 5))
			.containsExactly(new ImportReport.Reason("levensdomeinen", "socialmap.lifeDomains.unknown", "LANGUAGE"));
		assertThat(reasons(report, 6)).containsExactly(new ImportReport.Reason("naam", "socialmap.name.required", ""));
		assertThat(reasons(report, 7)).containsExactly(
				new ImportReport.Reason("naam", "socialmap.name.taken", "budgetcursus"),
				new ImportReport.Reason("naam", "socialmap.import.duplicateInFile", "budgetcursus"));
		assertThat(reasons(report, 10)).containsExactlyInAnyOrder(
				new ImportReport.Reason("soort", "socialmap.kind.unknown", "spelen"),
				new ImportReport.Reason("gebied", "socialmap.area.unknown", "Assendelft"));
		assertThat(names()).containsExactlyInAnyOrder("Budgetcursus", "Schuldregeling", "Koffie \"en\" praat");
		assertThat(jdbc.sql("""
				select count(*) from social_map_provision_domain d join social_map_provision p on p.id = d.provision_id
				where p.municipality_id = :m""").param("m", zaanstad.municipality).query(Integer.class).single())
			.isEqualTo(4);
	}

	@Test
	void whatWasTakenIsFoundWithItsAreaAndItsDomains() {
		imports.load(zaanstad.administrator, """
				organisatie,naam,soort,levensdomeinen,gebied,aanmelden
				Buurtkamer De Boog,Koffieochtend,collectief,Sociaal netwerk|TIME_USE,Poelenburg,"Binnenlopen, of bellen"
				""");

		Provision taken = directory
			.search(zaanstad.municipality, "TIME_USE", zaanstad.poelenburg, "koffie", Set.of(), 10)
			.getFirst();

		assertThat(taken.lifeDomains()).containsExactly("TIME_USE", "SOCIAL_NETWORK");
		assertThat(taken.howToRefer()).isEqualTo("Binnenlopen, of bellen");
		assertThat(directory.search(zaanstad.municipality, null, zaanstad.peldersveld, "koffie", Set.of(), 10))
			.isEmpty();
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
		assertThatThrownBy(() -> imports.load(zaanstad.administrator, "organisatie;naam\nTaalhuis;Taalcafé\n"))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("file", "socialmap.import.header")));
		assertThat(names()).isEmpty();
	}

	private static List<ImportReport.Reason> reasons(ImportReport report, int line) {
		return report.rows().stream().filter(row -> row.line() == line).findFirst().orElseThrow().reasons();
	}

	private List<String> names() {
		return jdbc.sql("select name from social_map_provision where municipality_id = :m")
			.param("m", zaanstad.municipality)
			.query(String.class)
			.list();
	}

}
