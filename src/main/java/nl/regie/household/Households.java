package nl.regie.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One household, one file: finds the household again before a second one is made, and
 * registers new ones. Callers check who may see households (the referral module does).
 */
@Service
public class Households {

	private final JdbcClient jdbc;

	private final Clock clock;

	Households(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Households of the municipality with a member of the same BSN, name and date of
	 * birth, or the same address. A fixed number of queries, however many members the
	 * draft or the matches have.
	 */
	@Transactional(readOnly = true)
	public List<HouseholdMatch> findMatches(UUID municipalityId, HouseholdDraft draft) {
		Map<UUID, Set<HouseholdMatch.Reason>> found = new LinkedHashMap<>();
		List<String> bsns = draft.members()
			.stream()
			.filter(member -> member.bsn() != null)
			.map(member -> member.bsn().value())
			.toList();
		if (!bsns.isEmpty()) {
			jdbc.sql("select household_id from household_member where municipality_id = :m and bsn in (:bsns)")
				.param("m", municipalityId)
				.param("bsns", bsns)
				.query(UUID.class)
				.list()
				.forEach(id -> add(found, id, HouseholdMatch.Reason.SAME_BSN));
		}
		List<Object[]> people = draft.members()
			.stream()
			.map(member -> new Object[] { member.familyName().strip().toLowerCase(Locale.ROOT),
					member.givenName().strip().toLowerCase(Locale.ROOT), member.dateOfBirth().value() })
			.toList();
		if (!people.isEmpty()) {
			jdbc.sql(
					"""
							select household_id from household_member
							where municipality_id = :m and (lower(family_name), lower(given_name), date_of_birth) in (:people)""")
				.param("m", municipalityId)
				.param("people", people)
				.query(UUID.class)
				.list()
				.forEach(id -> add(found, id, HouseholdMatch.Reason.SAME_NAME_AND_DATE_OF_BIRTH));
		}
		jdbc.sql("""
				select id from household
				where municipality_id = :m and postcode = :postcode and lower(house_number) = lower(:number)""")
			.param("m", municipalityId)
			.param("postcode", draft.postcode().value())
			.param("number", draft.houseNumber().strip())
			.query(UUID.class)
			.list()
			.forEach(id -> add(found, id, HouseholdMatch.Reason.SAME_ADDRESS));
		return matches(municipalityId, found);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public UUID register(UUID municipalityId, HouseholdDraft draft) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into household (id, municipality_id, postcode, house_number, phone, created_at)
				values (:id, :m, :postcode, :number, :phone, :now)""")
			.param("id", id)
			.param("m", municipalityId)
			.param("postcode", draft.postcode().value())
			.param("number", draft.houseNumber().strip())
			.param("phone", blankToNull(draft.phone()))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		draft.members().forEach(member -> insertMember(municipalityId, id, member));
		return id;
	}

	/**
	 * Links a referral's household to one Regie has: members it does not know yet are
	 * added, the rest of its history stays as it is. A member whose BSN the household has
	 * is known, whatever name was typed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void addNewMembers(UUID municipalityId, UUID householdId, HouseholdDraft draft) {
		HouseholdView existing = find(municipalityId, householdId).orElseThrow();
		Set<String> knownBsns = Set.copyOf(jdbc
			.sql("""
					select bsn from household_member where municipality_id = :m and household_id = :h and bsn is not null""")
			.param("m", municipalityId)
			.param("h", householdId)
			.query(String.class)
			.list());
		draft.members()
			.stream()
			.filter(member -> member.bsn() == null || !knownBsns.contains(member.bsn().value()))
			.filter(member -> existing.members().stream().noneMatch(known -> samePerson(known, member)))
			.forEach(member -> insertMember(municipalityId, householdId, member));
	}

	/**
	 * Records that the team knows the household (it has a referral or case of it), so the
	 * team finds it in the household search (need-to-know, DESIGN §5). Knowing twice is
	 * knowing once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void knownTo(UUID municipalityId, UUID householdId, UUID teamId) {
		jdbc.sql("""
				insert into household_team (team_id, household_id, municipality_id, since) values (:t, :h, :m, :now)
				on conflict do nothing""")
			.param("t", teamId)
			.param("h", householdId)
			.param("m", municipalityId)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional(readOnly = true)
	/** The household a member with this BSN belongs to, in the municipality. */
	public Optional<UUID> withMember(UUID municipalityId, Bsn bsn) {
		return jdbc.sql("select household_id from household_member where municipality_id = :m and bsn = :bsn")
			.param("m", municipalityId)
			.param("bsn", bsn.value())
			.query(UUID.class)
			.optional();
	}

	/** A member with this BSN in the municipality: who, and in which household. */
	public Optional<MemberOfHousehold> memberWithBsn(UUID municipalityId, Bsn bsn) {
		return jdbc.sql("select household_id, id from household_member where municipality_id = :m and bsn = :bsn")
			.param("m", municipalityId)
			.param("bsn", bsn.value())
			.query((rs, n) -> new MemberOfHousehold(rs.getObject("household_id", UUID.class),
					rs.getObject("id", UUID.class)))
			.optional();
	}

	public record MemberOfHousehold(UUID householdId, UUID memberId) {
	}

	public Optional<HouseholdView> find(UUID municipalityId, UUID householdId) {
		List<HouseholdView.Member> members = jdbc.sql("""
				select id, given_name, family_name, date_of_birth, bsn is not null as has_bsn, relation, language,
				       interpreter_needed, language_version
				from household_member
				where municipality_id = :m and household_id = :h and left_on is null order by date_of_birth, id""")
			.param("m", municipalityId)
			.param("h", householdId)
			.query((rs, n) -> new HouseholdView.Member(rs.getObject("id", UUID.class), rs.getString("given_name"),
					rs.getString("family_name"), new DateOfBirth(rs.getObject("date_of_birth", LocalDate.class)),
					rs.getBoolean("has_bsn"),
					rs.getString("relation") == null ? null : MemberRelation.valueOf(rs.getString("relation")),
					Membership.language(rs)))
			.list();
		return jdbc
			.sql("select id, postcode, house_number, phone from household where municipality_id = :m and id = :h")
			.param("m", municipalityId)
			.param("h", householdId)
			.query((rs, n) -> new HouseholdView(rs.getObject("id", UUID.class), rs.getString("postcode"),
					rs.getString("house_number"), rs.getString("phone"), members))
			.optional();
	}

	private List<HouseholdMatch> matches(UUID municipalityId, Map<UUID, Set<HouseholdMatch.Reason>> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<String>> names = new HashMap<>();
		jdbc.sql("""
				select household_id, given_name, family_name from household_member
				where municipality_id = :m and household_id in (:ids) order by date_of_birth, id""")
			.param("m", municipalityId)
			.param("ids", found.keySet())
			.query(rs -> {
				names.computeIfAbsent(rs.getObject("household_id", UUID.class), key -> new ArrayList<>())
					.add(rs.getString("given_name") + " " + rs.getString("family_name"));
			});
		Map<UUID, String[]> addresses = new HashMap<>();
		jdbc.sql("select id, postcode, house_number from household where municipality_id = :m and id in (:ids)")
			.param("m", municipalityId)
			.param("ids", found.keySet())
			.query(rs -> {
				addresses.put(rs.getObject("id", UUID.class),
						new String[] { rs.getString("postcode"), rs.getString("house_number") });
			});
		return found.entrySet()
			.stream()
			.map(entry -> new HouseholdMatch(entry.getKey(), entry.getValue(),
					names.getOrDefault(entry.getKey(), List.of()), addresses.get(entry.getKey())[0],
					addresses.get(entry.getKey())[1]))
			.toList();
	}

	private void insertMember(UUID municipalityId, UUID householdId, HouseholdDraft.MemberDraft member) {
		jdbc.sql(
				"""
						insert into household_member (id, municipality_id, household_id, given_name, family_name, date_of_birth, bsn,
						    relation)
						values (:id, :m, :h, :given, :family, :born, :bsn, :relation)""")
			.param("id", UUID.randomUUID())
			.param("m", municipalityId)
			.param("h", householdId)
			.param("given", member.givenName().strip())
			.param("family", member.familyName().strip())
			.param("born", member.dateOfBirth().value())
			.param("bsn", member.bsn() == null ? null : member.bsn().value())
			.param("relation", member.relation() == null ? null : member.relation().name())
			.update();
	}

	private static boolean samePerson(HouseholdView.Member known, HouseholdDraft.MemberDraft member) {
		return known.givenName().equalsIgnoreCase(member.givenName().strip())
				&& known.familyName().equalsIgnoreCase(member.familyName().strip())
				&& known.dateOfBirth().equals(member.dateOfBirth());
	}

	private static void add(Map<UUID, Set<HouseholdMatch.Reason>> found, UUID id, HouseholdMatch.Reason reason) {
		found.computeIfAbsent(id, key -> EnumSet.noneOf(HouseholdMatch.Reason.class)).add(reason);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
