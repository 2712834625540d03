package nl.regie.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * One error pattern for every form (NL Design System and GOV.UK): when a form on the page
 * was refused, the layout shows a summary at the top of the page listing every problem as
 * a link to its field, moves the focus there and starts the page title with "Fout:".
 * Built from the {@link BindingResult}s in the model, so a form gets it by reporting its
 * problems the usual way (bean validation, {@link FormErrors#report}, {@code reject}),
 * and a new form needs nothing else. Problems are listed in the order of the form's
 * fields (the order of the form record's components), problems of the whole form first.
 */
@Component
class ErrorSummary implements PageAttributes {

	static final String MODEL_KEY = "errorSummary";

	private final MessageSource messages;

	ErrorSummary(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void addTo(HttpServletRequest request, Map<String, Object> model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problem> problems = new ArrayList<>();
		model.values()
			.stream()
			.filter(BindingResult.class::isInstance)
			.map(BindingResult.class::cast)
			.filter(BindingResult::hasErrors)
			.forEach(form -> problems.addAll(problems(form, locale)));
		if (!problems.isEmpty()) {
			model.put(MODEL_KEY, new Summary(problems));
		}
	}

	private List<Problem> problems(BindingResult form, Locale locale) {
		List<Problem> found = new ArrayList<>();
		for (ObjectError error : form.getGlobalErrors()) {
			found.add(new Problem(messages.getMessage(error, locale), null));
		}
		Class<?> target = form.getTarget() == null ? null : form.getTarget().getClass();
		form.getFieldErrors()
			.stream()
			.sorted(Comparator.comparing(FieldError::getField, (a, b) -> compare(target, a, b)))
			.map(error -> new Problem(
					inItsItem(form.getObjectName(), error.getField(), locale) + messages.getMessage(error, locale),
					FormFields.id(form.getObjectName(), error.getField())))
			.distinct()
			.forEach(found::add);
		return found;
	}

	/**
	 * A field of one item of a list (the second household member) says which item it is
	 * in, so two members without a name are two different problems: the message key
	 * {@code errorSummary.<form>.<list path>} names the item, e.g.
	 * {@code errorSummary.intake.household.members=Gezinslid {0}: }.
	 */
	private String inItsItem(String form, String field, Locale locale) {
		int bracket = field.indexOf('[');
		if (bracket < 0) {
			return "";
		}
		int number = index(field.substring(bracket)) + 1;
		String key = "errorSummary." + form + "." + field.substring(0, bracket);
		String item = messages.getMessage(key, new Object[] { number }, "", locale);
		return item == null ? "" : item;
	}

	/**
	 * Two field paths in the order their fields are declared in the form record, step by
	 * step ({@code household.members[1].givenName} after
	 * {@code household.members[0].bsn}).
	 */
	private static int compare(Class<?> type, String a, String b) {
		String[] left = a.split("\\.");
		String[] right = b.split("\\.");
		Class<?> current = type;
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			String leftName = name(left[i]);
			String rightName = name(right[i]);
			if (!leftName.equals(rightName)) {
				return Integer.compare(position(current, leftName), position(current, rightName));
			}
			int byIndex = Integer.compare(index(left[i]), index(right[i]));
			if (byIndex != 0) {
				return byIndex;
			}
			current = componentType(current, leftName);
		}
		return Integer.compare(left.length, right.length);
	}

	private static String name(String step) {
		int bracket = step.indexOf('[');
		return bracket < 0 ? step : step.substring(0, bracket);
	}

	private static int index(String step) {
		int bracket = step.indexOf('[');
		if (bracket < 0) {
			return -1;
		}
		try {
			return Integer.parseInt(step.substring(bracket + 1, step.indexOf(']', bracket)));
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}

	private static int position(Class<?> type, String component) {
		if (type == null || !type.isRecord()) {
			return Integer.MAX_VALUE;
		}
		RecordComponent[] components = type.getRecordComponents();
		for (int i = 0; i < components.length; i++) {
			if (components[i].getName().equals(component)) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	/** The record type of a component, or of the elements of a list component. */
	private static Class<?> componentType(Class<?> type, String component) {
		if (type == null || !type.isRecord()) {
			return null;
		}
		return Arrays.stream(type.getRecordComponents())
			.filter(candidate -> candidate.getName().equals(component))
			.findFirst()
			.map(ErrorSummary::elementType)
			.orElse(null);
	}

	private static Class<?> elementType(RecordComponent component) {
		if (List.class.isAssignableFrom(component.getType())
				&& component.getGenericType() instanceof ParameterizedType list
				&& list.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return component.getType();
	}

	/**
	 * @param problems in the order of the page
	 */
	record Summary(List<Problem> problems) {
	}

	/**
	 * @param fieldId the id of the field's control, {@code null} for a problem of the
	 * whole form
	 */
	record Problem(String message, String fieldId) {
	}

}
