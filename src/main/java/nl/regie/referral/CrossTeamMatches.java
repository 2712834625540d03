package nl.regie.referral;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.StateConflict;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how often one user's intakes may match households that only other teams know:
 * each match tells the user such a household exists, so typing address after address must
 * not become a way to map another team's caseload. Over the limit the intake is refused
 * before it answers anything.
 */
@Component
class CrossTeamMatches {

	static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final int perHour;

	CrossTeamMatches(JdbcClient jdbc, @Value("${regie.referral.cross-team-matches-per-hour:20}") int perHour) {
		this.jdbc = jdbc;
		this.perHour = perHour;
	}

	/**
	 * @throws StateConflict when the user reached the limit within the last hour
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void count(CurrentUser user, Instant now) {
		Timestamp since = Timestamp.from(now.minus(WINDOW));
		jdbc.sql("delete from referral_cross_team_match where user_id = :u and matched_at < :since")
			.param("u", user.userId())
			.param("since", since)
			.update();
		int recent = jdbc.sql("select count(*) from referral_cross_team_match where user_id = :u")
			.param("u", user.userId())
			.query(Integer.class)
			.single();
		if (recent >= perHour) {
			throw new StateConflict("referral.household.otherTeam.tooMany");
		}
		jdbc.sql("insert into referral_cross_team_match (municipality_id, user_id, matched_at) values (:m, :u, :at)")
			.param("m", user.municipalityId())
			.param("u", user.userId())
			.param("at", Timestamp.from(now))
			.update();
	}

}
