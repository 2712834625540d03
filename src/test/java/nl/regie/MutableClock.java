package nl.regie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application's clock in tests: it runs like the real one until a test moves it, and
 * goes back to real time when the test resets it. Time rules (6 and 8 weeks without
 * contact, the contact rhythm, the follow-up watch) are tested by moving it, never by
 * waiting.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * Moves the clock to noon of this day, from where it runs on: a test never crosses
	 * midnight by accident.
	 */
	public void setToday(LocalDate day) {
		offset = Duration.between(Instant.now(), day.atTime(LocalTime.NOON).atZone(zone).toInstant());
	}

	/** How far the clock is moved now. */
	public Duration offset() {
		return offset;
	}

	/** Moves the clock by exactly this much from real time (see {@link #offset()}). */
	public void setOffset(Duration offset) {
		this.offset = offset;
	}

	public void advanceDays(long days) {
		offset = offset.plusDays(days);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		MutableClock clock = new MutableClock(other);
		clock.offset = offset;
		return clock;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

}
