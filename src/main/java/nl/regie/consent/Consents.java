package nl.regie.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The consents of a case. A consent row is inserted once and only ever gains its
 * withdrawal, written where none is yet, so two workers withdrawing at once record one.
 */
@Repository
class Consents {

	private static final String SELECT = """
			select id, municipality_id, case_id, household_id, member_id, purpose, information, recipient,
			       purpose_note, given_on, given_how, witness, valid_until, withdrawn_on, recorded_by
			from consent""";

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Consent consent, Instant now) {
		jdbc.sql("""
				insert into consent (id, municipality_id, case_id, household_id, member_id, purpose, information,
				    recipient, purpose_note, given_on, given_how, witness, valid_until, recorded_by, recorded_at)
				values (:id, :m, :c, :h, :member, :purpose, :information, :recipient, :note, :given, :how, :witness,
				    :until, :by, :at)""")
			.param("id", consent.id())
			.param("m", consent.municipalityId())
			.param("c", consent.caseId())
			.param("h", consent.householdId())
			.param("member", consent.memberId())
			.param("purpose", consent.purpose().name())
			.param("information", consent.information())
			.param("recipient", consent.recipient())
			.param("note", consent.purposeNote())
			.param("given", consent.givenOn())
			.param("how", consent.givenHow().name())
			.param("witness", consent.witness())
			.param("until", consent.validUntil())
			.param("by", consent.recordedBy())
			.param("at", Timestamp.from(now))
			.update();
	}

	/**
	 * @return whether it was recorded: false when someone withdrew it in the meantime
	 */
	boolean withdraw(Consent withdrawn, String by) {
		return jdbc.sql("""
				update consent set withdrawn_on = :on, withdrawal_recorded_by = :by
				where id = :id and withdrawn_on is null""")
			.param("on", withdrawn.withdrawnOn())
			.param("by", by)
			.param("id", withdrawn.id())
			.update() == 1;
	}

	Optional<Consent> find(UUID caseId, UUID id) {
		return jdbc.sql(SELECT + " where case_id = :c and id = :id")
			.param("c", caseId)
			.param("id", id)
			.query((rs, n) -> consent(rs))
			.optional();
	}

	/** The case's consents, newest first. */
	List<Consent> ofCase(UUID caseId) {
		return jdbc.sql(SELECT + " where case_id = :c order by given_on desc, recorded_at desc")
			.param("c", caseId)
			.query((rs, n) -> consent(rs))
			.list();
	}

	/** Whether any consent of the case for the purpose holds on the day. */
	boolean anyValid(UUID caseId, SharingPurpose purpose, LocalDate day) {
		return jdbc.sql("""
				select exists (select 1 from consent where case_id = :c and purpose = :p and given_on <= :d
				    and (valid_until is null or valid_until >= :d) and (withdrawn_on is null or withdrawn_on > :d))""")
			.param("c", caseId)
			.param("p", purpose.name())
			.param("d", day)
			.query(Boolean.class)
			.single();
	}

	private static Consent consent(ResultSet rs) throws SQLException {
		return new Consent(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getObject("member_id", UUID.class), SharingPurpose.valueOf(rs.getString("purpose")),
				rs.getString("information"), rs.getString("recipient"), rs.getString("purpose_note"),
				rs.getObject("given_on", LocalDate.class), Consent.GivenHow.valueOf(rs.getString("given_how")),
				rs.getString("witness"), rs.getObject("valid_until", LocalDate.class),
				rs.getObject("withdrawn_on", LocalDate.class), rs.getString("recorded_by"));
	}

}
