package nl.regie.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regie.platform.domain.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The instruments and the mapping between their versions, read once: they change only
 * with a migration, which comes with a restart. The criteria texts, which a functional
 * administrator loads at any time, are in {@link CriteriaTexts}.
 */
@Service
public class Instruments {

	private final List<Instrument> all;

	/** from instrument → from domain → to instrument → to domains */
	private final Map<String, Map<String, Map<String, Set<String>>>> mapping = new LinkedHashMap<>();

	Instruments(JdbcClient jdbc) {
		List<InstrumentDomain> none = List.of();
		Map<String, List<InstrumentDomain>> domains = new LinkedHashMap<>();
		jdbc.sql("""
				select instrument_code, code, position, name_nl, name_en, criminal_offence_data from instrument_domain
				order by instrument_code, position""").query(rs -> {
			domains.computeIfAbsent(rs.getString("instrument_code"), key -> new ArrayList<>())
				.add(new InstrumentDomain(rs.getString("code"), rs.getInt("position"), rs.getString("name_nl"),
						rs.getString("name_en"), rs.getBoolean("criminal_offence_data")));
		});
		Map<String, List<Level>> levels = new LinkedHashMap<>();
		jdbc.sql(
				"select instrument_code, level, name_nl, name_en from instrument_level order by instrument_code, level")
			.query(rs -> {
				levels.computeIfAbsent(rs.getString("instrument_code"), key -> new ArrayList<>())
					.add(new Level(rs.getInt("level"), rs.getString("name_nl"), rs.getString("name_en")));
			});
		this.all = jdbc.sql("select code, name_nl, name_en, is_default, adults_only from instrument order by position")
			.query((rs, n) -> new Instrument(rs.getString("code"), rs.getString("name_nl"), rs.getString("name_en"),
					rs.getBoolean("is_default"), rs.getBoolean("adults_only"),
					domains.getOrDefault(rs.getString("code"), none),
					levels.getOrDefault(rs.getString("code"), List.of())))
			.list();
		jdbc.sql("select from_instrument, from_domain, to_instrument, to_domain from instrument_domain_mapping")
			.query(rs -> {
				String from = rs.getString("from_instrument");
				String fromDomain = rs.getString("from_domain");
				String to = rs.getString("to_instrument");
				String toDomain = rs.getString("to_domain");
				link(from, fromDomain, to, toDomain);
				link(to, toDomain, from, fromDomain);
			});
	}

	public List<Instrument> all() {
		return all;
	}

	public Optional<Instrument> byCode(String code) {
		return all.stream().filter(instrument -> instrument.code().equals(code)).findFirst();
	}

	/**
	 * @throws NotFound when there is no such instrument
	 */
	public Instrument get(String code) {
		return byCode(code).orElseThrow(NotFound::new);
	}

	/** The instrument a new assessment uses unless another is chosen: ZRM 2017. */
	public Instrument defaultInstrument() {
		return all.stream().filter(Instrument::isDefault).findFirst().orElseThrow();
	}

	/**
	 * The domains of another version that cover this domain, in that version's order: the
	 * earlier "day activities" is "work & education" and "time use" in 2017; each of
	 * those is "day activities" the other way round. Same instrument: the domain itself.
	 */
	public List<InstrumentDomain> mapped(String fromInstrument, String domainCode, String toInstrument) {
		Instrument target = get(toInstrument);
		if (fromInstrument.equals(toInstrument)) {
			return target.domain(domainCode).stream().toList();
		}
		Set<String> codes = mapping.getOrDefault(fromInstrument, Map.of())
			.getOrDefault(domainCode, Map.of())
			.getOrDefault(toInstrument, Set.of());
		return target.domains()
			.stream()
			.filter(domain -> codes.contains(domain.code()))
			.sorted(Comparator.comparingInt(InstrumentDomain::position))
			.toList();
	}

	/**
	 * Levels scored in one version, expressed in the domains of another, so a report can
	 * span both. Where one domain became several, each gets its level; where several
	 * become one, the lowest counts (the matrix reads the most urgent problem first).
	 */
	public Map<String, Integer> inTermsOf(String toInstrument, String fromInstrument, Map<String, Integer> levels) {
		Map<String, Integer> result = new LinkedHashMap<>();
		levels.forEach((domain, level) -> mapped(fromInstrument, domain, toInstrument)
			.forEach(target -> result.merge(target.code(), level, Math::min)));
		return get(toInstrument).domains()
			.stream()
			.filter(domain -> result.containsKey(domain.code()))
			.collect(Collectors.toMap(InstrumentDomain::code, domain -> result.get(domain.code()), (a, b) -> a,
					LinkedHashMap::new));
	}

	private void link(String from, String fromDomain, String to, String toDomain) {
		mapping.computeIfAbsent(from, key -> new LinkedHashMap<>())
			.computeIfAbsent(fromDomain, key -> new LinkedHashMap<>())
			.computeIfAbsent(to, key -> new LinkedHashSet<>())
			.add(toDomain);
	}

}
