package nl.regie.privacy;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.regie.household.Bsn;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.household.Households.MemberOfHousehold;
import nl.regie.household.MemberShielding;
import nl.regie.identity.AccountDirectory;
import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.AccessEvent;
import nl.regie.platform.access.PersonalDataRead;
import nl.regie.platform.access.PersonalDataReads;
import nl.regie.platform.access.ProcessingActivity;
import nl.regie.platform.document.PdfDocument;
import nl.regie.platform.domain.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who looked at my file" as a letter the privacy officer hands to a member (GDPR art.
 * 15, NEN 7513): every read of the household's file in a period, by whom in which role
 * and what, newest first. The letter goes to the member, or a child's under 16 to a
 * parent in the household; a shielded member's letter only to that member
 * ({@code Disclosure}). A refused letter is logged as such, and nothing else is written.
 */
@Service
class ReadersLetters {

	/** The most reads one letter lists; a longer period is asked for in parts. */
	static final int MOST_READS = 500;

	private final JdbcClient jdbc;

	private final Households households;

	private final MemberShielding shielding;

	private final Pseudonyms pseudonyms;

	private final AccountDirectory accounts;

	private final PersonalDataReads reads;

	private final ITemplateEngine templates;

	private final Clock clock;

	ReadersLetters(JdbcClient jdbc, Households households, MemberShielding shielding, Pseudonyms pseudonyms,
			AccountDirectory accounts, PersonalDataReads reads, ITemplateEngine templates, Clock clock) {
		this.jdbc = jdbc;
		this.households = households;
		this.shielding = shielding;
		this.pseudonyms = pseudonyms;
		this.accounts = accounts;
		this.reads = reads;
		this.templates = templates;
		this.clock = clock;
	}

	/** A letter, or why the recipient may not have it. */
	sealed interface Outcome {

	}

	record Refused(String reason) implements Outcome {
	}

	record Letter(byte[] pdf) implements Outcome {
	}

	/** One read as the letter lists it. */
	record Reading(Instant at, String readerName, String readerRole, String resource) {
	}

	/**
	 * @throws InvalidInput when a BSN belongs to no member of the municipality, or the
	 * two live in different households
	 */
	@Transactional
	Outcome letter(CurrentUser user, ReadersLetterForm form, Locale locale) {
		PrivacyAccessPolicy.readAuditLog(user).orRefuse();
		MemberOfHousehold subject = member(user, form.subjectBsn(), "subjectBsn");
		MemberOfHousehold recipient = member(user, form.recipientOrSubject(), "recipientBsn");
		if (!subject.householdId().equals(recipient.householdId())) {
			throw InvalidInput.of("recipientBsn", "readers.recipient.otherHousehold");
		}
		Optional<String> refusal = shielding.disclosure(user.municipalityId(), subject.householdId())
			.recordRefusal(subject.memberId(), recipient.memberId());
		if (refusal.isPresent()) {
			reads.record(new AccessEvent(user.userId(), user.municipalityId(), Role.PRIVACY_OFFICER.name(),
					subject.householdId(), "readers-letter", "refused " + refusal.get(),
					ProcessingActivity.PRIVACY_OVERSIGHT, null));
			return new Refused(refusal.get());
		}
		reads.record(new PersonalDataRead(user.userId(), user.municipalityId(), Role.PRIVACY_OFFICER.name(),
				subject.householdId(), "readers-letter", ProcessingActivity.PRIVACY_OVERSIGHT)
			.aboutMember(subject.memberId()));
		LocalDate today = LocalDate.now(clock);
		LocalDate from = form.from() == null || form.from().isAfter(today) ? today.minusYears(1) : form.from();
		HouseholdView household = households.find(user.municipalityId(), subject.householdId()).orElseThrow();
		Context context = new Context(locale);
		context.setVariable("subject", nameOf(household, subject.memberId()));
		context.setVariable("recipient", nameOf(household, recipient.memberId()));
		context.setVariable("from", from);
		context.setVariable("to", today);
		context.setVariable("readings", readings(user.municipalityId(), subject, from));
		context.setVariable("most", MOST_READS);
		return new Letter(PdfDocument.of(templates.process("privacy/readers-letter", context)));
	}

	private List<Reading> readings(UUID municipalityId, MemberOfHousehold subject, LocalDate from) {
		UUID household = pseudonyms.existing(municipalityId, subject.householdId()).orElse(null);
		if (household == null) {
			return List.of();
		}
		List<Raw> rows = jdbc.sql("""
				select occurred_at, actor_user_id, actor_role, resource from audit_entry
				where subject_pseudonym = :household and municipality_id = :m and kind = 'READ'
				  and (member_pseudonym is null or member_pseudonym = :member) and occurred_at >= :from
				order by occurred_at desc limit :most""")
			.param("household", household)
			.param("m", municipalityId)
			.param("member", pseudonyms.existing(municipalityId, subject.memberId()).orElse(null), Types.OTHER)
			.param("from", Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()))
			.param("most", MOST_READS)
			.query((rs, n) -> new Raw(rs.getTimestamp("occurred_at").toInstant(),
					rs.getObject("actor_user_id", UUID.class), rs.getString("actor_role"), rs.getString("resource")))
			.list();
		Map<UUID, String> names = accounts
			.displayNames(rows.stream().map(Raw::actor).filter(Objects::nonNull).distinct().toList());
		return rows.stream()
			.map(row -> new Reading(row.at(), names.getOrDefault(row.actor(), "–"), row.role(), row.resource()))
			.toList();
	}

	private record Raw(Instant at, UUID actor, String role, String resource) {
	}

	private MemberOfHousehold member(CurrentUser user, String bsn, String field) {
		return households.memberWithBsn(user.municipalityId(), new Bsn(bsn))
			.orElseThrow(() -> InvalidInput.of(field, "readers.member.unknown"));
	}

	private static String nameOf(HouseholdView household, UUID memberId) {
		return household.members()
			.stream()
			.filter(m -> m.id().equals(memberId))
			.map(HouseholdView.Member::name)
			.findFirst()
			.orElse("–");
	}

}
