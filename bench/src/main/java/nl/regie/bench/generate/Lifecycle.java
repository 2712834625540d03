package nl.regie.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The story of one referral, drawn with plausible durations (DESIGN §2): screened 1–7
 * days after it came in; accepted (62 %), declined (25 %), handed over (5 %) or
 * waitlisted (8 %, accepted 20–120 days later). An accepted household waits 3–14 days for
 * the team meeting, is sought out for 7–60 days (10 % are never reached and closed after
 * 8–10 weeks), is worked with for 4–18 months, closed over 2–6 weeks and watched for two
 * years. Where "today" falls in that story gives the referral's status and the case's
 * stage.
 */
final class Lifecycle {

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
		long age = ChronoUnit.DAYS.between(on, city.today);
		long assigned = city.between(3, 14);
		boolean neverReached = city.chance(0.10);
		long outreach = assigned + (neverReached ? city.between(56, 70) : city.between(7, 60));
		long active = outreach + city.between(120, 540);
		long closing = active + city.between(14, 45);
		long followUp = closing + 730;
		String stage;
		if (age < assigned) {
			stage = "AWAITING_ASSIGNMENT";
		}
		else if (age < outreach) {
			stage = "OUTREACH";
		}
		else if (neverReached) {
			stage = "CLOSED_WITHOUT_CONTACT";
		}
		else if (age < active) {
			stage = "ACTIVE";
		}
		else if (age < closing) {
			stage = "CLOSING";
		}
		else if (age < followUp) {
			stage = "FOLLOW_UP";
		}
		else {
			stage = "ENDED";
		}
		LocalDate workedUntil = on.plusDays(neverReached ? outreach : closing);
		referral.caseFile = new GeneratedHousehold.CaseFile(city.id(), on, stage,
				workedUntil.isAfter(city.today) ? city.today : workedUntil);
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
