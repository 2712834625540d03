package nl.regie.socialmap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;
import nl.regie.assessment.LifeDomains;
import nl.regie.identity.CurrentUser;
import nl.regie.organisation.AreaDirectory;
import nl.regie.organisation.AreaSummary;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

import org.springframework.stereotype.Service;

/**
 * The first load of the social map from a CSV file. Each row is checked with the same
 * rules as the form and saved in a transaction of its own: a good row is taken, a bad row
 * is skipped with its reasons and leaves nothing behind, and the report names every row.
 * Only a file that cannot be read as a whole (no header, a required column missing, not
 * UTF-8, too large) is refused as a whole.
 */
@Service
class ProvisionImport {

	static final int MAX_ROWS = 5000;

	/** The columns, in the order of the template; the first four are required. */
	static final List<String> COLUMNS = List.of("organisatie", "naam", "soort", "levensdomeinen", "gebied",
			"omschrijving", "doelgroepen", "aanmelden", "contact", "adres", "postcode", "openingstijden");

	private static final List<String> REQUIRED = COLUMNS.subList(0, 4);

	private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(Map.entry("organisation", "organisatie"),
			Map.entry("name", "naam"), Map.entry("kind", "soort"), Map.entry("lifeDomains", "levensdomeinen"),
			Map.entry("areaId", "gebied"), Map.entry("description", "omschrijving"),
			Map.entry("targetGroups", "doelgroepen"), Map.entry("howToRefer", "aanmelden"),
			Map.entry("contact", "contact"), Map.entry("address", "adres"), Map.entry("postcode", "postcode"),
			Map.entry("openingHours", "openingstijden"));

	private static final Map<String, ProvisionKind> KINDS = kinds();

	private final SocialMapManagement management;

	private final SocialMapAccessPolicy access;

	private final LifeDomains lifeDomains;

	private final AreaDirectory areas;

	ProvisionImport(SocialMapManagement management, SocialMapAccessPolicy access, LifeDomains lifeDomains,
			AreaDirectory areas) {
		this.management = management;
		this.access = access;
		this.lifeDomains = lifeDomains;
		this.areas = areas;
	}

