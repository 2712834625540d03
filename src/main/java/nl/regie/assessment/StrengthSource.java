package nl.regie.assessment;

/** Where the strength on a domain lies. */
public enum StrengthSource {

	OWN_STRENGTH, OWN_NETWORK, PROFESSIONAL_HELP

}
