package nl.regie.organisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Areas and team staffing as other modules need them: which area an address lies in (from
 * the areas' postcode ranges) and how many hours a team's core team works.
 */
@Service
public class AreaDirectory {

	private final JdbcClient jdbc;

	AreaDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The area whose postcode range holds these four digits, in any municipality. */
	/**
	 * The area covering the postcode, the municipality's own first: neighbouring
	 * municipalities may register overlapping ranges, and only a postcode no own area
	 * covers belongs elsewhere.
	 */
	public Optional<AreaSummary> forPostcodeDigits(UUID municipalityId, int digits) {
		return jdbc.sql("""
				select a.id, a.municipality_id, a.name from area_postcode_range r join area a on a.id = r.area_id
				where :digits between r.from_digits and r.to_digits
				order by (a.municipality_id = :m) desc, r.to_digits - r.from_digits limit 1""")
			.param("digits", digits)
			.param("m", municipalityId)
			.query(AreaSummary.class)
			.optional();
	}

	public Optional<AreaSummary> area(UUID areaId) {
		return jdbc.sql("select id, municipality_id, name from area where id = :id")
			.param("id", areaId)
			.query(AreaSummary.class)
			.optional();
	}

	/** The lowest level of the municipality's area hierarchy: the areas teams work in. */
	public List<AreaSummary> workingAreas(UUID municipalityId) {
		return jdbc.sql("""
				select a.id, a.municipality_id, a.name from area a
				where a.municipality_id = :m and not exists (select 1 from area c where c.parent_id = a.id)
				order by a.name""").param("m", municipalityId).query(AreaSummary.class).list();
	}

	/**
	 * Every area of the municipality, each named by its path in the hierarchy
	 * ("Nieuw-West › Osdorp"), in the order of those paths.
	 */
	public List<AreaSummary> areasWithPaths(UUID municipalityId) {
		return jdbc
			.sql("""
					with recursive tree (id, municipality_id, name) as (
					    select id, municipality_id, name from area where municipality_id = :m and parent_id is null
					    union all
					    select a.id, a.municipality_id, t.name || ' › ' || a.name from area a join tree t on a.parent_id = t.id)
					select id, municipality_id, name from tree order by name""")
			.param("m", municipalityId)
			.query(AreaSummary.class)
			.list();
	}

	/**
	 * The area and every area above it, when it is one of the municipality's; empty
	 * otherwise. What serves an area above serves the area too.
	 */
	public List<UUID> withAreasAbove(UUID municipalityId, UUID areaId) {
		return jdbc.sql("""
				with recursive up (id, parent_id) as (
				    select id, parent_id from area where id = :a and municipality_id = :m
				    union all
				    select a.id, a.parent_id from area a join up on a.id = up.parent_id)
				select id from up""").param("a", areaId).param("m", municipalityId).query(UUID.class).list();
	}

	/**
	 * Hours per week of the core team (binnenring): the team's capacity rests on them.
	 */
	public BigDecimal coreTeamHours(UUID teamId) {
		return jdbc.sql("""
				select coalesce(sum(hours_per_week), 0) from team_member where team_id = :t and position = 'CORE'""")
			.param("t", teamId)
			.query(BigDecimal.class)
			.single();
	}

}
