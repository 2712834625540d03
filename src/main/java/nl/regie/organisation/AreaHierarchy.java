package nl.regie.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A municipality's areas and the levels they sit on. Small enough (tens to hundreds of
 * areas) to load whole, which keeps the tree rules in one object: every area below the
 * top level hangs under an area of the level directly above, and names are unique among
 * siblings.
 */
final class AreaHierarchy {

	// The public methods are read by the overview template (SpEL only calls public
	// methods).

	private final List<AreaLevel> levels;

	private final List<Area> areas;

	AreaHierarchy(List<AreaLevel> levels, List<Area> areas) {
		this.levels = levels.stream().sorted(Comparator.comparingInt(AreaLevel::depth)).toList();
		this.areas = areas.stream().sorted(Comparator.comparing(Area::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	public List<AreaLevel> levels() {
		return levels;
	}

	public int nextDepth() {
		return levels.size() + 1;
	}

	public Optional<AreaLevel> deepestLevel() {
		return levels.isEmpty() ? Optional.empty() : Optional.of(levels.getLast());
	}

	Optional<Area> area(UUID id) {
		return areas.stream().filter(area -> area.id().equals(id)).findFirst();
	}

	AreaLevel addLevel(String name) {
		InputCheck check = new InputCheck().text(name, "name", "areaLevel.name.required");
		if (check.passed("name")) {
			check.rule(levels.stream().noneMatch(level -> level.name().equalsIgnoreCase(name.strip())), "name",
					"areaLevel.name.taken");
		}
		check.orThrow();
		return new AreaLevel(UUID.randomUUID(), nextDepth(), name.strip());
	}

	Area addArea(UUID levelId, UUID parentId, String name) {
		InputCheck check = new InputCheck().text(name, "name", "area.name.required");
		Optional<AreaLevel> level = level(levelId);
		check.rule(level.isPresent(), "levelId", "area.level.required");
		level.ifPresent(found -> checkParent(found, parentId, check));
		if (check.passed("name") && check.passed("parentId")) {
			check.rule(areas.stream()
				.noneMatch(area -> Objects.equals(area.parentId(), parentId)
						&& area.name().equalsIgnoreCase(name.strip())),
					"name", "area.name.taken");
		}
		check.orThrow();
		return new Area(UUID.randomUUID(), levelId, parentId, name.strip());
	}

	private void checkParent(AreaLevel level, UUID parentId, InputCheck check) {
		if (level.depth() == 1) {
			check.rule(parentId == null, "parentId", "area.parent.notOnTopLevel");
			return;
		}
		check.rule(parentId != null, "parentId", "area.parent.required")
			.rule(parentId == null || area(parentId).flatMap(parent -> level(parent.levelId()))
				.filter(parentLevel -> parentLevel.depth() == level.depth() - 1)
				.isPresent(), "parentId", "area.parent.notOnLevelAbove");
	}

	private Optional<AreaLevel> level(UUID id) {
		return levels.stream().filter(level -> level.id().equals(id)).findFirst();
	}

	/** The top-level areas, each with the areas below it. */
	public List<AreaNode> tree() {
		return children(null);
	}

	/** All areas, grouped by level, for choosing a parent or a team's area. */
	public List<AreaChoices> choices() {
		return levels.stream()
			.map(level -> new AreaChoices(level,
					areas.stream().filter(area -> area.levelId().equals(level.id())).toList()))
			.toList();
	}

	/** "Nieuw-West › Geuzenveld-Slotermeer": where an area sits in the hierarchy. */
	public String path(UUID areaId) {
		Optional<Area> area = area(areaId);
		if (area.isEmpty()) {
			return "";
		}
		return area.get().isTopLevel() ? area.get().name() : path(area.get().parentId()) + " › " + area.get().name();
	}

	private List<AreaNode> children(UUID parentId) {
		return areas.stream()
			.filter(area -> Objects.equals(area.parentId(), parentId))
			.map(area -> new AreaNode(area, levelName(area), children(area.id())))
			.toList();
	}

	private String levelName(Area area) {
		return level(area.levelId()).map(AreaLevel::name).orElse("");
	}

	record AreaNode(Area area, String levelName, List<AreaNode> children) {
	}

	record AreaChoices(AreaLevel level, List<Area> areas) {
	}

}
