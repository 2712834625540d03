package nl.regie.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds households among those the user's team knows (table {@code household_team}), by
 * name, date of birth, postcode (with house number) or BSN. Built to stay fast among a
 * million households: the name is matched on the trigram index of
 * {@code household_member.search_name} (every word typed must occur in the name, so "jans
 * kees" finds "Kees Jansen"), the other criteria on their own b-tree indexes, and only
 * the criteria given are in the query, so PostgreSQL can pick the index that narrows
 * most; the team's households are then joined on their primary key. At most
 * {@value #LIMIT} households come back, members in one more query.
 */
@Service
public class HouseholdSearch {

	static final int LIMIT = 50;

	private final JdbcClient jdbc;

	private final HouseholdAccessPolicy access;

	private final Clock clock;

	HouseholdSearch(JdbcClient jdbc, HouseholdAccessPolicy access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Read-write: the audit entries of the households shown are written with it.
	 * @throws InvalidInput when nothing to search by was given, or a name too short
	 */
	@Transactional
	public Result search(CurrentUser user, HouseholdSearchForm form) {
		access.search(user).orRefuse();
		check(form);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("team", user.teamId())
			.addValue("m", user.municipalityId())
			.addValue("limit", LIMIT + 1);
		List<String> memberConditions = new ArrayList<>();
		if (form.name() != null) {
			String[] words = jdbc.sql("select regie_search_text(:name)")
				.param("name", form.name())
				.query(String.class)
				.single()
				.split(" ");
			for (int i = 0; i < words.length; i++) {
				memberConditions.add("m.search_name like :word" + i);
				params.addValue("word" + i, "%" + escapeLike(words[i]) + "%");
			}
		}
		if (form.dateOfBirth() != null) {
			memberConditions.add("m.date_of_birth = :born");
			params.addValue("born", form.dateOfBirth());
		}
		if (form.bsn() != null) {
			memberConditions.add("m.bsn = :bsn");
			params.addValue("bsn", form.bsn());
		}
		List<String> householdConditions = new ArrayList<>();
		if (form.postcode() != null) {
			householdConditions.add("h.postcode = :postcode");
			params.addValue("postcode", Postcode.of(form.postcode()).value());
			if (form.houseNumber() != null) {
				householdConditions.add("lower(h.house_number) = lower(:number)");
				params.addValue("number", form.houseNumber());
			}
		}
		String sql = """
				select h.id from household h
				join household_team t on t.household_id = h.id and t.team_id = :team
				where h.municipality_id = :m %s %s
				order by h.postcode, h.house_number, h.id
				limit :limit""".formatted(
				householdConditions.stream().map(condition -> " and " + condition).reduce("", String::concat),
				memberConditions.isEmpty() ? ""
						: "and exists (select 1 from household_member m where m.household_id = h.id and m.municipality_id = :m and "
								+ String.join(" and ", memberConditions) + ")");
		List<UUID> ids = jdbc.sql(sql).paramSource(params).query(UUID.class).list();
		boolean more = ids.size() > LIMIT;
		List<UUID> shown = more ? ids.subList(0, LIMIT) : ids;
		access.shown(user, shown);
		return new Result(households(user.municipalityId(), shown), more);
	}

	private static void check(HouseholdSearchForm form) {
		if (form.isEmpty()) {
			throw InvalidInput.of("name", "householdSearch.nothingToSearch");
		}
		if (form.name() != null && form.name().strip().length() < HouseholdSearchForm.MIN_NAME_LENGTH) {
			throw InvalidInput.of("name", "householdSearch.nameTooShort");
		}
		if (form.houseNumber() != null && form.postcode() == null) {
			throw InvalidInput.of("postcode", "householdSearch.houseNumberNeedsPostcode");
		}
	}

	private List<Found> households(UUID municipalityId, List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		Map<UUID, List<Found.Member>> members = new LinkedHashMap<>();
		ids.forEach(id -> members.put(id, new ArrayList<>()));
		jdbc.sql("""
				select household_id, given_name, family_name, date_of_birth, relation from household_member
				where municipality_id = :m and household_id in (:ids) order by date_of_birth, id""")
			.param("m", municipalityId)
			.param("ids", ids)
			.query(rs -> {
				LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
				members.get(rs.getObject("household_id", UUID.class))
					.add(new Found.Member(rs.getString("given_name") + " " + rs.getString("family_name"), born,
							new DateOfBirth(born).ageOn(today), rs.getString("relation") == null ? null
									: MemberRelation.valueOf(rs.getString("relation"))));
			});
		Map<UUID, String[]> addresses = new LinkedHashMap<>();
		jdbc.sql("select id, postcode, house_number from household where municipality_id = :m and id in (:ids)")
			.param("m", municipalityId)
			.param("ids", ids)
			.query(rs -> {
				addresses.put(rs.getObject("id", UUID.class),
						new String[] { rs.getString("postcode"), rs.getString("house_number") });
			});
		return ids.stream()
			.map(id -> new Found(id, addresses.get(id)[0], addresses.get(id)[1], members.get(id)))
			.toList();
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * @param more there are more than {@value HouseholdSearch#LIMIT}: search more
	 * precisely
	 */
	public record Result(List<Found> households, boolean more) {
	}

	/**
	 * One household found, with all its members (oldest first).
	 */
	public record Found(UUID id, String postcode, String houseNumber, List<Member> members) {

		public record Member(String name, LocalDate dateOfBirth, int age, MemberRelation relation) {
		}

	}

}
