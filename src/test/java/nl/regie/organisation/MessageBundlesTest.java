package nl.regie.organisation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key in two bundles has two texts of which only the first bundle's is ever shown; the
 * other is a trap for whoever edits it.
 */
class MessageBundlesTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "_en" })
	void everyMessageKeyIsDefinedInOneBundleOnly(String language) throws IOException {
		Map<String, String> bundleOfKey = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (String basename : MunicipalityMessageSource.BUNDLES) {
			String file = basename + language + ".properties";
			Properties bundle = PropertiesLoaderUtils.loadProperties(new ClassPathResource(file));
			for (String key : bundle.stringPropertyNames()) {
				String first = bundleOfKey.putIfAbsent(key, file);
				if (first != null) {
					duplicates.add(key + " in " + first + " and " + file);
				}
			}
		}

		assertThat(duplicates).isEmpty();
	}

}
