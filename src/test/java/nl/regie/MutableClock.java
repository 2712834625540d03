package nl.regie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

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
	 * Moves the clock to this day, at the current local time of day. Counted in the
	 * clock's zone, not in 24-hour days: across a change to or from summer time, late in
	 * the evening, whole days would land on the next or the previous date.
	 */
	public void setToday(LocalDate day) {
		ZonedDateTime now = ZonedDateTime.now(zone);
		offset = Duration.between(now, now.with(day));
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
