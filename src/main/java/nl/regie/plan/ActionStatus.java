package nl.regie.plan;

/** Where an action stands. */
enum ActionStatus {

	/** Agreed, not started. */
	OPEN,

	/** Started. */
	IN_PROGRESS,

	/** Done. */
	DONE,

	/** No longer pursued; the reason is recorded. */
	DROPPED;

	boolean pending() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
