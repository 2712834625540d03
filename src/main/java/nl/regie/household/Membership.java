package nl.regie.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members joining and leaving a household with a date (a birth, moving in or out); who
 * left stays in the history with the day and why. Callers check who may change the
 * household.
 */
@Service
public class Membership {

	/** How a member joined. */
	public enum Joined {

		BIRTH, MOVED_IN, OTHER

	}

	/** How a member left. */
	public enum Left {

		MOVED_OUT, DIED, OTHER

	}

	/**
	 * One member in the history of the household.
	 *
	 * @param relation {@code null} when not known
	 * @param joinedOn {@code null} when not known (recorded at the referral)
	 * @param leftOn {@code null} while a member
	 */
	public record Period(UUID memberId, String name, LocalDate dateOfBirth, MemberRelation relation, LocalDate joinedOn,
			Joined joinedHow, LocalDate leftOn, Left leftHow, MemberLanguage language) {

		public boolean current() {
			return leftOn == null;
		}

		public int ageOn(LocalDate today) {
			return new DateOfBirth(dateOfBirth).ageOn(today);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Membership(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A member joins on a day: born then, or moved in.
	 * @throws InvalidInput naming each problem; nothing is saved
	 */
	@Transactional
	public UUID join(UUID municipalityId, UUID householdId, String givenName, String familyName, LocalDate dateOfBirth,
			MemberRelation relation, LocalDate joinedOn, Joined how) {
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		if (givenName == null || givenName.isBlank()) {
			problems.add(new FieldProblem("givenName", "membership.givenName.missing"));
		}
		if (familyName == null || familyName.isBlank()) {
			problems.add(new FieldProblem("familyName", "membership.familyName.missing"));
		}
		if (dateOfBirth == null || dateOfBirth.isAfter(today)) {
			problems.add(new FieldProblem("dateOfBirth", "membership.dateOfBirth.invalid"));
		}
		if (joinedOn == null || joinedOn.isAfter(today)) {
			problems.add(new FieldProblem("joinedOn", "membership.joinedOn.invalid"));
		}
		else if (dateOfBirth != null && joinedOn.isBefore(dateOfBirth)) {
			problems.add(new FieldProblem("joinedOn", "membership.joinedOn.beforeBirth"));
		}
		if (how == null) {
			problems.add(new FieldProblem("joinedHow", "membership.joinedHow.missing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into household_member (id, municipality_id, household_id, given_name, family_name, date_of_birth,
				    relation, joined_on, joined_how)
				values (:id, :m, :h, :given, :family, :born, :relation, :joined, :how)""")
			.param("id", id)
			.param("m", municipalityId)
			.param("h", householdId)
			.param("given", givenName.strip())
			.param("family", familyName.strip())
			.param("born", dateOfBirth)
			.param("relation", relation == null ? null : relation.name())
			.param("joined", joinedOn)
			.param("how", how.name())
			.update();
		return id;
	}

	/**
	 * A member leaves on a day; they stay in the history.
	 * @throws InvalidInput when the day is before they joined (or were born), or to come
	 * @throws StateConflict when they left already
	 */
	@Transactional
	public void leave(UUID municipalityId, UUID householdId, UUID memberId, LocalDate leftOn, Left how) {
		Period member = period(municipalityId, householdId, memberId);
		if (!member.current()) {
			throw new StateConflict("membership.left.already");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (leftOn == null || leftOn.isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("leftOn", "membership.leftOn.invalid"));
		}
		else if (member.joinedOn() != null && leftOn.isBefore(member.joinedOn())
				|| leftOn.isBefore(member.dateOfBirth())) {
			problems.add(new FieldProblem("leftOn", "membership.leftOn.beforeJoining"));
		}
		if (how == null) {
			problems.add(new FieldProblem("leftHow", "membership.leftHow.missing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		jdbc.sql("update household_member set left_on = :on, left_how = :how where id = :id and left_on is null")
			.param("on", leftOn)
			.param("how", how.name())
			.param("id", memberId)
			.update();
	}

	/**
	 * The language a current member speaks and whether an interpreter is needed,
	 * replacing what was recorded; no language clears it.
	 * @param version the version the change was made on
	 * @return the language as saved, with its new version
	 * @throws InvalidInput when the language is unknown, an interpreter is needed for no
	 * language, or no version is given; nothing is saved
	 * @throws NotFound when the household has no such member
	 * @throws StateConflict when the member left, or the language was changed meanwhile
	 */
	@Transactional
	public MemberLanguage changeLanguage(UUID municipalityId, UUID householdId, UUID memberId, String language,
			boolean interpreterNeeded, Integer version) {
		Period member = period(municipalityId, householdId, memberId);
		String code = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
		List<FieldProblem> problems = new ArrayList<>();
		if (code != null && !MemberLanguage.known(code)) {
			problems.add(new FieldProblem("language", "membership.language.unknown"));
		}
		else if (code == null && interpreterNeeded) {
			problems.add(new FieldProblem("language", "membership.language.forInterpreter"));
		}
		if (version == null) {
			problems.add(new FieldProblem("version", "membership.language.version.missing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (!member.current()) {
			throw new StateConflict("membership.left.already");
		}
		int changed = jdbc.sql("""
				update household_member set language = :language, interpreter_needed = :interpreter,
				    language_version = language_version + 1
				where id = :id and municipality_id = :m and household_id = :h and left_on is null
				  and language_version = :v""")
			.param("language", code)
			.param("h", householdId)
			.param("interpreter", interpreterNeeded)
			.param("id", memberId)
			.param("m", municipalityId)
			.param("v", version)
			.update();
		if (changed == 0) {
			throw new StateConflict("membership.language.changedMeanwhile");
		}
		return new MemberLanguage(code, interpreterNeeded, version + 1);
	}

	/**
	 * One member of the household, current or left.
	 * @throws NotFound when the household has no such member
	 */
	@Transactional(readOnly = true)
	public Period period(UUID municipalityId, UUID householdId, UUID memberId) {
		return history(municipalityId, householdId).stream()
			.filter(period -> period.memberId().equals(memberId))
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	/** Every member the household had, current ones first. */
	@Transactional(readOnly = true)
	public List<Period> history(UUID municipalityId, UUID householdId) {
		return jdbc.sql("""
				select id, given_name, family_name, date_of_birth, relation, joined_on, joined_how, left_on, left_how,
				       language, interpreter_needed, language_version
				from household_member where municipality_id = :m and household_id = :h
				order by left_on nulls first, date_of_birth, id""")
			.param("m", municipalityId)
			.param("h", householdId)
			.query((rs, n) -> new Period(rs.getObject("id", UUID.class),
					rs.getString("given_name") + " " + rs.getString("family_name"),
					rs.getObject("date_of_birth", LocalDate.class),
					rs.getString("relation") == null ? null : MemberRelation.valueOf(rs.getString("relation")),
					rs.getObject("joined_on", LocalDate.class),
					rs.getString("joined_how") == null ? null : Joined.valueOf(rs.getString("joined_how")),
					rs.getObject("left_on", LocalDate.class),
					rs.getString("left_how") == null ? null : Left.valueOf(rs.getString("left_how")), language(rs)))
			.list();
	}

	/** The language columns of a {@code household_member} row. */
	static MemberLanguage language(ResultSet rs) throws SQLException {
		return new MemberLanguage(rs.getString("language"), rs.getBoolean("interpreter_needed"),
				rs.getInt("language_version"));
	}

}
