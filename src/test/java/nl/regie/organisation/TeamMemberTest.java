package nl.regie.organisation;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamMemberTest {

	private static final UUID TEAM = UUID.randomUUID();

	@Test
	void coreMemberCommitsHoursPerWeekWithADutchDecimalComma() {
		TeamMember member = TeamMember.join(TEAM, " Nadia Amrani ", TeamPosition.CORE, "Spirit", "Jeugdzorg", "12,5");

		assertThat(member.name()).isEqualTo("Nadia Amrani");
		assertThat(member.hoursPerWeek()).isEqualByComparingTo(new BigDecimal("12.5"));
	}

	@Test
	void coreMemberWithoutHoursIsRefused() {
		assertThatThrownBy(() -> TeamMember.join(TEAM, "Frank de Wit", TeamPosition.CORE, "Doras", "Schulden", " "))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new FieldProblem("hoursPerWeek", "member.hoursPerWeek.requiredForCore")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-4", "40,1", "41", "veel" })
	void hoursMustBeMoreThanZeroAndAtMostForty(String hours) {
		assertThatThrownBy(() -> TeamMember.join(TEAM, "Frank de Wit", TeamPosition.CORE, "Doras", "Schulden", hours))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
				.contains(new FieldProblem("hoursPerWeek", "member.hoursPerWeek.range")));
	}

	@Test
	void outerRingSpecialistNeedsNoHours() {
		TeamMember member = TeamMember.join(TEAM, "Theo Brink", TeamPosition.OUTER_RING, "Jellinek", "Verslavingszorg",
				"");

		assertThat(member.hoursPerWeek()).isNull();
	}

	@Test
	void everyMissingFieldIsReportedAtOnce() {
		assertThatThrownBy(() -> TeamMember.join(TEAM, "", null, " ", null, "40")).isInstanceOfSatisfying(
				InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("name", "position", "homeOrganisation", "discipline"));
	}

}
