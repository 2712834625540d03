package nl.regie.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regie.identity.Role;
import nl.regie.identity.SecurityEvent;
import nl.regie.platform.access.AccessEvent;
import nl.regie.platform.access.PersonalDataRead;
import nl.regie.platform.access.PersonalDataReads;
import nl.regie.platform.access.ProcessingActivity;
import nl.regie.platform.access.RequestOrigin;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit log: one entry for every read of a household's personal data, in the
 * transaction of the read, so an acknowledged page was logged and a failed write shows no
 * data.
 */
@Component
class AuditLog implements PersonalDataReads {

	static final String READ = "READ";

	static final String SECURITY = "SECURITY";

	static final String ACCESS = "ACCESS";

	/**
	 * The log of security events that belong to no known municipality (unknown
	 * usernames).
	 */
	static final UUID INSTALLATION = new UUID(0, 0);

	private final AuditChains chains;

	private final Pseudonyms pseudonyms;

	private final Clock clock;

	AuditLog(AuditChains chains, Pseudonyms pseudonyms, Clock clock) {
		this.chains = chains;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(PersonalDataRead read) {
		requireWritableTransaction();
		UUID municipalityId = read.municipalityId();
		chains.append(entryOf(read, pseudonyms.of(municipalityId, read.householdId()),
				read.memberId() == null ? null : pseudonyms.of(municipalityId, read.memberId()),
				RequestOrigin.current()));
	}

	/** Per municipality, the keys in two statements and the entries in one append. */
	@Override
	@Transactional
	public void recordAll(List<PersonalDataRead> reads) {
		requireWritableTransaction();
		RequestOrigin origin = RequestOrigin.current();
		reads.stream()
			.collect(Collectors.groupingBy(PersonalDataRead::municipalityId, LinkedHashMap::new, Collectors.toList()))
			.forEach((municipalityId, ofMunicipality) -> {
				Map<UUID, UUID> keys = pseudonyms.ofAll(municipalityId,
						ofMunicipality.stream()
							.flatMap(read -> Stream.of(read.householdId(), read.memberId()))
							.filter(Objects::nonNull)
							.toList());
				chains.appendAll(ofMunicipality.stream()
					.map(read -> entryOf(read, keyOf(keys, read.householdId()),
							read.memberId() == null ? null : keyOf(keys, read.memberId()), origin))
					.toList());
			});
	}

	/** A read without its subject's key would be in nobody's "who looked at my file". */
	private static UUID keyOf(Map<UUID, UUID> keys, UUID subjectId) {
		UUID key = keys.get(Objects.requireNonNull(subjectId, "a read names its household"));
		if (key == null) {
			throw new IllegalStateException("no pseudonym for a subject that was just given one");
		}
		return key;
	}

	private AuditEntry entryOf(PersonalDataRead read, UUID householdKey, UUID memberKey, RequestOrigin origin) {
		AuditEntry entry = AuditEntry.unchained(read.municipalityId(), clock.instant(), READ, read.userId(),
				read.role(), read.onBehalfOf(), householdKey, read.resource(), "read", read.processingActivity().name(),
				origin.traceId(), origin.clientAddress());
		return memberKey == null ? entry : entry.aboutMember(memberKey);
	}

	@Override
	@Transactional
	public void record(AccessEvent event) {
		requireWritableTransaction();
		RequestOrigin origin = RequestOrigin.current();
		chains
			.append(AuditEntry.unchained(event.municipalityId(), clock.instant(), ACCESS, event.userId(), event.role(),
					event.onBehalfOf(), pseudonyms.of(event.municipalityId(), event.householdId()), event.resource(),
					event.action(), event.processingActivity().name(), origin.traceId(), origin.clientAddress()));
	}

	/**
	 * A security event: a sign-in, a refusal, a lock-out, a change of rights. An account
	 * change names the account in the resource, never the person.
	 */
	@EventListener
	@Transactional
	void on(SecurityEvent event) {
		requireWritableTransaction();
		switch (event) {
			case SecurityEvent.SignedIn signedIn ->
				security(signedIn.municipalityId(), signedIn.userId(), signedIn.role().name(), "session", "signed-in");
			case SecurityEvent.SignInRefused refused ->
				security(refused.municipalityId(), null, null, "session", "sign-in-refused");
			case SecurityEvent.SignInLockedOut locked ->
				security(locked.municipalityId(), null, null, "session", "sign-in-locked-out");
			case SecurityEvent.AccountCreated created -> security(created.municipalityId(), created.administratorId(),
					Role.FUNCTIONAL_ADMINISTRATOR.name(), "account/" + created.accountId(), "account-created roles="
							+ created.roles().stream().map(Role::name).sorted().toList() + " team=" + created.teamId());
			case SecurityEvent.AccountChanged changed -> security(changed.municipalityId(), changed.administratorId(),
					Role.FUNCTIONAL_ADMINISTRATOR.name(), "account/" + changed.accountId(), changed.change());
			case SecurityEvent.SignedInThroughProvider signedIn -> security(signedIn.municipalityId(),
					signedIn.userId(), signedIn.role().name(), "session", "signed-in-through-provider");
			case SecurityEvent.ProviderSignInRefused refused -> security(refused.municipalityId(), null, null,
					"session", "provider-sign-in-refused " + refused.reason());
			case SecurityEvent.ProviderAccountLinked linked -> security(linked.municipalityId(), linked.accountId(),
					null, "account/" + linked.accountId(), "provider-linked provider=" + linked.providerId());
			case SecurityEvent.SecondFactorEnrolled enrolled -> security(enrolled.municipalityId(), enrolled.userId(),
					null, "account/" + enrolled.userId(), "second-factor-enrolled");
			case SecurityEvent.SecondFactorRefused refused -> security(refused.municipalityId(), refused.userId(), null,
					"session", "second-factor-refused " + refused.reason());
			case SecurityEvent.RecoveryCodeUsed used ->
				security(used.municipalityId(), used.userId(), null, "account/" + used.userId(), "recovery-code-used");
			case SecurityEvent.SecondFactorReset reset -> security(reset.municipalityId(), reset.administratorId(),
					Role.FUNCTIONAL_ADMINISTRATOR.name(), "account/" + reset.accountId(), "second-factor-reset");
			case SecurityEvent.SignInSettingsChanged changed ->
				security(changed.municipalityId(), changed.administratorId(), Role.FUNCTIONAL_ADMINISTRATOR.name(),
						"sign-in-settings", changed.change());
		}
	}

	private void security(UUID municipalityId, UUID actorUserId, String actorRole, String resource, String action) {
		RequestOrigin origin = RequestOrigin.current();
		chains.append(AuditEntry.unchained(municipalityId == null ? INSTALLATION : municipalityId, clock.instant(),
				SECURITY, actorUserId, actorRole, null, null, resource, action,
				ProcessingActivity.ACCOUNT_SECURITY.name(), origin.traceId(), origin.clientAddress()));
	}

	/**
	 * A read inside a read-only transaction could not be logged with it: the caller's
	 * mistake, told at once rather than as a failed insert.
	 */
	private static void requireWritableTransaction() {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("household data is read in a read-only transaction, "
					+ "so its audit entry cannot be written with it: make the transaction read-write");
		}
	}

}
