package nl.regie.registration;

/** Who someone on the network map is to the household. */
enum NetworkKind {

	FAMILY, FRIEND, NEIGHBOUR, VOLUNTEER, PROFESSIONAL, OTHER

}
