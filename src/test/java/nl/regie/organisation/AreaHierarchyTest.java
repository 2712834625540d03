package nl.regie.organisation;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AreaHierarchyTest {

	private final AreaLevel district = new AreaLevel(UUID.randomUUID(), 1, "Stadsdeel");

	private final AreaLevel area = new AreaLevel(UUID.randomUUID(), 2, "Gebied");

	private final Area nieuwWest = new Area(UUID.randomUUID(), district.id(), null, "Nieuw-West");

	private final Area osdorp = new Area(UUID.randomUUID(), area.id(), nieuwWest.id(), "Osdorp");

	private final AreaHierarchy amsterdam = new AreaHierarchy(List.of(area, district), List.of(osdorp, nieuwWest));

	@Test
	void aNewLevelGoesBelowTheDeepestOne() {
		assertThat(amsterdam.addLevel("Buurt").depth()).isEqualTo(3);
	}

	@Test
	void levelNamesAreUniqueWithinAMunicipality() {
		assertThatThrownBy(() -> amsterdam.addLevel(" gebied")).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.problems()).contains(new FieldProblem("name", "areaLevel.name.taken")));
	}

	@Test
	void anAreaBelowTheTopLevelHangsUnderAnAreaOfTheLevelDirectlyAbove() {
		Area geuzenveld = amsterdam.addArea(area.id(), nieuwWest.id(), "Geuzenveld-Slotermeer");

		assertThat(geuzenveld.parentId()).isEqualTo(nieuwWest.id());
		assertThat(refusal(() -> amsterdam.addArea(area.id(), null, "Slotervaart"))).isEqualTo("area.parent.required");
		assertThat(refusal(() -> amsterdam.addArea(area.id(), osdorp.id(), "Slotervaart")))
			.isEqualTo("area.parent.notOnLevelAbove");
		assertThat(refusal(() -> amsterdam.addArea(district.id(), nieuwWest.id(), "Zuid")))
			.isEqualTo("area.parent.notOnTopLevel");
	}

	@Test
	void siblingsHaveDifferentNames() {
		assertThat(refusal(() -> amsterdam.addArea(area.id(), nieuwWest.id(), "OSDORP"))).isEqualTo("area.name.taken");
	}

	@Test
	void theTreeAndPathsFollowTheParents() {
		assertThat(amsterdam.tree()).singleElement().satisfies(node -> {
			assertThat(node.area()).isEqualTo(nieuwWest);
			assertThat(node.children()).extracting(AreaHierarchy.AreaNode::area).containsExactly(osdorp);
		});
		assertThat(amsterdam.path(osdorp.id())).isEqualTo("Nieuw-West › Osdorp");
	}

	private static String refusal(Runnable change) {
		try {
			change.run();
		}
		catch (InvalidInput invalid) {
			return invalid.problems().getFirst().code();
		}
		throw new AssertionError("change was accepted");
	}

}
