package nl.regie.identity;

import java.util.List;
import java.util.UUID;

/**
 * A page of the municipality's accounts, by username. The page questions are public
 * because the screen template asks them.
 */
record AccountPage(List<Row> rows, int page, int size, long total) {

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	/**
	 * @param roles in the order of {@link Role}, the same on every page
	 * @param teamName {@code null} for an account outside a team
	 */
	record Row(UUID id, String username, String displayName, List<Role> roles, String teamName, boolean enabled) {
	}

}
