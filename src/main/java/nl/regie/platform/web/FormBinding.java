package nl.regie.platform.web;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletRequest;

import nl.regie.platform.input.ControlCharacters;

import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * How every screen form is read, so that a form which does not fit its fields is shown
 * again with what the person typed and a message next to each field, never a 500.
 * <p>
 * Forms are records, built through their constructor. When one value cannot be converted
 * (a date typed as 12-04-1989, an unknown choice, a text where an id belongs), Spring
 * records a {@code typeMismatch} error and builds <em>no</em> form object at all, so the
 * page has nothing to show and fails. This binder then builds the form a second time with
 * the refused values left empty, and keeps the refusals in a binding result on that form:
 * the fields that were fine keep their values, the refused ones show the typed text from
 * the error with the bundle's {@code typeMismatch} message, and the form's other rules
 * are checked as well, so one round trip shows every problem.
 * <p>
 * A form posted without some of its parts (an empty POST) gets those parts empty instead
 * of missing ({@link EmptyParts}), so the page can show it and every field is checked.
 * <p>
 * Also, for every form: text with control characters ({@link ControlCharacters}) is
 * refused per field; list indexes beyond {@value #MAX_INDEX} or malformed ones, which no
 * form sends, answer 400 instead of growing a list to that size.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding implements WebMvcRegistrations {

	/** More rows than any form has (a household has at most 30 members). */
	static final int MAX_INDEX = 255;

	private static final Pattern INDEX = Pattern.compile("\\[(-?\\d+)]");

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {
			@Override
			protected ServletRequestDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
				return new ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
					@Override
					protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
							NativeWebRequest request) {
						return new TypedValuesBinder(target, objectName);
					}
				};
			}
		};
	}

	/** Keeps typed values and refusals together when a form does not convert. */
	static final class TypedValuesBinder extends ExtendedServletRequestDataBinder {

		private Object rebuilt;

		private AbstractPropertyBindingResult result;

		TypedValuesBinder(Object target, String objectName) {
			super(target, objectName);
		}

		@Override
		public void construct(ServletRequest request) {
			Set<String> refused = new LinkedHashSet<>();
			Set<String> unusable = new HashSet<>();
			for (String name : request.getParameterMap().keySet()) {
				if (!indexesFit(name)) {
					unusable.add(name);
				}
				else if (hasControlCharacters(request.getParameterValues(name))) {
					refused.add(name);
				}
			}
			ValueResolver values = new Leaving(createValueResolver(request), unusable, refused);
			try {
				construct(values);
				if (super.getTarget() == null) {
					rebuild(request, unusable, refused);
				}
			}
			catch (IndexOutOfBoundsException | NumberFormatException | BeanInstantiationException malformed) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "form does not fit its fields", malformed);
			}
			Object built = super.getTarget() != null ? super.getTarget() : this.rebuilt;
			Object filled = EmptyParts.filled(built);
			if (filled != built) {
				this.rebuilt = filled;
			}
			// Spring records a conversion error before the form exists, so its binding
			// result may point at no form (the page then shows nothing): rebuild it.
			AbstractPropertyBindingResult original = super.getInternalBindingResult();
			if (original.getTarget() != getTarget() || original.hasErrors() || !refused.isEmpty()) {
				keepTogether(request, refused, original);
			}
		}

		/** A second build that leaves the fields Spring could not convert empty. */
		private void rebuild(ServletRequest request, Set<String> unusable, Set<String> refused) {
			Set<String> failed = new HashSet<>(refused);
			super.getInternalBindingResult().getFieldErrors().forEach(error -> failed.add(error.getField()));
			TypedValuesBinder second = new TypedValuesBinder(null, getObjectName());
			second.setTargetType(getTargetType());
			if (getConversionService() != null) {
				second.setConversionService(getConversionService());
			}
			second.construct(new Leaving(second.createValueResolver(request), unusable, failed));
			this.rebuilt = second.getTarget();
			if (this.rebuilt == null) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "form does not fit its fields");
			}
		}

		/**
		 * One binding result on the (re)built form with the conversion errors, the
		 * control-character refusals and the form's own rules for the other fields.
		 */
		private void keepTogether(ServletRequest request, Set<String> refused, AbstractPropertyBindingResult original) {
			BeanPropertyBindingResult together = new BeanPropertyBindingResult(getTarget(), getObjectName(), true,
					getAutoGrowCollectionLimit());
			together.setMessageCodesResolver(original.getMessageCodesResolver());
			if (getConversionService() != null) {
				together.initConversion(getConversionService());
			}
			for (ObjectError error : original.getAllErrors()) {
				together.addError(shown(error, together));
			}
			for (String field : refused) {
				String typed = ControlCharacters.removed(request.getParameter(field));
				together.addError(new FieldError(getObjectName(), field, typed, true,
						together.resolveMessageCodes(ControlCharacters.CODE, field), null, null));
			}
			this.result = together;
			if (!together.hasErrors()) {
				return;
			}
			BeanPropertyBindingResult rules = new BeanPropertyBindingResult(getTarget(), getObjectName());
			for (Validator validator : getValidators()) {
				validator.validate(getTarget(), rules);
			}
			rules.getGlobalErrors().forEach(together::addError);
			rules.getFieldErrors()
				.stream()
				.filter(error -> !together.hasFieldErrors(error.getField()))
				.forEach(together::addError);
		}

		/**
		 * A yes/no field shows its box unticked rather than the refused text, which a
		 * checkbox cannot show (and Thymeleaf would fail converting it).
		 */
		private ObjectError shown(ObjectError error, AbstractPropertyBindingResult together) {
			if (error instanceof FieldError field && field.getRejectedValue() != null) {
				Class<?> type = fieldType(together, field.getField());
				if (type == Boolean.class || type == boolean.class) {
					return new FieldError(field.getObjectName(), field.getField(), null, field.isBindingFailure(),
							field.getCodes(), field.getArguments(), field.getDefaultMessage());
				}
			}
			return error;
		}

		private static Class<?> fieldType(AbstractPropertyBindingResult result, String field) {
			try {
				return result.getFieldType(field);
			}
			catch (RuntimeException unknown) {
				return null;
			}
		}

		@Override
		public Object getTarget() {
			return this.rebuilt != null ? this.rebuilt : super.getTarget();
		}

		@Override
		protected AbstractPropertyBindingResult getInternalBindingResult() {
			return this.result != null ? this.result : super.getInternalBindingResult();
		}

		/**
		 * A record is complete once built by its constructor: it has no setters, and
		 * setting through its getters (members[-1], an index into an unmodifiable list)
		 * only fails. Other forms are bound as usual, paths that are no field ignored.
		 */
		@Override
		protected void applyPropertyValues(MutablePropertyValues values) {
			if (getTarget() != null && getTarget().getClass().isRecord()) {
				return;
			}
			try {
				super.applyPropertyValues(values);
			}
			catch (InvalidPropertyException | UnsupportedOperationException notAField) {
				// nothing of the form is at that path
			}
		}

		private static boolean indexesFit(String name) {
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				String digits = index.group(1);
				if (digits.startsWith("-") || digits.length() > 3 || Integer.parseInt(digits) > MAX_INDEX) {
					return false;
				}
			}
			return true;
		}

		private static boolean hasControlCharacters(String[] values) {
			if (values != null) {
				for (String value : values) {
					if (ControlCharacters.present(value)) {
						return true;
					}
				}
			}
			return false;
		}

	}

	/** The request's values, less those left out on purpose. */
	private record Leaving(DataBinder.ValueResolver values, Set<String> unusable,
			Set<String> empty) implements DataBinder.ValueResolver {

		@Override
		public Object resolveValue(String name, Class<?> type) {
			return unusable.contains(name) || empty.contains(name) ? null : values.resolveValue(name, type);
		}

		@Override
		public Set<String> getNames() {
			Set<String> names = new LinkedHashSet<>(values.getNames());
			names.removeAll(unusable);
			return names;
		}

	}

}
