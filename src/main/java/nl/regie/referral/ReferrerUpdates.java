package nl.regie.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import nl.regie.organisation.OrganisationDirectory;
import nl.regie.organisation.TeamSummary;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the referrer in the loop: on each step of a referral it prepares the message for
 * the referrer, in the referrer's language (Dutch unless the intake said otherwise), in
 * the same transaction as the step. Beyond "received" only when the household consented
 * to informing the referrer; without consent nothing is prepared, so nothing can be sent
 * by mistake.
 */
@Component
class ReferrerUpdates {

	private static final String DATE_PATTERN = "d MMMM yyyy";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final OrganisationDirectory organisation;

	private final Clock clock;

	ReferrerUpdates(JdbcClient jdbc, MessageSource messages, OrganisationDirectory organisation, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.organisation = organisation;
		this.clock = clock;
	}

	@EventListener
	void on(ReferralReceived received) {
		prepare(received.referralId(), ReferrerMessageKind.RECEIVED);
	}

	@EventListener
	void on(ReferralAccepted accepted) {
		prepare(accepted.referralId(), ReferrerMessageKind.ACCEPTED);
	}

	@EventListener
	void on(ReferralDeclined declined) {
		prepare(declined.referralId(), ReferrerMessageKind.DECLINED);
	}

	@EventListener
	void on(ReferralWaitlisted waitlisted) {
		prepare(waitlisted.referralId(), ReferrerMessageKind.WAITLISTED);
	}

	/**
	 * The household changed its mind. Consent given later prepares the message about
	 * where the referral stands now; consent withdrawn removes what was prepared but not
	 * yet sent.
	 */
	void consentChanged(UUID referralId, boolean granted, ReferralStatus status) {
		if (!granted) {
			jdbc.sql("delete from referrer_message where referral_id = :r and sent_at is null and kind <> 'RECEIVED'")
				.param("r", referralId)
				.update();
			return;
		}
		kindFor(status).filter(kind -> !prepared(referralId, kind)).ifPresent(kind -> prepare(referralId, kind));
	}

	private static Optional<ReferrerMessageKind> kindFor(ReferralStatus status) {
		return switch (status) {
			case ACCEPTED -> Optional.of(ReferrerMessageKind.ACCEPTED);
			case DECLINED -> Optional.of(ReferrerMessageKind.DECLINED);
			case WAITLISTED -> Optional.of(ReferrerMessageKind.WAITLISTED);
			case RECEIVED, HANDED_OVER -> Optional.empty();
		};
	}

	private boolean prepared(UUID referralId, ReferrerMessageKind kind) {
		return jdbc.sql("select exists (select 1 from referrer_message where referral_id = :r and kind = :k)")
			.param("r", referralId)
			.param("k", kind.name())
			.query(Boolean.class)
			.single();
	}

	private void prepare(UUID referralId, ReferrerMessageKind kind) {
		Facts facts = jdbc.sql("""
				select r.municipality_id, r.team_id, r.referrer_name, r.received_on, r.consent_inform_referrer,
				       r.referrer_language, d.advice, d.referrer_message
				from referral r
				left join lateral (select advice, referrer_message from referral_decision
				                   where referral_id = r.id order by decided_at desc limit 1) d on true
				where r.id = :id""")
			.param("id", referralId)
			.query((rs, n) -> new Facts(rs.getObject("municipality_id", UUID.class),
					rs.getObject("team_id", UUID.class), rs.getString("referrer_name"),
					rs.getObject("received_on", LocalDate.class), rs.getBoolean("consent_inform_referrer"),
					LetterLanguage.of(rs.getString("referrer_language")), rs.getString("advice"),
					rs.getString("referrer_message")))
			.single();
		if (kind.needsConsent() && !facts.consent()) {
			return;
		}
		jdbc.sql(
				"""
						insert into referrer_message (id, municipality_id, team_id, referral_id, kind, text, language, prepared_at)
						values (:id, :m, :t, :r, :kind, :text, :language, :now)""")
			.param("id", UUID.randomUUID())
			.param("m", facts.municipalityId())
			.param("t", facts.teamId())
			.param("r", referralId)
			.param("kind", kind.name())
			.param("text", text(kind, facts))
			.param("language", facts.language().code())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * The text the team leader typed for the referrer wins; otherwise Regie's standard
	 * text. The acknowledgement says what the referrer will hear next: with the
	 * household's consent already recorded it does not ask for it again.
	 */
	private String text(ReferrerMessageKind kind, Facts facts) {
		if (kind == ReferrerMessageKind.DECLINED && facts.typedMessage() != null) {
			return facts.typedMessage();
		}
		Locale locale = facts.language().locale();
		String team = organisation.team(facts.teamId()).map(TeamSummary::name).orElse("");
		String key = "referrerMessage." + kind
				+ (kind == ReferrerMessageKind.RECEIVED && facts.consent() ? ".withConsent" : "");
		return messages.getMessage(key,
				new Object[] { facts.referrerName(),
						DateTimeFormatter.ofPattern(DATE_PATTERN, locale).format(facts.receivedOn()), team,
						facts.advice() == null ? "" : facts.advice() },
				locale);
	}

	private record Facts(UUID municipalityId, UUID teamId, String referrerName, LocalDate receivedOn, boolean consent,
			LetterLanguage language, String advice, String typedMessage) {
	}

}
