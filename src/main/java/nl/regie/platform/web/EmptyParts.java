package nl.regie.platform.web;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A form record whose nested parts were not posted at all has {@code null} there (the
 * intake's referrer or household after an empty POST); its page then cannot show the
 * part's fields. This fills each missing nested record with an empty one, so the fields
 * show empty and validation names each of them.
 */
final class EmptyParts {

	private static final int DEPTH = 5;

	private EmptyParts() {
	}

	/** The same form with empty parts where parts were missing, or the form itself. */
	static Object filled(Object form) {
		if (form == null || !form.getClass().isRecord()) {
			return form;
		}
		try {
			return filled(form, 0);
		}
		catch (ReflectiveOperationException | RuntimeException cannotBuild) {
			return form;
		}
	}

	private static Object filled(Object form, int depth) throws ReflectiveOperationException {
		RecordComponent[] components = form.getClass().getRecordComponents();
		Object[] values = new Object[components.length];
		boolean changed = false;
		for (int i = 0; i < components.length; i++) {
			Method accessor = components[i].getAccessor();
			accessor.setAccessible(true);
			Object value = accessor.invoke(form);
			Object filled = part(components[i].getType(), components[i].getGenericType(), value, depth);
			changed |= filled != value;
			values[i] = filled;
		}
		return changed ? construct(form.getClass(), components, values) : form;
	}

	private static Object part(Class<?> type, Type generic, Object value, int depth)
			throws ReflectiveOperationException {
		if (depth >= DEPTH) {
			return value;
		}
		if (type.isRecord()) {
			return value == null ? empty(type, depth + 1) : filled(value, depth + 1);
		}
		if (value instanceof List<?> list && generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
			List<Object> parts = new ArrayList<>(list.size());
			boolean changed = false;
			for (Object item : list) {
				Object filled = item == null ? null : filled(item, depth + 1);
				changed |= filled != item;
				parts.add(filled);
			}
			return changed ? parts : value;
		}
		return value;
	}

	private static Object empty(Class<?> type, int depth) throws ReflectiveOperationException {
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			Class<?> component = components[i].getType();
			if (component.isPrimitive()) {
				values[i] = Array.get(Array.newInstance(component, 1), 0);
			}
			else if (component == List.class) {
				values[i] = List.of();
			}
			else if (component.isRecord() && depth < DEPTH) {
				values[i] = empty(component, depth + 1);
			}
		}
		return construct(type, components, values);
	}

	private static Object construct(Class<?> type, RecordComponent[] components, Object[] values)
			throws ReflectiveOperationException {
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
		}
		Constructor<?> canonical = type.getDeclaredConstructor(types);
		canonical.setAccessible(true);
		try {
			return canonical.newInstance(values);
		}
		catch (InvocationTargetException refused) {
			throw new IllegalStateException(refused.getCause());
		}
	}

}
