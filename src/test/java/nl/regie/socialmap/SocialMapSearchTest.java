package nl.regie.socialmap;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@RegieTest
class SocialMapSearchTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SocialMapManagement management;

	@Autowired
	SocialMapDirectory directory;

	SocialMapFixtures zaanstad;

	UUID debtHelp;

	UUID buddies;

	UUID walkingGroup;

	UUID familyConference;

	UUID wormerveerFoodBank;

	@BeforeEach
	void aSocialMapOfItsOwn() {
		zaanstad = new SocialMapFixtures(jdbc, management);
		debtHelp = zaanstad.provision("Schuldhulp Zaanstreek", "Schuldhulpverlening", ProvisionKind.PROFESSIONAL, null,
				List.of("FINANCES"), "Hulp bij schuld en een overzicht van rekeningen.");
		buddies = zaanstad.provision("Vriendendienst Zaandam", "Buddy bij eenzaamheid", ProvisionKind.VOLUNTEER,
				zaanstad.zaandam, List.of("SOCIAL_NETWORK", "MENTAL_HEALTH"),
				"Een vrijwilliger die wekelijks langskomt.");
		walkingGroup = zaanstad.provision("Buurtkamer Poelenburg", "Wandelgroep", ProvisionKind.COLLECTIVE,
				zaanstad.poelenburg, List.of("PHYSICAL_HEALTH", "SOCIAL_NETWORK"), "Samen wandelen op dinsdag.");
		familyConference = zaanstad.provision("Eigen Kracht Centrale", "Familiegroepsplan",
				ProvisionKind.FAMILY_GROUP_CONFERENCE, null, List.of("DOMESTIC_RELATIONS"),
				"Een onafhankelijke coördinator bereidt de conferentie voor.");
		wormerveerFoodBank = zaanstad.provision("Voedselbank Wormerveer", "Voedselpakket", ProvisionKind.VOLUNTEER,
				zaanstad.wormerveer, List.of("FINANCES"), "Wekelijks een pakket voor wie rond moet komen.");
	}

	@Test
	void aSearchByLifeDomainFindsOnlyWhatServesThatDomain() {
		assertThat(ids(search("FINANCES", null, null, Set.of()))).containsExactlyInAnyOrder(debtHelp,
				wormerveerFoodBank);
		assertThat(ids(search("SOCIAL_NETWORK", null, null, Set.of()))).containsExactlyInAnyOrder(buddies,
				walkingGroup);
	}

	@Test
	void aSearchInANeighbourhoodIncludesItsDistrictAndTheWholeMunicipalityButNotOtherAreas() {
		assertThat(ids(search(null, zaanstad.poelenburg, null, Set.of()))).containsExactlyInAnyOrder(debtHelp, buddies,
				walkingGroup, familyConference);
		assertThat(ids(search(null, zaanstad.peldersveld, null, Set.of()))).containsExactlyInAnyOrder(debtHelp, buddies,
				familyConference);
		assertThat(ids(search("FINANCES", zaanstad.wormerveer, null, Set.of()))).containsExactlyInAnyOrder(debtHelp,
				wormerveerFoodBank);
	}

	@Test
	void wordsAreMatchedWithDutchStemming() {
		assertThat(ids(search(null, null, "schulden", Set.of()))).containsExactly(debtHelp);
		assertThat(ids(search(null, null, "wandelen dinsdag", Set.of()))).containsExactly(walkingGroup);
	}

	@Test
	void aWordAlsoFindsTheCompoundsItStarts() {
		assertThat(ids(search(null, null, "voedsel", Set.of()))).containsExactly(wormerveerFoodBank);
	}

	@Test
	void onlyStopWordsOrPunctuationFindNothingAndBreakNothing() {
		assertThat(search(null, null, "de en het", Set.of())).isEmpty();
		assertThat(search(null, null, "'&|!:*()", Set.of())).isEmpty();
	}

	@Test
	void theKindsNarrowTheSearchToRungsOfTheLadder() {
		assertThat(ids(search(null, null, null, Set.of(ProvisionKind.COLLECTIVE, ProvisionKind.VOLUNTEER))))
			.containsExactlyInAnyOrder(buddies, walkingGroup, wormerveerFoodBank);
	}

	@Test
	void aProvisionCarriesWhatThePlanNeeds() {
		Provision found = directory.find(zaanstad.municipality, buddies).orElseThrow();

		assertThat(found.organisation()).isEqualTo("Vriendendienst Zaandam");
		assertThat(found.kind()).isEqualTo(ProvisionKind.VOLUNTEER);
		assertThat(found.lifeDomains()).containsExactly("MENTAL_HEALTH", "SOCIAL_NETWORK");
		assertThat(found.howToRefer()).contains("Bel of mail");
		assertThat(found.contact()).isEqualTo("075 555 0100");
	}

	@Test
	void aWithdrawnProvisionIsNeverSearchedButStillFoundById() {
		management.withdraw(zaanstad.administrator, debtHelp, 0);

		assertThat(ids(search("FINANCES", null, null, Set.of()))).containsExactly(wormerveerFoodBank);
		assertThat(directory.find(zaanstad.municipality, debtHelp)).isPresent();
		assertThat(directory.isWithdrawn(zaanstad.municipality, debtHelp)).isTrue();
	}

	@Test
	void anotherMunicipalityFindsNothingOfThisMap() {
		SocialMapFixtures other = new SocialMapFixtures(jdbc, management);

		assertThat(directory.find(other.municipality, debtHelp)).isEmpty();
		assertThat(directory.search(other.municipality, "FINANCES", null, null, Set.of(), 50)).isEmpty();
		assertThat(directory.search(other.municipality, null, zaanstad.poelenburg, null, Set.of(), 50)).isEmpty();
	}

	private List<Provision> search(String domain, UUID area, String words, Set<ProvisionKind> kinds) {
		return directory.search(zaanstad.municipality, domain, area, words, kinds, 50);
	}

	private static List<UUID> ids(List<Provision> provisions) {
		return provisions.stream().map(Provision::id).toList();
	}

}
