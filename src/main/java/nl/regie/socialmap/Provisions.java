package nl.regie.socialmap;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The provisions of the social map in PostgreSQL. The search builds its WHERE clause from
 * the filters present, so every combination gets its own plan; words go through the GIN
 * index on the Dutch {@code tsvector}.
 */
@Repository
class Provisions {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final String COLUMNS = """
			p.id, p.area_id, a.name as area_name, p.organisation, p.name, p.kind,
			array(select d.life_domain_code from social_map_provision_domain d join life_domain l on l.code = d.life_domain_code
			      where d.provision_id = p.id order by l.position) as life_domains,
			p.description, p.target_groups, p.how_to_refer, p.contact, p.address, p.postcode, p.opening_hours,
			p.withdrawn_at is not null as withdrawn, p.version, p.changed_at
			from social_map_provision p left join area a on a.id = p.area_id
			""";

	private final JdbcClient jdbc;

	Provisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProvisionEntry> search(ProvisionQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("m", query.municipalityId());
		params.put("limit", query.limit());
		StringBuilder sql = new StringBuilder();
		if (query.areaId() != null) {
			sql.append("""
					with recursive serving (id, parent_id) as (
					    select id, parent_id from area where id = :area and municipality_id = :m
					    union all
					    select up.id, up.parent_id from area up join serving s on up.id = s.parent_id)
					""");
			params.put("area", query.areaId());
		}
		sql.append("select ").append(COLUMNS).append(" where p.municipality_id = :m");
		if (!query.withdrawn()) {
			sql.append(" and p.withdrawn_at is null");
		}
		if (!query.kinds().isEmpty()) {
			sql.append(" and p.kind in (:kinds)");
			params.put("kinds", query.kinds().stream().map(Enum::name).toList());
		}
		if (query.lifeDomainCode() != null) {
			sql.append(" and exists (select 1 from social_map_provision_domain d"
					+ " where d.provision_id = p.id and d.life_domain_code = :domain)");
			params.put("domain", query.lifeDomainCode());
		}
		if (query.areaId() != null) {
			sql.append(" and (p.area_id is null or p.area_id in (select id from serving))");
		}
		Optional<String> words = Optional.ofNullable(query.words()).flatMap(this::textQuery);
		if (words.isPresent()) {
			sql.append(" and p.search @@ to_tsquery('dutch', :words)");
			sql.append(" order by ts_rank(p.search, to_tsquery('dutch', :words)) desc, lower(p.name), p.id");
			params.put("words", words.get());
		}
		else if (query.words() != null) {
			// only stop words ("de", "en"): nothing to find them by
			return List.of();
		}
		else {
			sql.append(" order by lower(p.name), lower(p.organisation), p.id");
		}
		sql.append(" limit :limit");
		return jdbc.sql(sql.toString()).params(params).query(Provisions::entry).list();
	}

	Optional<ProvisionEntry> find(UUID municipalityId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " where p.municipality_id = :m and p.id = :id")
			.param("m", municipalityId)
			.param("id", id)
			.query(Provisions::entry)
			.optional();
	}

	/**
	 * The user's words as a text-search query: each word also as the start of a longer
	 * one ("schuld" finds "schuldhulp"), all of them required. Anything but letters and
	 * digits is dropped, so no input breaks the query syntax. Empty when only stop words
	 * remain.
	 */
	Optional<String> textQuery(String words) {
		Matcher matcher = WORD.matcher(words);
		List<String> parts = new ArrayList<>();
		while (matcher.find() && parts.size() < 10) {
			parts.add(matcher.group() + ":*");
		}
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		String query = String.join(" & ", parts);
		boolean empty = jdbc.sql("select numnode(to_tsquery('dutch', :q)) = 0")
			.param("q", query)
			.query(Boolean.class)
			.single();
		return empty ? Optional.empty() : Optional.of(query);
	}

	private static ProvisionEntry entry(ResultSet rs, int row) throws SQLException {
		return new ProvisionEntry(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class),
				rs.getString("area_name"), rs.getString("organisation"), rs.getString("name"),
				ProvisionKind.valueOf(rs.getString("kind")), codes(rs.getArray("life_domains")),
				rs.getString("description"), rs.getString("target_groups"), rs.getString("how_to_refer"),
				rs.getString("contact"), rs.getString("address"), rs.getString("postcode"),
				rs.getString("opening_hours"), rs.getBoolean("withdrawn"), rs.getInt("version"),
				rs.getTimestamp("changed_at").toInstant());
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).collect(Collectors.toList());
	}

}
