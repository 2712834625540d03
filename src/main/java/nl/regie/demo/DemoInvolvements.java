package nl.regie.demo;

import java.util.List;
import java.util.Map;

/**
 * Who is already involved with some demo households, so the coordination check has
 * something to show: the Ramdin family's coordination is held by youth protection. Keyed
 * by "postcode house number" of the demo household.
 */
final class DemoInvolvements {

	private DemoInvolvements() {
	}

	/** organisation, professional, role, lead agency ("true"/"false") */
	static final Map<String, List<List<String>>> BY_ADDRESS = Map.of("1067EF 88",
			List.of(List.of("Jeugdbescherming Regio Amsterdam", "K. Vos", "Gezinsvoogd", "true"),
					List.of("Ouder- en Kindteam Geuzenveld", "L. Smit", "Jeugdverpleegkundige", "false")));

}
