package io.github.fijidispatch.op;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.plugin.PluginService;

/**
 * Javadoc cannot be generated at build time, so this test holds every op's
 * class javadoc to the sentence its {@link Tolerance} produces
 * ({@link Tolerance#sentence()}): the prose cannot drift from the rule the
 * comparisons apply.
 */
class ToleranceJavadocTest {

	private static final Path SOURCES = Paths.get("src/main/java");

	private static Context context;
	private static List<Op> ops;

	@BeforeAll
	static void discoverOps() {
		context = new Context(PluginService.class);
		ops = context.service(PluginService.class).createInstancesOfType(Op.class);
	}

	@AfterAll
	static void dispose() {
		context.dispose();
	}

	@Test
	void everyOpsJavadocStatesTheToleranceItsRuleProduces() throws IOException {
		assertFalse(ops.isEmpty(), "no ops discovered");
		final List<String> problems = new ArrayList<>();
		for (final Op op : ops) {
			final String javadoc = classJavadoc(op.getClass());
			final String sentence = normalise(op.tolerance().sentence());
			if (!javadoc.contains(sentence)) problems.add(op.getClass().getSimpleName() + " (" + op.id() +
				") lacks \"" + sentence + "\"");
			final int stated = count(javadoc, "Tolerance:");
			if (stated != 1) problems.add(op.getClass().getSimpleName() + " states a tolerance " + stated + " times");
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	void theCheckReadsRealJavadoc() throws IOException {
		// NB: guards the test above against passing on an empty extraction
		final String gauss = classJavadoc(io.github.fijidispatch.op.filter.GaussOp.class);
		assertTrue(gauss.startsWith("{@code filter.gauss}: Gaussian blur."), gauss);
	}

	/** The class's javadoc comment, without comment markers, whitespace collapsed. */
	static String classJavadoc(final Class<?> type) throws IOException {
		final Path file = SOURCES.resolve(type.getName().replace('.', '/') + ".java");
		final String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		final int declaration = source.indexOf("class " + type.getSimpleName() + " ");
		if (declaration < 0) throw new AssertionError("no declaration of " + type.getSimpleName() + " in " + file);
		final int start = source.lastIndexOf("/**", declaration);
		final int end = source.indexOf("*/", start);
		if (start < 0 || end > declaration) throw new AssertionError(type.getSimpleName() + " has no class javadoc");
		final StringBuilder text = new StringBuilder();
		for (final String line : source.substring(start + 3, end).split("\n"))
			text.append(line.replaceFirst("^\\s*\\*?\\s?", "")).append(' ');
		return normalise(text.toString());
	}

	private static String normalise(final String s) {
		return s.replaceAll("\\s+", " ").trim();
	}

	private static int count(final String text, final String word) {
		int n = 0;
		for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
			n++;
		return n;
	}
}
