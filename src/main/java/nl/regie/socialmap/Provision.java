package nl.regie.socialmap;

import java.util.List;
import java.util.UUID;

/**
 * A provision on the social map as other modules (the plan) use it.
 *
 * @param organisation the organisation that offers it
 * @param lifeDomains the codes of the life domains it serves ({@code FINANCES}, ...), in
 * the order of the matrix
 * @param howToRefer how a professional refers someone, in the organisation's words
 */
public record Provision(UUID id, String organisation, String name, ProvisionKind kind, List<String> lifeDomains,
		String howToRefer, String contact) {

	public Provision {
		lifeDomains = List.copyOf(lifeDomains);
	}

}
