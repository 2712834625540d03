package nl.regie.socialmap;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else saved or withdrew the provision after the form was shown; their change
 * stays. Carries what is saved now, so the screen can show what changed.
 */
class ProvisionChanged extends OptimisticLockingFailureException {

	private final transient ProvisionEntry current;

	ProvisionChanged(ProvisionEntry current) {
		super("provision " + current.id() + " changed; now version " + current.version());
		this.current = current;
	}

	ProvisionEntry current() {
		return current;
	}

}
