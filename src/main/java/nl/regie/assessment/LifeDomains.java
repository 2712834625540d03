package nl.regie.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The life domains, read once: they only change with a new version of the matrix, which
 * comes with a migration and a restart.
 */
@Service
public class LifeDomains {

	private final List<LifeDomain> all;

	private final Map<String, LifeDomain> byCode;

	LifeDomains(JdbcClient jdbc) {
		this.all = jdbc.sql("select code, position, name_nl, name_en from life_domain order by position")
			.query(LifeDomain.class)
			.list();
		this.byCode = all.stream().collect(Collectors.toUnmodifiableMap(LifeDomain::code, Function.identity()));
	}

	public List<LifeDomain> all() {
		return all;
	}

	public Optional<LifeDomain> byCode(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/**
	 * The given codes as life domains, in the order of the matrix; unknown codes are
	 * skipped.
	 */
	public List<LifeDomain> inMatrixOrder(Collection<String> codes) {
		return all.stream().filter(domain -> codes.contains(domain.code())).toList();
	}

}
