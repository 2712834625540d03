package nl.regie.organisation;

import java.util.List;

/**
 * What a functional administrator sees first: the municipality's area hierarchy and its
 * teams.
 */
record OrganisationOverview(String municipalityName, AreaHierarchy hierarchy, List<TeamRow> teams) {
}
