package nl.regie.registration;

/** Whether a relation supports the household or strains it. */
enum NetworkRelation {

	SUPPORTS, STRAINS, BOTH, UNKNOWN

}
