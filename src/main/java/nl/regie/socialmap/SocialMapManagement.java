package nl.regie.socialmap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;
import nl.regie.assessment.LifeDomains;
import nl.regie.household.Postcode;
import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaDirectory;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.input.ControlCharacters;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining the social map: adding a provision, changing it on the version it was shown
 * in, withdrawing it. One set of rules for the screens, the API and every row of an
 * import ({@link #problems}).
 */
@Service
class SocialMapManagement {

	static final int SHORT_TEXT = 200;

	static final int LONG_TEXT = 2000;

	private final Provisions provisions;

	private final LifeDomains lifeDomains;

	private final AreaDirectory areas;

	private final SocialMapAccessPolicy access;

	private final Clock clock;

	SocialMapManagement(Provisions provisions, LifeDomains lifeDomains, AreaDirectory areas,
			SocialMapAccessPolicy access, Clock clock) {
		this.provisions = provisions;
		this.lifeDomains = lifeDomains;
		this.areas = areas;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	UUID add(CurrentUser user, ProvisionDetails details) {
		access.maintain(user).orRefuse();
		ProvisionDetails checked = check(user, details, null);
		UUID id = UUID.randomUUID();
		try {
			provisions.add(user.municipalityId(), id, checked, user.userId(), clock.instant());
		}
		catch (DuplicateKeyException sameNameAtOnce) {
			throw InvalidInput.of("name", "socialmap.name.taken");
		}
		return id;
	}

	/**
	 * @throws ProvisionChanged when someone else changed it since {@code version}
	 */
	@Transactional
	void change(CurrentUser user, UUID id, Integer version, ProvisionDetails details) {
		access.maintain(user).orRefuse();
		ProvisionEntry current = provisions.find(user.municipalityId(), id).orElseThrow(NotFound::new);
		if (version == null) {
			throw InvalidInput.of("version", "socialmap.version.required");
		}
		if (current.version() != version || current.withdrawn()) {
			throw new ProvisionChanged(current);
		}
		ProvisionDetails checked = check(user, details, id);
		try {
			if (!provisions.change(user.municipalityId(), id, version, checked, user.userId(), clock.instant())) {
				throw new ProvisionChanged(provisions.find(user.municipalityId(), id).orElseThrow(NotFound::new));
			}
		}
		catch (DuplicateKeyException sameNameAtOnce) {
			throw InvalidInput.of("name", "socialmap.name.taken");
		}
	}

	/**
	 * No longer offered: never found by a search again, still found by id (a plan that
	 * named it keeps the name).
	 * @throws ProvisionChanged when someone else changed it since {@code version}
	 */
	@Transactional
	void withdraw(CurrentUser user, UUID id, Integer version) {
		access.maintain(user).orRefuse();
		ProvisionEntry current = provisions.find(user.municipalityId(), id).orElseThrow(NotFound::new);
		if (version == null) {
			throw InvalidInput.of("version", "socialmap.version.required");
		}
		if (current.version() != version || current.withdrawn()
				|| !provisions.withdraw(user.municipalityId(), id, version, user.userId(), clock.instant())) {
			throw new ProvisionChanged(provisions.find(user.municipalityId(), id).orElseThrow(NotFound::new));
		}
	}

	@Transactional(readOnly = true)
	ProvisionEntry entry(CurrentUser user, UUID id) {
		access.search(user).orRefuse();
		return provisions.find(user.municipalityId(), id).orElseThrow(NotFound::new);
	}

	private ProvisionDetails check(CurrentUser user, ProvisionDetails details, UUID self) {
		List<FieldProblem> problems = problems(user, details, self);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return normalised(details);
	}

	/**
	 * Everything wrong with the details, per field (message keys), empty when they may be
	 * saved; also the import's reasons to skip a row.
	 * @param self the provision being changed; {@code null} for a new one
	 */
	List<FieldProblem> problems(CurrentUser user, ProvisionDetails details, UUID self) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "organisation", details.organisation());
		required(problems, "name", details.name());
		if (details.kind() == null) {
			problems.add(new FieldProblem("kind", "socialmap.kind.required"));
		}
		if (details.lifeDomains().isEmpty()) {
			problems.add(new FieldProblem("lifeDomains", "socialmap.lifeDomains.required"));
		}
		else if (details.lifeDomains().stream().anyMatch(code -> lifeDomains.byCode(code).isEmpty())) {
			problems.add(new FieldProblem("lifeDomains", "socialmap.lifeDomains.unknown"));
		}
		if (!details.postcode().isEmpty() && !Postcode.isValid(details.postcode())) {
			problems.add(new FieldProblem("postcode", "socialmap.postcode.invalid"));
		}
		if (details.areaId() != null && areas.area(details.areaId())
			.filter(area -> area.municipalityId().equals(user.municipalityId()))
			.isEmpty()) {
			problems.add(new FieldProblem("areaId", "socialmap.area.unknown"));
		}
		length(problems, "organisation", details.organisation(), SHORT_TEXT);
		length(problems, "name", details.name(), SHORT_TEXT);
		length(problems, "contact", details.contact(), LONG_TEXT);
		length(problems, "address", details.address(), SHORT_TEXT);
		length(problems, "openingHours", details.openingHours(), LONG_TEXT);
		length(problems, "description", details.description(), LONG_TEXT);
		length(problems, "targetGroups", details.targetGroups(), LONG_TEXT);
		length(problems, "howToRefer", details.howToRefer(), LONG_TEXT);
		if (problems.stream().noneMatch(problem -> problem.field().equals("name")) && !details.organisation().isEmpty()
				&& provisions.nameTaken(user.municipalityId(), details.organisation(), details.name(), self)) {
			problems.add(new FieldProblem("name", "socialmap.name.taken"));
		}
		return problems;
	}

	private ProvisionDetails normalised(ProvisionDetails details) {
		String postcode = details.postcode().isEmpty() ? null : Postcode.of(details.postcode()).value();
		return details.withPostcode(postcode)
			.withLifeDomains(lifeDomains.inMatrixOrder(details.lifeDomains()).stream().map(LifeDomain::code).toList());
	}

	private static void required(List<FieldProblem> problems, String field, String value) {
		if (value.isEmpty()) {
			problems.add(new FieldProblem(field, "socialmap." + field + ".required"));
		}
	}

	private static void length(List<FieldProblem> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.add(new FieldProblem(field, "socialmap.text.tooLong"));
		}
		else if (ControlCharacters.present(value)) {
			problems.add(new FieldProblem(field, ControlCharacters.CODE));
		}
	}

}
