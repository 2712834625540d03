package nl.regie.organisation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;

import nl.regie.identity.CurrentUsers;

import org.springframework.context.support.AbstractMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, with the signed-in user's municipality's own words on top.
 * Only role and term labels can be overridden: a municipality renames things, it does
 * not rewrite error messages.
 */
class MunicipalityMessageSource extends AbstractMessageSource {

	static final Set<String> OVERRIDABLE_PREFIXES = Set.of("role.", "term.");

	private final LabelOverrides overrides;

	MunicipalityMessageSource(LabelOverrides overrides) {
		this.overrides = overrides;
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasename("messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		setParentMessageSource(bundles);
		setUseCodeAsDefaultMessage(false);
	}

	static boolean overridable(String code) {
		return OVERRIDABLE_PREFIXES.stream().anyMatch(code::startsWith);
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
		return CurrentUsers.current()
			.map(user -> overrides.find(user.municipalityId(), code, locale))
			.orElse(null);
	}

}
