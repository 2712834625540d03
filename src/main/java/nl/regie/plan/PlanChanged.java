package nl.regie.plan;

import java.time.Instant;
import java.util.List;

import nl.regie.platform.domain.StateConflict;

/**
 * A change made on a version that is no longer the current one: someone else saved in
 * between, or an old version was being edited. Nothing is saved; the screen and the API
 * show what changed since the version the change was made on, so nothing is silently
 * overwritten.
 */
class PlanChanged extends StateConflict {

	private final int madeOn;

	private final int current;

	private final String savedByName;

	private final Instant savedAt;

	private final List<PlanDiff.Change> changes;

	PlanChanged(int madeOn, int current, String savedByName, Instant savedAt, List<PlanDiff.Change> changes) {
		super("plan.changed");
		this.madeOn = madeOn;
		this.current = current;
		this.savedByName = savedByName;
		this.savedAt = savedAt;
		this.changes = List.copyOf(changes);
	}

	public int madeOn() {
		return madeOn;
	}

	public int current() {
		return current;
	}

	public String savedByName() {
		return savedByName;
	}

	public Instant savedAt() {
		return savedAt;
	}

	public List<PlanDiff.Change> changes() {
		return changes;
	}

}
