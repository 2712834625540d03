package nl.regie.organisation;

import java.util.UUID;

/**
 * One level of a municipality's area hierarchy, named by the municipality itself
 * (Stadsdeel, Gebied; Woonservicezone, Wijk; Kern).
 *
 * @param depth 1 for the top level, each level below one deeper
 */
record AreaLevel(UUID id, int depth, String name) {
}
