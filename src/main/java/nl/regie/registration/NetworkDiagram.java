package nl.regie.registration;

import java.util.ArrayList;
import java.util.List;

/**
 * The network map as a simple diagram: the household in the centre of a 3 × 3 grid, up to
 * eight people on the map in the cells around it, a solid line for a relation that
 * supports, a dashed one for one that strains; more than eight are named below it. The
 * lines are SVG, the names HTML in the grid cells (readable, and no inline styles under
 * the content security policy); the list beside it says the same in words.
 */
record NetworkDiagram(List<Node> nodes, List<NetworkPerson> more) {

	static final int CELL = 100;

	/** The cells around the centre, in the order they are filled: row, column. */
	private static final int[][] SLOTS = { { 0, 1 }, { 1, 2 }, { 2, 1 }, { 1, 0 }, { 0, 2 }, { 2, 2 }, { 2, 0 },
			{ 0, 0 } };

	/**
	 * @param number the person's number in the list
	 */
	record Node(int number, int row, int column, NetworkPerson person) {

		public boolean strains() {
			return person.relation() == NetworkRelation.STRAINS || person.relation() == NetworkRelation.BOTH;
		}

		public int x() {
			return column * CELL + CELL / 2;
		}

		public int y() {
			return row * CELL + CELL / 2;
		}

		/** The CSS class that puts the name in its grid cell. */
		public String cell() {
			return "regie-net-cell-" + row + "-" + column;
		}

	}

	static NetworkDiagram of(List<NetworkPerson> current) {
		List<Node> nodes = new ArrayList<>();
		for (int i = 0; i < Math.min(current.size(), SLOTS.length); i++) {
			nodes.add(new Node(i + 1, SLOTS[i][0], SLOTS[i][1], current.get(i)));
		}
		return new NetworkDiagram(nodes,
				current.size() > SLOTS.length ? current.subList(SLOTS.length, current.size()) : List.of());
	}

	public int centre() {
		return CELL + CELL / 2;
	}

}
