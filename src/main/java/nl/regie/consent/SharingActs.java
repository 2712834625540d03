package nl.regie.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.platform.access.LegalBasis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of what left the team, never changed. */
@Repository
class SharingActs {

	/**
	 * The case's basis for sharing within the team holds: a sharing act of that kind
	 * whose basis is not a consent, or whose consent holds today. The same condition as
	 * "my cases" uses ({@link ConsentDueItems}), on the case row {@code c}.
	 */
	static final String TEAM_BASIS_HOLDS = """
			exists (select 1 from sharing_act s
			        left join consent k on k.id = s.consent_id
			        where s.case_id = c.id and s.kind = 'TEAM_COORDINATION'
			          and (s.consent_id is null
			               or (k.withdrawn_on is null or k.withdrawn_on > :today)
			                  and (k.valid_until is null or k.valid_until >= :today)))""";

	private final JdbcClient jdbc;

	SharingActs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(SharingAct act, UUID municipalityId, Instant now) {
		jdbc.sql("""
				insert into sharing_act (id, municipality_id, case_id, household_id, kind, recipient, legal_basis,
				    consent_id, explanation, shared_on, recorded_by, recorded_at)
				values (:id, :m, :c, :h, :kind, :recipient, :basis, :consent, :explanation, :on, :by, :at)""")
			.param("id", act.id())
			.param("m", municipalityId)
			.param("c", act.caseId())
			.param("h", act.householdId())
			.param("kind", act.kind().name())
			.param("recipient", act.recipient())
			.param("basis", act.legalBasis().name())
			.param("consent", act.consentId())
			.param("explanation", act.explanation())
			.param("on", act.sharedOn())
			.param("by", act.recordedBy())
			.param("at", Timestamp.from(now))
			.update();
	}

	List<SharingAct> ofCase(UUID caseId) {
		return jdbc.sql("""
				select id, case_id, household_id, kind, recipient, legal_basis, consent_id, explanation, shared_on,
				       recorded_by
				from sharing_act where case_id = :c order by shared_on desc, recorded_at desc""")
			.param("c", caseId)
			.query((rs, n) -> new SharingAct(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("household_id", UUID.class), SharingPurpose.valueOf(rs.getString("kind")),
					rs.getString("recipient"), LegalBasis.valueOf(rs.getString("legal_basis")),
					rs.getObject("consent_id", UUID.class), rs.getString("explanation"),
					rs.getObject("shared_on", LocalDate.class), rs.getString("recorded_by")))
			.list();
	}

	boolean teamBasisHolds(UUID caseId, LocalDate today) {
		return jdbc.sql("select " + TEAM_BASIS_HOLDS + " from case_file c where c.id = :id")
			.param("id", caseId)
			.param("today", today)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

}
