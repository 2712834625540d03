package nl.regie.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess;
import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.household.Involvement;
import nl.regie.household.InvolvementRegister;
import nl.regie.household.Membership;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household card (klantenkaart): one page a case manager reads in thirty seconds
 * before a home visit. One reported read for the whole card; the plan's agreements and
 * the things due are one query each, however many there are.
 */
@Service
class HouseholdCardQuery {

	private final RegistrationAccessPolicy access;

	private final Households households;

	private final InvolvementRegister involvements;

	private final MatrixQuery matrix;

	private final NetworkMapManagement networks;

	private final Membership membership;

	private final HouseholdPlans plans;

	private final CaseRegistrationAccess cases;

	private final JdbcClient jdbc;

	private final Clock clock;

	HouseholdCardQuery(RegistrationAccessPolicy access, Households households, InvolvementRegister involvements,
			MatrixQuery matrix, NetworkMapManagement networks, Membership membership, HouseholdPlans plans,
			CaseRegistrationAccess cases, JdbcClient jdbc, Clock clock) {
		this.membership = membership;
		this.plans = plans;
		this.cases = cases;
		this.access = access;
		this.households = households;
		this.involvements = involvements;
		this.matrix = matrix;
		this.networks = networks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How many of the things due on the case the card shows. */
	static final int NEXT_DUE = 5;

	/**
	 * @param helpQuestion in the household's own words, {@code null} until written down
	 * @param agreements {@code null} while the case has no plan
	 * @param due the next things due on the case, soonest first
	 */
	record HouseholdCard(CaseOfHousehold caseFile, HouseholdView household, LocalDate today, String helpQuestion,
			List<Involvement> involved, MatrixQuery.HouseholdMatrix matrix, NetworkMapManagement.NetworkMap network,
			List<Membership.Period> former, HouseholdPlans.Agreements agreements,
			List<CaseRegistrationAccess.Due> due) {

		public String name() {
			return household.members().isEmpty() ? "–" : household.members().get(0).name();
		}

	}

	@Transactional
	HouseholdCard card(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found, "household-card");
		HouseholdView household = households.find(found.municipalityId(), found.householdId())
			.orElseThrow(NotFound::new);
		String question = jdbc.sql("select help_question from household_card where household_id = :h")
			.param("h", found.householdId())
			.query(String.class)
			.optional()
			.orElse(null);
		return new HouseholdCard(found, household, LocalDate.now(clock), question,
				involvements.of(found.municipalityId(), found.householdId()),
				matrix.household(found, access.readsCriminalOffenceData(user, found)), networks.map(found),
				membership.history(found.municipalityId(), found.householdId())
					.stream()
					.filter(period -> !period.current())
					.toList(),
				plans.agreements(found.municipalityId(), found.caseId()).orElse(null), cases.nextDue(found, NEXT_DUE));
	}

	/**
	 * The help question in the household's own words, replacing what was written before.
	 */
	@Transactional
	void writeHelpQuestion(CurrentUser user, UUID caseId, String question) {
		CaseOfHousehold found = access.work(user, caseId);
		if (question != null && question.strip().length() > 1000) {
			throw InvalidInput.of("helpQuestion", "card.helpQuestion.tooLong");
		}
		jdbc.sql("""
				insert into household_card (household_id, municipality_id, help_question, written_by, written_at)
				values (:h, :m, :q, :by, :at)
				on conflict (household_id) do update set help_question = excluded.help_question,
				    written_by = excluded.written_by, written_at = excluded.written_at""")
			.param("h", found.householdId())
			.param("m", found.municipalityId())
			.param("q", question == null || question.isBlank() ? null : question.strip())
			.param("by", user.userId())
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

}
