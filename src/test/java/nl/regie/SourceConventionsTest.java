package nl.regie;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conventions the formatter cannot check: a class is named by its import, never by its
 * fully qualified name in the middle of the code (package-info files excepted: their
 * annotations precede any import).
 */
class SourceConventionsTest {

	private static final Pattern QUALIFIED_NAME = Pattern
		.compile("(?<![\\w.\"])(?:java|javax|jakarta|org|nl|com)(?:\\.[a-z][a-z0-9]*)+\\.[A-Z]\\w*");

	@Test
	void codeNamesClassesByTheirImportNotByTheirFullName() throws IOException {
		assertThat(inlineQualifiedNames(Path.of("src/main/java"))).isEmpty();
		assertThat(inlineQualifiedNames(Path.of("src/test/java"))).isEmpty();
		assertThat(inlineQualifiedNames(Path.of("bench/src/main/java"))).isEmpty();
	}

	private static List<String> inlineQualifiedNames(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.endsWith("package-info.java"))
				.flatMap(SourceConventionsTest::offendingLines)
				.toList();
		}
	}

	private static Stream<String> offendingLines(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.stream()
				.filter(line -> !isDeclarationOrComment(line.strip()))
				.filter(line -> QUALIFIED_NAME.matcher(line).find())
				.map(line -> file + ": " + line.strip());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isDeclarationOrComment(String line) {
		return line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")
				|| line.startsWith("/*") || line.startsWith("//");
	}

}
