package nl.regie.bench.generate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The story of one referral, drawn with plausible durations (DESIGN §2): screened 1–7
 * days after it came in; accepted (62 %), declined (25 %), handed over (5 %) or
 * waitlisted (8 %, accepted 20–120 days later). An accepted household waits 3–14 days for
 * the team meeting (its weekly Tuesday meeting), is sought out for 7–60 days (10 % are
 * never reached and closed after 8–10 weeks), is worked with for 4–18 months, closed over
 * 2–6 weeks and watched for two years. Where "today" falls in that story gives the
 * referral's status and the case's stage.
 */
final class Lifecycle {

	/** Every generated team meets weekly on Regie's default day. */
	static final DayOfWeek MEETING_DAY = DayOfWeek.TUESDAY;

	static final List<String> OPEN_STAGES = List.of("AWAITING_ASSIGNMENT", "OUTREACH", "ACTIVE", "CLOSING");

	private Lifecycle() {
	}

	static GeneratedHousehold.Referral referral(City city, LocalDate received) {
		UUID id = city.id();
		Instant createdAt = at(city, received);
		GeneratedHousehold.Referral referral = new GeneratedHousehold.Referral(id, received, createdAt);
		LocalDate screened = received.plusDays(city.between(1, 7));
		if (screened.isAfter(city.today)) {
			referral.status = "RECEIVED";
			return referral;
		}
		Instant decidedAt = at(city, screened);
		double draw = city.random.nextDouble();
		if (draw < 0.62) {
			accept(city, referral, screened, decidedAt);
		}
		else if (draw < 0.87) {
			referral.decide("DECLINE", "DECLINED", decidedAt);
		}
		else if (draw < 0.92) {
			referral.decide("HAND_OVER", "HANDED_OVER", decidedAt);
		}
		else {
			referral.decide("WAITLIST", "WAITLISTED", decidedAt);
			LocalDate place = screened.plusDays(city.between(20, 120));
			if (!place.isAfter(city.today)) {
				accept(city, referral, place, at(city, place));
			}
		}
		return referral;
	}

	private static void accept(City city, GeneratedHousehold.Referral referral, LocalDate on, Instant at) {
		referral.decide("ACCEPT", "ACCEPTED", at);
		// The team assigns a case manager at its weekly meeting (Tuesday, Regie's
		// default).
		LocalDate assignedOn = meetingOnOrAfter(on.plusDays(city.between(3, 7)));
		boolean neverReached = city.chance(0.10);
		LocalDate outreachEnd = assignedOn.plusDays(neverReached ? city.between(56, 70) : city.between(7, 60));
		LocalDate closingProposed = outreachEnd.plusDays(city.between(120, 540));
		LocalDate closedOn = neverReached ? outreachEnd : closingProposed.plusDays(city.between(14, 45));
		LocalDate followUpUntil = closedOn.plusDays(730);
		LocalDate today = city.today;
		String stage;
		if (today.isBefore(assignedOn)) {
			stage = "AWAITING_ASSIGNMENT";
		}
		else if (today.isBefore(outreachEnd)) {
			stage = "OUTREACH";
		}
		else if (neverReached) {
			stage = "CLOSED_WITHOUT_CONTACT";
		}
		else if (today.isBefore(closingProposed)) {
			stage = "ACTIVE";
		}
		else if (today.isBefore(closedOn)) {
			stage = "CLOSING";
		}
		else if (today.isBefore(followUpUntil)) {
			stage = "FOLLOW_UP";
		}
		else {
			stage = "ENDED";
		}
		LocalDate workedUntil = neverReached ? outreachEnd : closedOn;
		referral.caseFile = new GeneratedHousehold.CaseFile(city.id(), on, stage,
				workedUntil.isAfter(today) ? today : workedUntil, upTo(assignedOn, today),
				neverReached ? null : upTo(outreachEnd, today), upTo(closingProposed, today), upTo(closedOn, today),
				closedOn.isAfter(today) || neverReached ? null : followUpUntil, neverReached, closingProposed);
	}

	/** The day if it has come, else null: what the case file knows today. */
	private static LocalDate upTo(LocalDate day, LocalDate today) {
		return day.isAfter(today) ? null : day;
	}

	/** The team meeting on that day or the first after it. */
	static LocalDate meetingOnOrAfter(LocalDate day) {
		return day.with(TemporalAdjusters.nextOrSame(MEETING_DAY));
	}

	/** A moment during office hours on that day. */
	static Instant at(City city, LocalDate day) {
		return day.atTime(8, 30)
			.atZone(City.ZONE)
			.toInstant()
			.plusSeconds(city.random.nextInt(9 * 3600))
			.plusNanos(city.random.nextInt(1_000_000) * 1000L);
	}

	/** The referrals of one household: a first one, and for 15 % a later second one. */
	static List<GeneratedHousehold.Referral> referrals(City city, LocalDate firstReceived) {
		List<GeneratedHousehold.Referral> referrals = new ArrayList<>(2);
		referrals.add(referral(city, firstReceived));
		if (city.chance(0.15)) {
			LocalDate again = firstReceived.plusDays(city.between(400, 1500));
			if (!again.isAfter(city.today)) {
				referrals.add(referral(city, again));
			}
		}
		return referrals;
	}

	/**
	 * The share of households with an open case today, found by drawing this model on a
	 * sample with its own seed: it sizes the teams before the households are drawn.
	 */
	static double openCaseShare(City.Settings settings) {
		City sample = new City(new City.Settings(20_000, settings.childrenShare(), settings.years(),
				settings.seed() ^ 0x5DEECE66DL, settings.today()), false);
		long span = ChronoUnit.DAYS.between(sample.firstDay, sample.today);
		int open = 0;
		int n = 20_000;
		for (int i = 0; i < n; i++) {
			LocalDate received = sample.firstDay.plusDays(sample.random.nextLong(span + 1));
			for (GeneratedHousehold.Referral referral : referrals(sample, received)) {
				if (referral.caseFile != null && OPEN_STAGES.contains(referral.caseFile.stage())) {
					open++;
				}
			}
		}
		return (double) open / n;
	}

}
