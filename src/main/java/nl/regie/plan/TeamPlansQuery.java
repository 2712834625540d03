package nl.regie.plan;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import nl.regie.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the plans of a team rest, for its team leader: the share of actions per rung and
 * the professional organisations, over the current version of the plan of every case the
 * team works now (closed and scaled-up cases left out). Figures only, no household, so no
 * read to report.
 */
@Service
class TeamPlansQuery {

	private final PlanAccessPolicy access;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TeamPlansQuery(PlanAccessPolicy access, JdbcClient jdbc, JsonMapper json) {
		this.access = access;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	PlanFigures overview(CurrentUser user) {
		access.teamOverview(user).orRefuse();
		List<ActionPlan> current = jdbc.sql("""
				select v.content from plan p join plan_version v on v.plan_id = p.id and v.version = p.version
				where p.municipality_id = :m and p.team_id = :t and p.case_open""")
			.param("m", user.municipalityId())
			.param("t", user.teamId())
			.query((rs, n) -> json.readValue(rs.getString("content"), ActionPlan.class))
			.list();
		return PlanFigures.of(current);
	}

}
