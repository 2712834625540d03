package nl.regie.organisation;

/**
 * @param version the team's version when the form was shown; a newer one in the database
 * means somebody else saved in between
 */
record RenameTeamForm(String name, int version) {
}
