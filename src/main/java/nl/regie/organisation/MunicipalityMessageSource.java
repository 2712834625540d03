package nl.regie.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;

import nl.regie.identity.CurrentUsers;

import org.springframework.context.support.AbstractMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles, with the signed-in user's municipality's own words on top. Only
 * role and term labels can be overridden: a municipality renames things, it does not
 * rewrite error messages.
 */
class MunicipalityMessageSource extends AbstractMessageSource {

	/**
	 * Texts shared by all screens, then one bundle per module under {@code i18n/}, found
	 * on the class path: a new module brings its bundle without touching this class.
	 */
	static final String[] BUNDLES = bundles();

	static final Set<String> OVERRIDABLE_PREFIXES = Set.of("role.", "term.");

	private static final ResourceBundle.Control BUNDLE_ONLY = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final LabelOverrides overrides;

	private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

	MunicipalityMessageSource(LabelOverrides overrides) {
		this.overrides = overrides;
		bundles.setBasenames(BUNDLES);
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		setParentMessageSource(bundles);
		setUseCodeAsDefaultMessage(false);
	}

	private static String[] bundles() {
		try {
			Resource[] modules = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			return Stream
				.concat(Stream.of("messages"),
						Arrays.stream(modules)
							.map(Resource::getFilename)
							.filter(name -> name != null && !name.contains("_"))
							.map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
							.sorted())
				.distinct()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the message bundles", ex);
		}
	}

	static boolean overridable(String code) {
		return OVERRIDABLE_PREFIXES.stream().anyMatch(code::startsWith);
	}

	/**
	 * Every key a municipality may give its own word, read from the Dutch (base) bundles.
	 */
	List<String> overridableKeys() {
		ClassLoader loader = MunicipalityMessageSource.class.getClassLoader();
		return Arrays.stream(BUNDLES)
			.flatMap(basename -> ResourceBundle.getBundle(basename, Locale.ROOT, loader, BUNDLE_ONLY).keySet().stream())
			.filter(MunicipalityMessageSource::overridable)
			.distinct()
			.sorted()
			.toList();
	}

	/** The text from the bundles, ignoring any municipality's own word. */
	String defaultText(String key, Locale locale) {
		return bundles.getMessage(key, null, key, locale);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		String text = resolveCodeWithoutArguments(code, locale);
		return text == null ? null : createMessageFormat(text, locale);
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		if (!overridable(code)) {
			return null;
		}
		return CurrentUsers.current().map(user -> overrides.find(user.municipalityId(), code, locale)).orElse(null);
	}

}
