package nl.regie.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.regie.assessment.Assessment;
import nl.regie.assessment.AssessmentKind;
import nl.regie.assessment.DomainScore;
import nl.regie.assessment.Instrument;
import nl.regie.assessment.InstrumentDomain;

/**
 * A member's progress: per domain in scope at any moment, the level at each assessment,
 * drawn as a small chart (server-rendered SVG) with the same figures in a table beside
 * it, and the change from the first to the latest level.
 *
 * @param moments the current assessments, oldest first
 */
record Progress(List<Moment> moments, List<Series> series) {

	static final int WIDTH = 320;

	static final int HEIGHT = 134;

	static final int LEFT = 24;

	static final int RIGHT = 16;

	static final int TOP = 14;

	static final int STEP = 24;

	record Moment(LocalDate on, AssessmentKind kind) {
	}

	/**
	 * @param points one per moment; a point without a level was not assessed (or the
	 * domain was out of scope then) and is not drawn
	 * @param change latest minus first level, {@code null} with fewer than two levels
	 */
	record Series(InstrumentDomain domain, List<Point> points, Integer first, Integer latest, Integer change) {

		/** The line through the assessed points, as SVG {@code points}. */
		public String polyline() {
			StringBuilder line = new StringBuilder();
			points.stream()
				.filter(point -> point.level() != null)
				.forEach(point -> line.append(point.x()).append(',').append(point.y()).append(' '));
			return line.toString().strip();
		}

	}

	/**
	 * @param score {@code null} when the domain was out of scope at that moment
	 */
	record Point(int x, int y, Integer level, DomainScore score) {
	}

	static Progress of(Instrument instrument, List<Assessment> current) {
		List<Moment> moments = current.stream().map(a -> new Moment(a.assessedOn(), a.kind())).toList();
		List<Series> series = new ArrayList<>();
		for (InstrumentDomain domain : instrument.domains()) {
			if (current.stream().noneMatch(a -> a.score(domain.code()).isPresent())) {
				continue;
			}
			List<Point> points = new ArrayList<>();
			for (int i = 0; i < current.size(); i++) {
				DomainScore score = current.get(i).score(domain.code()).orElse(null);
				Integer level = score == null ? null : score.level();
				points.add(new Point(x(i, current.size()), level == null ? 0 : y(level), level, score));
			}
			List<Integer> levels = points.stream().map(Point::level).filter(level -> level != null).toList();
			Integer first = levels.isEmpty() ? null : levels.get(0);
			Integer latest = levels.isEmpty() ? null : levels.get(levels.size() - 1);
			series.add(new Series(domain, points, first, latest, levels.size() < 2 ? null : latest - first));
		}
		return new Progress(moments, series);
	}

	static int x(int index, int count) {
		return count <= 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2 : LEFT + index * (WIDTH - LEFT - RIGHT) / (count - 1);
	}

	/** Level 5 at the top, 1 at the bottom. */
	static int y(int level) {
		return TOP + (5 - level) * STEP;
	}

	/** The y of each grid line, level 5 first. */
	public List<Integer> gridLevels() {
		return List.of(5, 4, 3, 2, 1);
	}

	public int xOf(int index) {
		return x(index, moments.size());
	}

	public int yOf(int level) {
		return y(level);
	}

}
