package nl.regie.platform.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regie.platform.input.ControlCharacters;

import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form that does not convert keeps a form object with what converted, and the refusal
 * with the typed text.
 */
class FormBindingTest {

	record Person(String name, LocalDate born, Kind kind) {
	}

	record Intake(String reason, Person person, List<Person> members) {
	}

	enum Kind {

		ADULT, CHILD

	}

	@Test
	void aValueThatDoesNotConvertKeepsTheFormWithTheTypedText() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		request.addParameter("reason", "zorgen");
		request.addParameter("person.name", "Sanne");
		request.addParameter("person.born", "12-04-1989");
		request.addParameter("person.kind", "NIET");
		request.addParameter("members[0].name", "Bas");

		BindingResult result = bind(request);

		assertThat(result.getTarget()).isInstanceOf(Intake.class);
		Intake intake = (Intake) result.getTarget();
		assertThat(intake.reason()).isEqualTo("zorgen");
		assertThat(intake.person().name()).isEqualTo("Sanne");
		assertThat(result.getFieldValue("person.born")).isEqualTo("12-04-1989");
		assertThat(result.getFieldError("person.born").getCode()).isEqualTo("typeMismatch");
		assertThat(result.getFieldError("person.kind").getCode()).isEqualTo("typeMismatch");
		assertThat(result.getFieldValue("reason")).isEqualTo("zorgen");
	}

	@Test
	void anEmptyPostGivesEmptyParts() {
		BindingResult result = bind(new MockHttpServletRequest("POST", "/x"));

		Intake intake = (Intake) result.getTarget();
		assertThat(intake.person()).isNotNull();
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void controlCharactersAreRefusedPerField() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
		request.addParameter("reason", "a\u0000b");
		request.addParameter("person.name", "Sanne");

		BindingResult result = bind(request);

		assertThat(result.getFieldError("reason").getCode()).isEqualTo(ControlCharacters.CODE);
		assertThat(result.getFieldValue("reason")).isEqualTo("ab");
		assertThat(result.getFieldValue("person.name")).isEqualTo("Sanne");
	}

	private static BindingResult bind(MockHttpServletRequest request) {
		FormBinding.TypedValuesBinder binder = new FormBinding.TypedValuesBinder(null, "intake");
		binder.setTargetType(ResolvableType.forClass(Intake.class));
		binder.setConversionService(new DefaultFormattingConversionService());
		binder.construct(request);
		return binder.getBindingResult();
	}

}
