package nl.regie.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.identity.CurrentUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and stores the {@link Referral} aggregate. A decision bumps the referral's
 * version; a decision made on an older version fails, so of two team leaders deciding at
 * once one wins.
 */
@Repository
class Referrals {

	private final JdbcClient jdbc;

	Referrals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Referral> find(UUID id) {
		return load(id, "");
	}

	/** The team a referral was made to, for the access check in front of its routes. */
	Optional<UUID> teamOf(UUID id) {
		return jdbc.sql("select team_id from referral where id = :id").param("id", id).query(UUID.class).optional();
	}

	/**
	 * Loads the referral to change it, holding its row until the transaction ends: a
	 * screening, a consent change and a decision on the same referral run one after the
	 * other, so none of them acts on a status another one is changing.
	 */
	Optional<Referral> lockForChange(UUID id) {
		return load(id, " for update of r");
	}

	private Optional<Referral> load(UUID id, String lock) {
		return jdbc.sql("""
				select r.id, r.municipality_id, r.team_id, r.household_id, r.status, r.version,
				       s.several_life_domains, s.acute_crisis, s.child_safety_concern, s.compulsory_care_excludes,
				       s.coordination_outcome, s.coordination_agreed_by, s.notes
				from referral r left join referral_screening s on s.referral_id = r.id
				where r.id = :id""" + lock)
			.param("id", id)
			.query((rs, n) -> new Referral(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
					rs.getObject("team_id", UUID.class), rs.getObject("household_id", UUID.class),
					ReferralStatus.valueOf(rs.getString("status")), rs.getInt("version"), screening(rs)))
			.optional();
	}

	/** Stores a referral just received, with the facts of its intake. */
	void add(Referral referral) {
		ReferralFacts facts = referral.facts().orElseThrow();
		jdbc.sql("""
				insert into referral (id, municipality_id, team_id, household_id, area_id, received_on, referrer_type,
				    referrer_organisation, referrer_name, referrer_contact, reason, urgency, status, household_knows,
				    household_agrees, consent_inform_referrer, open_case_at_intake, children_at_intake, created_at,
				    referrer_language)
				values (:id, :m, :t, :h, :area, :received, :type, :org, :name, :contact, :reason, :urgency, :status,
				    :knows, :agrees, :consent, :openCase, :children, :at, :language)""")
			.param("id", referral.id())
			.param("m", referral.municipalityId())
			.param("t", referral.teamId())
			.param("h", referral.householdId())
			.param("area", facts.areaId())
			.param("received", facts.receivedOn())
			.param("type", facts.referrerType().name())
			.param("org", facts.referrerOrganisation())
			.param("name", facts.referrerName())
			.param("contact", facts.referrerContact())
			.param("reason", facts.reason())
			.param("urgency", facts.urgency().name())
			.param("status", referral.status().name())
			.param("knows", facts.householdKnows())
			.param("agrees", facts.householdAgrees())
			.param("consent", facts.consentToInformReferrer())
			.param("openCase", facts.openCaseAtIntake())
			.param("children", facts.childrenAtIntake())
			.param("at", Timestamp.from(facts.receivedAt()))
			.param("language", facts.referrerLanguage().code())
			.update();
		for (String domain : facts.lifeDomains()) {
			jdbc.sql("insert into referral_life_domain (referral_id, municipality_id, life_domain) values (:r, :m, :d)")
				.param("r", referral.id())
				.param("m", referral.municipalityId())
				.param("d", domain)
				.update();
		}
	}

	/** Of these households, the ones the team has a referral of. */
	Set<UUID> householdsReferredTo(UUID teamId, Collection<UUID> householdIds) {
		if (householdIds.isEmpty()) {
			return Set.of();
		}
		return Set
			.copyOf(jdbc.sql("select distinct household_id from referral where team_id = :t and household_id in (:h)")
				.param("t", teamId)
				.param("h", householdIds)
				.query(UUID.class)
				.list());
	}

	/** The teams that received a referral of the household. */
	Set<UUID> teamsReferredTo(UUID householdId) {
		return Set.copyOf(jdbc.sql("select distinct team_id from referral where household_id = :h")
			.param("h", householdId)
			.query(UUID.class)
			.list());
	}

	void saveScreening(Referral referral, UUID screenedBy, Instant at) {
		Screening s = referral.screening().orElseThrow();
		jdbc.sql("""
				insert into referral_screening (referral_id, municipality_id, several_life_domains, acute_crisis,
				    child_safety_concern, compulsory_care_excludes, coordination_outcome, coordination_agreed_by, notes,
				    screened_by, screened_at)
				values (:r, :m, :several, :crisis, :child, :compulsory, :outcome, :agreedBy, :notes, :by, :at)
				on conflict (referral_id) do update set several_life_domains = excluded.several_life_domains,
				    acute_crisis = excluded.acute_crisis, child_safety_concern = excluded.child_safety_concern,
				    compulsory_care_excludes = excluded.compulsory_care_excludes,
				    coordination_outcome = excluded.coordination_outcome,
				    coordination_agreed_by = excluded.coordination_agreed_by, notes = excluded.notes,
				    screened_by = excluded.screened_by, screened_at = excluded.screened_at""")
			.param("r", referral.id())
			.param("m", referral.municipalityId())
			.param("several", s.severalLifeDomains())
			.param("crisis", s.acuteCrisis())
			.param("child", s.childSafetyConcern())
			.param("compulsory", s.compulsoryCareExcludesVoluntaryHelp())
			.param("outcome", s.coordinationOutcome().name())
			.param("agreedBy", s.coordinationAgreedBy())
			.param("notes", s.notes())
			.param("by", screenedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Stores the decision on the version it was made on.
	 * @throws OptimisticLockingFailureException when someone else decided first
	 */
	void saveDecision(Referral referral, int decidedOnVersion, Decision decision, CurrentUser decidedBy, Instant at) {
		int updated = jdbc.sql("""
				update referral set status = :status, version = version + 1
				where id = :id and version = :version""")
			.param("status", referral.status().name())
			.param("id", referral.id())
			.param("version", decidedOnVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("referral was decided on by someone else");
		}
		jdbc.sql("""
				insert into referral_decision (id, referral_id, municipality_id, outcome, resulting_status, reason,
				    decline_reason, advice, handover_to, referrer_message, decided_by, decided_by_name, decided_at)
				values (:id, :r, :m, :outcome, :status, :reason, :declineReason, :advice, :handoverTo, :message, :by,
				    :byName, :at)""")
			.param("id", UUID.randomUUID())
			.param("r", referral.id())
			.param("m", referral.municipalityId())
			.param("outcome", decision.outcome().name())
			.param("status", referral.status().name())
			.param("reason", decision.reason().strip())
			.param("declineReason", decision.declineReason() == null ? null : decision.declineReason().name())
			.param("advice", decision.advice())
			.param("handoverTo", decision.handoverTo() == null ? null : decision.handoverTo().name())
			.param("message", decision.referrerMessage())
			.param("by", decidedBy.userId())
			.param("byName", decidedBy.displayName())
			.param("at", Timestamp.from(at))
			.update();
	}

	private static Screening screening(ResultSet rs) throws SQLException {
		String outcome = rs.getString("coordination_outcome");
		if (outcome == null) {
			return null;
		}
		return new Screening(rs.getBoolean("several_life_domains"), rs.getBoolean("acute_crisis"),
				rs.getBoolean("child_safety_concern"), rs.getBoolean("compulsory_care_excludes"),
				CoordinationOutcome.valueOf(outcome), rs.getString("coordination_agreed_by"), rs.getString("notes"));
	}

}
