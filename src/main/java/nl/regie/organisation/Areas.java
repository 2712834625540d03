package nl.regie.organisation;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores area levels and areas; every query is scoped to one municipality.
 */
@Repository
class Areas {

	private final JdbcClient jdbc;

	Areas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AreaHierarchy hierarchyOf(UUID municipalityId) {
		var levels = jdbc.sql("select id, depth, name from area_level where municipality_id = :m")
			.param("m", municipalityId)
			.query((rs, n) -> new AreaLevel(rs.getObject("id", UUID.class), rs.getInt("depth"), rs.getString("name")))
			.list();
		var areas = jdbc.sql("select id, level_id, parent_id, name from area where municipality_id = :m")
			.param("m", municipalityId)
			.query((rs, n) -> new Area(rs.getObject("id", UUID.class), rs.getObject("level_id", UUID.class),
					rs.getObject("parent_id", UUID.class), rs.getString("name")))
			.list();
		return new AreaHierarchy(levels, areas);
	}

	void add(UUID municipalityId, AreaLevel level) {
		jdbc.sql("insert into area_level (id, municipality_id, depth, name) values (:id, :m, :depth, :name)")
			.param("id", level.id())
			.param("m", municipalityId)
			.param("depth", level.depth())
			.param("name", level.name())
			.update();
	}

	void add(UUID municipalityId, Area area) {
		jdbc.sql("""
				insert into area (id, municipality_id, level_id, parent_id, name)
				values (:id, :m, :level, :parent, :name)""")
			.param("id", area.id())
			.param("m", municipalityId)
			.param("level", area.levelId())
			.param("parent", area.parentId())
			.param("name", area.name())
			.update();
	}

}
