package nl.regie.household;

/**
 * How a member belongs to the household, as the referrer or the household says it. Enough
 * to see who the parents and the children are; family law is not Regie's business.
 */
public enum MemberRelation {

	/** A parent or carer of children in the household. */
	PARENT,

	/** The partner of a parent or of the main person. */
	PARTNER,

	/** A child (of any age) of a parent in the household. */
	CHILD,

	/** Anyone else living in the household: a grandparent, a lodger, a relative. */
	OTHER

}
