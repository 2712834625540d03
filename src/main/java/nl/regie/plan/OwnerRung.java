package nl.regie.plan;

/**
 * A rung of the owner ladder: who carries an action. The municipality sets which rungs it
 * uses and their order ({@link LadderSettings}); this is Regie's default order.
 */
public enum OwnerRung {

	/** The household itself (eigen kracht). */
	HOUSEHOLD,

	/** A person from the household's own network map. */
	OWN_NETWORK,

	/** A collective or group provision: a course, a group, a neighbourhood activity. */
	COLLECTIVE,

	/** A volunteer or a volunteer organisation. */
	VOLUNTEER,

	/** A professional or service. */
	PROFESSIONAL;

	/**
	 * The rungs whose people get what they need on a task card (a volunteer, a person of
	 * the network), not the case file.
	 */
	boolean carriesTaskCards() {
		return this == OWN_NETWORK || this == VOLUNTEER;
	}

}
