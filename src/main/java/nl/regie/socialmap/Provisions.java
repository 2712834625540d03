package nl.regie.socialmap;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
			p.id, p.area_id, p.organisation, p.name, p.kind,
			array(select d.life_domain_code from social_map_provision_domain d join life_domain l on l.code = d.life_domain_code
			      where d.provision_id = p.id order by l.position) as life_domains,
			p.description, p.target_groups, p.how_to_refer, p.contact, p.address, p.postcode, p.opening_hours,
			p.withdrawn_at is not null as withdrawn, p.version, p.changed_at
			from social_map_provision p
			""";

	private final JdbcClient jdbc;

	Provisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProvisionEntry> search(ProvisionQuery query) {
		return statement(query)
			.map(search -> jdbc.sql(search.sql()).params(search.params()).query(Provisions::entry).list())
			.orElse(List.of());
	}

	/**
	 * A search as SQL with its parameters (also for its plan); empty when it can find
	 * nothing.
	 */
	record Statement(String sql, Map<String, Object> params) {
	}

	/**
	 * The search's SQL; empty when only stop words ("de", "en") were given: there is
	 * nothing to find them by.
	 */
	Optional<Statement> statement(ProvisionQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("m", query.municipalityId());
		params.put("limit", query.limit());
		StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" where p.municipality_id = :m");
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
			if (query.servingAreas().isEmpty()) {
				sql.append(" and p.area_id is null");
			}
			else {
				sql.append(" and (p.area_id is null or p.area_id in (:serving))");
				params.put("serving", query.servingAreas());
			}
		}
		Optional<String> words = Optional.ofNullable(query.words()).flatMap(this::textQuery);
		if (words.isPresent()) {
			sql.append(" and p.search @@ to_tsquery('dutch', :words)");
			sql.append(" order by ts_rank(p.search, to_tsquery('dutch', :words)) desc, lower(p.name), p.id");
			params.put("words", words.get());
		}
		else if (query.words() != null) {
			return Optional.empty();
		}
		else {
			sql.append(" order by lower(p.name), lower(p.organisation), p.id");
		}
		sql.append(" limit :limit");
		return Optional.of(new Statement(sql.toString(), params));
	}

	Optional<ProvisionEntry> find(UUID municipalityId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " where p.municipality_id = :m and p.id = :id")
			.param("m", municipalityId)
			.param("id", id)
			.query(Provisions::entry)
			.optional();
	}

	void add(UUID municipalityId, UUID id, ProvisionDetails details, UUID by, Instant at) {
		jdbc.sql("""
				insert into social_map_provision (id, municipality_id, area_id, organisation, name, kind, description,
				    target_groups, how_to_refer, contact, address, postcode, opening_hours, changed_at, changed_by)
				values (:id, :m, :area, :organisation, :name, :kind, :description,
				    :targetGroups, :howToRefer, :contact, :address, :postcode, :openingHours, :at, :by)""")
			.params(columns(details))
			.param("id", id)
			.param("m", municipalityId)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
		domains(id, details.lifeDomains());
	}

	/**
	 * @return false when someone else changed the provision since {@code version}
	 */
	boolean change(UUID municipalityId, UUID id, int version, ProvisionDetails details, UUID by, Instant at) {
		int changed = jdbc
			.sql("""
					update social_map_provision set area_id = :area, organisation = :organisation, name = :name, kind = :kind,
					    description = :description, target_groups = :targetGroups, how_to_refer = :howToRefer,
					    contact = :contact, address = :address, postcode = :postcode, opening_hours = :openingHours,
					    changed_at = :at, changed_by = :by, version = version + 1
					where id = :id and municipality_id = :m and version = :v""")
			.params(columns(details))
			.param("id", id)
			.param("m", municipalityId)
			.param("v", version)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("delete from social_map_provision_domain where provision_id = :id").param("id", id).update();
		domains(id, details.lifeDomains());
		return true;
	}

	/**
	 * @return false when someone else changed the provision since {@code version}
	 */
	boolean withdraw(UUID municipalityId, UUID id, int version, UUID by, Instant at) {
		return jdbc
			.sql("""
					update social_map_provision set withdrawn_at = :at, changed_at = :at, changed_by = :by, version = version + 1
					where id = :id and municipality_id = :m and version = :v and withdrawn_at is null""")
			.param("id", id)
			.param("m", municipalityId)
			.param("v", version)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update() == 1;
	}

	/**
	 * Whether the organisation already offers a provision of this name (in use), other
	 * than {@code except}.
	 */
	boolean nameTaken(UUID municipalityId, String organisation, String name, UUID except) {
		return jdbc.sql("""
				select exists (select 1 from social_map_provision where municipality_id = :m and withdrawn_at is null
				    and lower(organisation) = lower(:o) and lower(name) = lower(:n) and id <> :except)""")
			.param("m", municipalityId)
			.param("o", organisation)
			.param("n", name)
			.param("except", except == null ? new UUID(0, 0) : except)
			.query(Boolean.class)
			.single();
	}

	private void domains(UUID id, List<String> codes) {
		codes.forEach(code -> jdbc
			.sql("insert into social_map_provision_domain (provision_id, life_domain_code) values (:id, :code)")
			.param("id", id)
			.param("code", code)
			.update());
	}

	private static Map<String, Object> columns(ProvisionDetails details) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("area", details.areaId());
		columns.put("organisation", details.organisation());
		columns.put("name", details.name());
		columns.put("kind", details.kind().name());
		columns.put("description", details.description());
		columns.put("targetGroups", details.targetGroups());
		columns.put("howToRefer", details.howToRefer());
		columns.put("contact", details.contact());
		columns.put("address", details.address());
		columns.put("postcode", details.postcode().isEmpty() ? null : details.postcode());
		columns.put("openingHours", details.openingHours());
		return columns;
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
		return new ProvisionEntry(rs.getObject("id", UUID.class), rs.getObject("area_id", UUID.class), null,
				rs.getString("organisation"), rs.getString("name"), ProvisionKind.valueOf(rs.getString("kind")),
				codes(rs.getArray("life_domains")), rs.getString("description"), rs.getString("target_groups"),
				rs.getString("how_to_refer"), rs.getString("contact"), rs.getString("address"),
				rs.getString("postcode"), rs.getString("opening_hours"), rs.getBoolean("withdrawn"),
				rs.getInt("version"), rs.getTimestamp("changed_at").toInstant());
	}

	private static List<String> codes(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).collect(Collectors.toList());
	}

}
