package nl.regie.identity;

/**
 * Records print all their components; the records of this module that hold a password or
 * its hash print this instead, so a logged form or account never reveals it.
 */
final class Secrets {

	static final String MASK = "[masked]";

	private Secrets() {
	}

}
