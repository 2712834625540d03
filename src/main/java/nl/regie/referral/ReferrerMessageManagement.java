package nl.regie.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.OrganisationDirectory;
import nl.regie.organisation.TeamSummary;
import nl.regie.platform.access.LegalBasis;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.mail.MailNotSent;
import nl.regie.platform.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages Regie prepared for a referral's referrer, and sending them: by e-mail
 * through the municipality's SMTP server, or printed or copied by the team, and recorded
 * as sent with how and when.
 */
@Service
class ReferrerMessageManagement {

	/** Something@something.tld, no spaces: enough to catch a phone number typed here. */
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ReferralAccessPolicy access;

	private final OutgoingMail mail;

	private final OrganisationDirectory organisation;

	private final MessageSource messages;

	ReferrerMessageManagement(JdbcClient jdbc, Clock clock, ReferralAccessPolicy access, OutgoingMail mail,
			OrganisationDirectory organisation, MessageSource messages) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
		this.mail = mail;
		this.organisation = organisation;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	List<Message> of(CurrentUser user, UUID referralId) {
		access.read(user, teamOf(referralId)).orRefuse();
		return jdbc.sql("""
				select id, kind, text, language, prepared_at, sent_at, sent_by_name, sent_how, sent_to, legal_basis
				from referrer_message where referral_id = :r order by prepared_at, id""")
			.param("r", referralId)
			.query((rs, n) -> new Message(rs.getObject("id", UUID.class),
					ReferrerMessageKind.valueOf(rs.getString("kind")), rs.getString("text"),
					LetterLanguage.of(rs.getString("language")), rs.getTimestamp("prepared_at").toInstant(),
					rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
					rs.getString("sent_by_name"),
					rs.getString("sent_how") == null ? null : SendMethod.valueOf(rs.getString("sent_how")),
					rs.getString("sent_to"),
					rs.getString("legal_basis") == null ? null : LegalBasis.valueOf(rs.getString("legal_basis"))))
			.list();
	}

	@Transactional(readOnly = true)
	Message one(CurrentUser user, UUID referralId, UUID messageId) {
		return of(user, referralId).stream()
			.filter(message -> message.id().equals(messageId))
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	/** Whether the user's municipality can e-mail its letters. */
	boolean canEmail(CurrentUser user) {
		return organisation.municipalityCode(user.municipalityId()).map(mail::available).orElse(false);
	}

	/**
	 * Records that the team sent the message itself, printed or copied.
	 * @throws StateConflict when it was recorded as sent already
	 */
	@Transactional
	void markSent(CurrentUser user, UUID referralId, UUID messageId, SendMethod how) {
		access.read(user, teamOf(referralId)).orRefuse();
		Message message = lockUnsent(referralId, messageId);
		record(user, referralId, message, how, null);
	}

	/**
	 * E-mails the message through the municipality's SMTP server, then records it as
	 * sent; the message stays locked meanwhile, so two people sending at once send once.
	 * @throws InvalidInput when the address is not an e-mail address or the server
	 * refused
	 * @throws StateConflict when it was recorded as sent already
	 */
	@Transactional
	void email(CurrentUser user, UUID referralId, UUID messageId, String address) {
		access.read(user, teamOf(referralId)).orRefuse();
		String to = address == null ? "" : address.strip();
		if (!EMAIL.matcher(to).matches()) {
			throw InvalidInput.of("emailAddress", "referrerMessages.email.invalid");
		}
		Message message = lockUnsent(referralId, messageId);
		String code = organisation.municipalityCode(user.municipalityId()).orElseThrow();
		try {
			mail.send(code, to, subject(referralId, message), message.text());
		}
		catch (MailNotSent notSent) {
			throw InvalidInput.of("emailAddress", notSent.code());
		}
		record(user, referralId, message, SendMethod.EMAIL, to);
	}

	private String subject(UUID referralId, Message message) {
		Object[] facts = jdbc.sql("select received_on, team_id from referral where id = :r")
			.param("r", referralId)
			.query((rs,
					n) -> new Object[] { rs.getObject("received_on", LocalDate.class),
							rs.getObject("team_id", UUID.class) })
			.single();
		String team = organisation.team((UUID) facts[1]).map(TeamSummary::name).orElse("");
		String received = DateTimeFormatter.ofPattern("d MMMM yyyy", message.language().locale())
			.format((LocalDate) facts[0]);
		return messages.getMessage("referrerMessage.subject", new Object[] { received, team },
				message.language().locale());
	}

	private Message lockUnsent(UUID referralId, UUID messageId) {
		Message message = jdbc.sql("""
				select id, kind, text, language, prepared_at, sent_at from referrer_message
				where id = :id and referral_id = :r for update""")
			.param("id", messageId)
			.param("r", referralId)
			.query((rs, n) -> new Message(rs.getObject("id", UUID.class),
					ReferrerMessageKind.valueOf(rs.getString("kind")), rs.getString("text"),
					LetterLanguage.of(rs.getString("language")), rs.getTimestamp("prepared_at").toInstant(),
					rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(), null, null,
					null, null))
			.optional()
			.orElseThrow(NotFound::new);
		if (message.sentAt() != null) {
			throw new StateConflict("referrerMessages.alreadySent");
		}
		return message;
	}

	/** Sent, and on which legal basis: an act of sharing like any other. */
	private void record(CurrentUser user, UUID referralId, Message message, SendMethod how, String to) {
		jdbc.sql("""
				update referrer_message set sent_at = :now, sent_by = :by, sent_by_name = :name, sent_how = :how,
				    sent_to = :to, legal_basis = :basis, version = version + 1
				where id = :id and referral_id = :r and sent_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("by", user.userId())
			.param("name", user.displayName())
			.param("how", how.name())
			.param("to", to)
			.param("basis", message.kind().legalBasis().name())
			.param("id", message.id())
			.param("r", referralId)
			.update();
	}

	private UUID teamOf(UUID referralId) {
		return jdbc.sql("select team_id from referral where id = :r")
			.param("r", referralId)
			.query(UUID.class)
			.optional()
			.orElseThrow(NotFound::new);
	}

	/**
	 * @param language the language the text is written in
	 * @param sentHow {@code null} while not sent
	 * @param sentTo the e-mail address, when e-mailed
	 * @param legalBasis what sending it rested on; {@code null} while not sent
	 */
	record Message(UUID id, ReferrerMessageKind kind, String text, LetterLanguage language, Instant preparedAt,
			Instant sentAt, String sentBy, SendMethod sentHow, String sentTo, LegalBasis legalBasis) {
	}

}
