package nl.regie.socialmap;

/**
 * Where a provision stands on the ladder of the plan ("collectief daar waar kan,
 * individueel daar waar moet"): collective before volunteer before professional. An Eigen
 * Kracht coordinator prepares a family group conference, where the family makes its own
 * plan; it stands apart from the ladder.
 */
public enum ProvisionKind {

	/** A course, a group, a neighbourhood activity. */
	COLLECTIVE,

	/** A volunteer or volunteer organisation, e.g. a buddy service. */
	VOLUNTEER,

	/** A professional or a professional service. */
	PROFESSIONAL,

	/** An Eigen Kracht coordinator for a family group conference. */
	FAMILY_GROUP_CONFERENCE

}
