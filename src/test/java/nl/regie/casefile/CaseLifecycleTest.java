package nl.regie.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole lifecycle, table-driven and without Spring: every transition tried from every
 * stage. Allowed ones move the case, write one history line and raise one event; all
 * others are refused with the reason of the current stage and change nothing.
 */
class CaseLifecycleTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static final UUID JEROEN = UUID.randomUUID();

	static final UUID NADIA = UUID.randomUUID();

	static Stream<Arguments> everyStageWithEveryTransition() {
		List<Arguments> pairs = new ArrayList<>();
		for (CaseStage stage : CaseStage.values()) {
			for (CaseTransition transition : CaseTransition.values()) {
				pairs.add(Arguments.of(stage, transition));
			}
		}
		return pairs.stream();
	}

	@ParameterizedTest(name = "{1} from {0}")
	@MethodSource("everyStageWithEveryTransition")
	void aTransitionMovesTheCaseOnlyFromTheStagesTheTableAllows(CaseStage stage, CaseTransition transition) {
		CaseFile file = caseIn(stage);

		if (transition.allowedFrom(stage)) {
			attempt(transition).accept(file);

			assertThat(file.stage()).isEqualTo(transition.to());
			assertThat(file.takeEvents()).hasSize(1);
			assertThat(file.takeHistory()).singleElement().satisfies(entry -> {
				assertThat(entry.kind()).isEqualTo(transition.name());
				assertThat(entry.fromStage()).isEqualTo(stage);
				assertThat(entry.toStage()).isEqualTo(transition.to());
			});
		}
		else {
			assertThatThrownBy(() -> attempt(transition).accept(file)).isInstanceOf(StateConflict.class)
				.extracting(refused -> ((StateConflict) refused).code())
				.isEqualTo("case.refusedIn." + stage.name());
			assertThat(file.stage()).isEqualTo(stage);
			assertThat(file.takeEvents()).isEmpty();
			assertThat(file.takeHistory()).isEmpty();
		}
	}

	@Test
	void theTableAllowsExactlyTheLifecycleOfTheMethod() {
		assertThat(allowed(CaseStage.AWAITING_ASSIGNMENT)).containsExactly(CaseTransition.ASSIGN);
		assertThat(allowed(CaseStage.OUTREACH)).containsExactly(CaseTransition.MAKE_CONTACT,
				CaseTransition.CLOSE_WITHOUT_CONTACT, CaseTransition.SCALE_UP);
		assertThat(allowed(CaseStage.ACTIVE)).containsExactly(CaseTransition.PROPOSE_CLOSING, CaseTransition.SCALE_UP);
		assertThat(allowed(CaseStage.CLOSING)).containsExactly(CaseTransition.WITHDRAW_CLOSING, CaseTransition.CLOSE,
				CaseTransition.CLOSE_WITH_FOLLOW_UP, CaseTransition.SCALE_UP);
		assertThat(allowed(CaseStage.FOLLOW_UP)).containsExactly(CaseTransition.END_FOLLOW_UP, CaseTransition.REOPEN);
		assertThat(allowed(CaseStage.ENDED)).containsExactly(CaseTransition.REOPEN);
		assertThat(allowed(CaseStage.CLOSED_WITHOUT_CONTACT)).isEmpty();
		assertThat(allowed(CaseStage.SCALED_UP)).isEmpty();
	}

	@Test
	void theSamePersonCannotBeCaseManagerAndSecondVisitor() {
		CaseFile file = caseIn(CaseStage.AWAITING_ASSIGNMENT);

		assertThatThrownBy(() -> file.assign(JEROEN, JEROEN, TODAY, null)).isInstanceOf(InvalidInput.class)
			.extracting(invalid -> ((InvalidInput) invalid).problems().get(0).code())
			.isEqualTo("assignment.samePerson");
		assertThat(file.stage()).isEqualTo(CaseStage.AWAITING_ASSIGNMENT);
	}

	@Test
	void closingWithAnUnmetRuleNeedsTheTeamsDecision() {
		CaseFile file = caseIn(CaseStage.CLOSING);
		List<ClosingRule> unmet = List.of(ClosingRules.BuiltIn.HOUSEHOLD_WANTS_TO_STOP);

		assertThatThrownBy(() -> file.close(unmet, false, 24, TODAY)).isInstanceOf(StateConflict.class)
			.extracting(refused -> ((StateConflict) refused).code())
			.isEqualTo("closing.teamDecisionNeeded");
		file.close(unmet, true, 24, TODAY);

		assertThat(file.stage()).isEqualTo(CaseStage.FOLLOW_UP);
		assertThat(file.followUpUntil()).isEqualTo(TODAY.plusMonths(24));
	}

	@Test
	void closingWithoutContactNeedsTheTeamTheReferrerAndTheRisks() {
		CaseFile file = caseIn(CaseStage.OUTREACH);

		assertThatThrownBy(() -> file.closeWithoutContact(false, false, " ", TODAY)).isInstanceOf(InvalidInput.class)
			.extracting(invalid -> ((InvalidInput) invalid).problems().stream().map(p -> p.field()).toList())
			.isEqualTo(List.of("teamDecision", "referrerConsulted", "risks"));
		assertThat(file.stage()).isEqualTo(CaseStage.OUTREACH);
	}

	@Test
	void reassigningNeedsAReasonAndTheOldCaseManagerTakesTheNewOnesPlace() {
		CaseFile file = caseIn(CaseStage.ACTIVE);

		assertThatThrownBy(() -> file.reassign(NADIA, "")).isInstanceOf(InvalidInput.class);
		file.reassign(NADIA, "Jeugdzorg nodig nu de zoon uitvalt op school.");

		assertThat(file.roles()).isEqualTo(new CaseFile.Roles(NADIA, JEROEN, null));
		assertThat(file.takeHistory()).singleElement()
			.satisfies(entry -> assertThat(entry.text()).isEqualTo("Jeugdzorg nodig nu de zoon uitvalt op school."));
	}

	@Test
	void aReopenedCaseWhoseCaseManagerLeftHasNoneAndAsksTheTeam() {
		CaseFile file = caseIn(CaseStage.FOLLOW_UP);

		file.reopen("Huurachterstand is terug.", false);

		assertThat(file.stage()).isEqualTo(CaseStage.ACTIVE);
		assertThat(file.roles().caseManager()).isNull();
		assertThat(file.takeEvents()).singleElement()
			.isEqualTo(new CaseFileEvent.CaseReopened(file.id(), file.municipalityId(), file.teamId(),
					file.householdId(), true));
	}

	private static List<CaseTransition> allowed(CaseStage stage) {
		return Stream.of(CaseTransition.values()).filter(transition -> transition.allowedFrom(stage)).toList();
	}

	private static Consumer<CaseFile> attempt(CaseTransition transition) {
		return switch (transition) {
			case ASSIGN -> file -> file.assign(JEROEN, NADIA, TODAY, null);
			case MAKE_CONTACT -> file -> file.makeContact(TODAY);
			case CLOSE_WITHOUT_CONTACT ->
				file -> file.closeWithoutContact(true, true, "Zorgmijder, buren letten op.", TODAY);
			case PROPOSE_CLOSING -> file -> file.proposeClosing(List.of(), null);
			case WITHDRAW_CLOSING -> file -> file.withdrawClosing("Team: nog niet afsluiten.");
			case CLOSE -> file -> file.close(List.of(), false, 0, TODAY);
			case CLOSE_WITH_FOLLOW_UP -> file -> file.close(List.of(), false, 24, TODAY);
			case END_FOLLOW_UP -> CaseFile::endFollowUp;
			case SCALE_UP -> file -> file.scaleUp("Jeugdbescherming Regio Amsterdam");
			case REOPEN -> file -> file.reopen("Nieuwe schulden.", true);
		};
	}

	static CaseFile caseIn(CaseStage stage) {
		CaseFile.Roles roles = CaseStage.WORKED.contains(stage) || stage == CaseStage.ENDED
				? new CaseFile.Roles(JEROEN, NADIA, null) : CaseFile.Roles.NONE;
		return new CaseFile(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), TODAY.minusMonths(3), stage, roles, null, null, null, null, 0);
	}

}
