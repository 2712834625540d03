package nl.regie.plan;

/** Who made the plan. */
enum PlanOrigin {

	/** The household with its case manager. */
	TEAM,

	/** The family's own plan from an Eigen Kracht family group conference. */
	FAMILY_GROUP_CONFERENCE

}
