package nl.regie.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import nl.regie.registration.HouseholdPlans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agreements of a case's plan for the household card: the actions of the current
 * version still to do, with who carries them and by when.
 */
@Component
class PlanAgreements implements HouseholdPlans {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PlanAgreements(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public Optional<Agreements> agreements(UUID municipalityId, UUID caseId) {
		return jdbc.sql("""
				select p.version, v.agreed_on, v.content from plan p
				join plan_version v on v.plan_id = p.id and v.version = p.version
				where p.municipality_id = :m and p.case_id = :c""")
			.param("m", municipalityId)
			.param("c", caseId)
			.query((rs, n) -> new Agreements(rs.getInt("version"), rs.getObject("agreed_on", LocalDate.class), json
				.readValue(rs.getString("content"), ActionPlan.class)
				.actions()
				.filter(action -> action.status().pending() && action.owner() != null)
				.sorted(Comparator.comparing(ActionPlan.Action::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
				.map(action -> new Agreement(action.what(), action.owner().rung().name(), action.owner().name(),
						action.dueOn()))
				.toList()))
			.optional();
	}

}
