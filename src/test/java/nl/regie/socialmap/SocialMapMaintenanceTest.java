package nl.regie.socialmap;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;
import nl.regie.platform.access.AccessRefused;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@RegieTest
class SocialMapMaintenanceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SocialMapManagement management;

	@Autowired
	SocialMapDirectory directory;

	@Autowired
	SocialMapQuery query;

	SocialMapFixtures zaanstad;

	UUID buddies;

	@BeforeEach
	void aProvisionOnTheMap() {
		zaanstad = new SocialMapFixtures(jdbc, management);
		buddies = zaanstad.provision("Vriendendienst Zaandam", "Maatje", ProvisionKind.VOLUNTEER, zaanstad.zaandam,
				List.of("SOCIAL_NETWORK"), "Een vrijwilliger die langskomt.");
	}

	@Test
	void ofTwoMaintainersSavingTheSameVersionTheSecondIsToldWhatTheFirstSaved() {
		ProvisionDetails byAdministrator = details("Maatje", "020 555 0199");
		ProvisionDetails byTeamLeader = details("Maatje", "06 5555 0123");

		management.change(zaanstad.administrator, buddies, 0, byAdministrator);

		assertThatThrownBy(() -> management.change(zaanstad.teamLeader, buddies, 0, byTeamLeader))
			.isInstanceOfSatisfying(ProvisionChanged.class, changed -> {
				assertThat(changed.current().version()).isEqualTo(1);
				assertThat(changed.current().contact()).isEqualTo("020 555 0199");
			});
		assertThat(directory.find(zaanstad.municipality, buddies).orElseThrow().contact()).isEqualTo("020 555 0199");
	}

	@Test
	void whatChangedIsShownFieldByFieldInWords() {
		ProvisionDetails saved = details("Maatje", "020 555 0199");
		ProvisionDetails yours = details("Maatje", "06 5555 0123").withLifeDomains(List.of("FINANCES"));

		List<Difference> differences = Difference.between(saved, yours,
				Map.of("SOCIAL_NETWORK", "Sociaal netwerk", "FINANCES", "Financiën"), Map.of(), "Hele gemeente",
				Enum::name);

		assertThat(differences).containsExactly(new Difference("lifeDomains", "Sociaal netwerk", "Financiën"),
				new Difference("contact", "020 555 0199", "06 5555 0123"));
	}

	@Test
	void aBrokenPostcodeOrAnUnknownLifeDomainIsRefusedAndNothingIsSaved() {
		ProvisionDetails broken = new ProvisionDetails(null, "Taalhuis", "Taalcafé", ProvisionKind.COLLECTIVE,
				List.of("LANGUAGE"), "", "", "", "", "", "1234", "");

		assertThatThrownBy(() -> management.add(zaanstad.administrator, broken)).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.problems()).containsExactly(
						new FieldProblem("lifeDomains", "socialmap.lifeDomains.unknown"),
						new FieldProblem("postcode", "socialmap.postcode.invalid")));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aPostcodeIsKeptInOneNotation() {
		UUID id = management.add(zaanstad.administrator, new ProvisionDetails(null, "Taalhuis", "Taalcafé",
				ProvisionKind.COLLECTIVE, List.of("WORK_EDUCATION"), "", "", "", "", "", " 1506 ab ", ""));

		assertThat(management.entry(zaanstad.administrator, id).postcode()).isEqualTo("1506AB");
	}

	@Test
	void anOrganisationOffersAProvisionOfOneNameOnce() {
		assertThatThrownBy(() -> management.add(zaanstad.teamLeader, details("MAATJE", "")))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("name", "socialmap.name.taken")));
	}

	@Test
	void anAreaOfAnotherMunicipalityIsRefused() {
		SocialMapFixtures other = new SocialMapFixtures(jdbc, management);
		ProvisionDetails elsewhere = new ProvisionDetails(other.zaandam, "Vriendendienst", "Maatje elders",
				ProvisionKind.VOLUNTEER, List.of("SOCIAL_NETWORK"), "", "", "", "", "", "", "");

		assertThatThrownBy(() -> management.add(zaanstad.administrator, elsewhere))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("areaId", "socialmap.area.unknown")));
	}

	@Test
	void aCaseManagerSearchesButDoesNotMaintain() {
		assertThatThrownBy(() -> management.add(zaanstad.caseManager(), details("Nieuw", "")))
			.isInstanceOf(AccessRefused.class);
		assertThatThrownBy(() -> management.withdraw(zaanstad.caseManager(), buddies, 0))
			.isInstanceOf(AccessRefused.class);
		assertThat(management.entry(zaanstad.caseManager(), buddies).name()).isEqualTo("Maatje");
	}

	@Test
	void withdrawingAnOldVersionIsRefused() {
		management.change(zaanstad.administrator, buddies, 0, details("Maatje", "020 555 0199"));

		assertThatThrownBy(() -> management.withdraw(zaanstad.teamLeader, buddies, 0))
			.isInstanceOf(ProvisionChanged.class);
		assertThat(directory.isWithdrawn(zaanstad.municipality, buddies)).isFalse();
	}

	@Test
	void onlyMaintainersSeeWithdrawnProvisions() {
		management.withdraw(zaanstad.teamLeader, buddies, 0);

		assertThat(query.search(zaanstad.administrator, null, null, null, Set.of(), true, 50))
			.extracting(ProvisionEntry::id, ProvisionEntry::withdrawn)
			.containsExactly(tuple(buddies, true));
		assertThat(query.search(zaanstad.caseManager(), null, null, null, Set.of(), true, 50)).isEmpty();
	}

	private ProvisionDetails details(String name, String contact) {
		return new ProvisionDetails(zaanstad.zaandam, "Vriendendienst Zaandam", name, ProvisionKind.VOLUNTEER,
				List.of("SOCIAL_NETWORK"), "Een vrijwilliger die langskomt.", "", "", contact, "", "", "");
	}

	private int count() {
		return jdbc.sql("select count(*) from social_map_provision where municipality_id = :m")
			.param("m", zaanstad.municipality)
			.query(Integer.class)
			.single();
	}

}