	/**
	 * @throws InvalidInput on field {@code file} when the file as a whole cannot be read
	 */
	ImportReport load(CurrentUser user, String csv) {
		access.maintain(user).orRefuse();
		List<CsvRecords.CsvRecord> records = CsvRecords.parse(csv == null ? "" : csv);
		if (records.isEmpty()) {
			throw InvalidInput.of("file", "socialmap.import.empty");
		}
		if (records.size() - 1 > MAX_ROWS) {
			throw InvalidInput.of("file", "socialmap.import.tooManyRows");
		}
		Map<String, Integer> header = header(records.getFirst().fields());
		Map<String, UUID> areaIds = areaIds(user.municipalityId());
		Set<String> seen = new HashSet<>();
		List<ImportReport.Row> rows = new ArrayList<>();
		for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
			rows.add(row(user, record, header, areaIds, seen));
		}
		return ImportReport.of(rows);
	}

	private ImportReport.Row row(CurrentUser user, CsvRecords.CsvRecord record, Map<String, Integer> header,
			Map<String, UUID> areaIds, Set<String> seen) {
		Map<String, String> values = new LinkedHashMap<>();
		header.forEach((column, index) -> values.put(column,
				index < record.fields().size() ? record.fields().get(index).strip() : ""));
		List<ImportReport.Reason> reasons = new ArrayList<>();
		ProvisionKind kind = null;
		if (!values.get("soort").isEmpty()) {
			kind = KINDS.get(values.get("soort").toLowerCase(Locale.ROOT));
			if (kind == null) {
				reasons.add(new ImportReport.Reason("soort", "socialmap.kind.unknown", values.get("soort")));
			}
		}
		List<String> codes = new ArrayList<>();
		for (String domain : values.get("levensdomeinen").split("\\|")) {
			if (!domain.isBlank()) {
				Optional<LifeDomain> known = lifeDomain(domain.strip());
				if (known.isPresent()) {
					codes.add(known.get().code());
				}
				else {
					reasons.add(
							new ImportReport.Reason("levensdomeinen", "socialmap.lifeDomains.unknown", domain.strip()));
				}
			}
		}
		UUID areaId = null;
		String area = values.getOrDefault("gebied", "");
		if (!area.isEmpty()) {
			areaId = areaIds.get(area.toLowerCase(Locale.ROOT));
			if (areaId == null) {
				reasons.add(new ImportReport.Reason("gebied", "socialmap.area.unknown", area));
			}
		}
		ProvisionDetails details = new ProvisionDetails(areaId, values.get("organisatie"), values.get("naam"), kind,
				codes, value(values, "omschrijving"), value(values, "doelgroepen"), value(values, "aanmelden"),
				value(values, "contact"), value(values, "adres"), value(values, "postcode"),
				value(values, "openingstijden"));
		for (FieldProblem problem : management.problems(user, details, null)) {
			String column = FIELD_COLUMNS.getOrDefault(problem.field(), problem.field());
			boolean alreadySaid = reasons.stream().anyMatch(reason -> reason.column().equals(column));
			if (!alreadySaid) {
				reasons.add(new ImportReport.Reason(column, problem.code(), values.getOrDefault(column, "")));
			}
		}
		String key = details.organisation().toLowerCase(Locale.ROOT) + "\n" + details.name().toLowerCase(Locale.ROOT);
		if (!details.name().isEmpty() && !seen.add(key)) {
			reasons.add(new ImportReport.Reason("naam", "socialmap.import.duplicateInFile", details.name()));
		}
		if (!reasons.isEmpty()) {
			return new ImportReport.Row(record.line(), details.organisation(), details.name(), false, null, reasons);
		}
		try {
			UUID id = management.add(user, details);
			return new ImportReport.Row(record.line(), details.organisation(), details.name(), true, id, List.of());
		}
		catch (InvalidInput refused) {
			// e.g. the same provision saved by someone else in the meantime
			return new ImportReport.Row(record.line(), details.organisation(), details.name(), false, null,
					refused.problems()
						.stream()
						.map(problem -> new ImportReport.Reason(
								FIELD_COLUMNS.getOrDefault(problem.field(), problem.field()), problem.code(), ""))
						.toList());
		}
	}

	private Map<String, Integer> header(List<String> fields) {
		Map<String, Integer> header = new LinkedHashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			String column = fields.get(i).strip().toLowerCase(Locale.ROOT);
			if (COLUMNS.contains(column)) {
				header.putIfAbsent(column, i);
			}
		}
		if (!header.keySet().containsAll(REQUIRED)) {
			throw InvalidInput.of("file", "socialmap.import.header");
		}
		return header;
	}

	/** By the area's own name or its path ("Nieuw-West › Osdorp"), ignoring case. */
	private Map<String, UUID> areaIds(UUID municipality) {
		Map<String, UUID> ids = new LinkedHashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (AreaSummary area : areas.areasWithPaths(municipality)) {
			String path = area.name().toLowerCase(Locale.ROOT);
			ids.put(path, area.id());
			String own = path.substring(path.lastIndexOf('›') + 1).strip();
			if (ids.putIfAbsent(own, area.id()) != null && !own.equals(path)) {
				ambiguous.add(own);
			}
		}
		ambiguous.forEach(ids::remove);
		return ids;
	}

	private Optional<LifeDomain> lifeDomain(String value) {
		return lifeDomains.all()
			.stream()
			.filter(domain -> domain.code().equalsIgnoreCase(value) || domain.nameNl().equalsIgnoreCase(value)
					|| domain.nameEn().equalsIgnoreCase(value))
			.findFirst();
	}

	private static String value(Map<String, String> values, String column) {
		return values.getOrDefault(column, "");
	}

	private static Map<String, ProvisionKind> kinds() {
		Map<String, ProvisionKind> kinds = new LinkedHashMap<>();
		for (ProvisionKind kind : ProvisionKind.values()) {
			kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
		}
		kinds.put("collectief", ProvisionKind.COLLECTIVE);
		kinds.put("vrijwillig", ProvisionKind.VOLUNTEER);
		kinds.put("vrijwilligers", ProvisionKind.VOLUNTEER);
		kinds.put("professioneel", ProvisionKind.PROFESSIONAL);
		kinds.put("eigen kracht", ProvisionKind.FAMILY_GROUP_CONFERENCE);
		kinds.put("eigen-kracht", ProvisionKind.FAMILY_GROUP_CONFERENCE);
		return Map.copyOf(kinds);
	}

}
