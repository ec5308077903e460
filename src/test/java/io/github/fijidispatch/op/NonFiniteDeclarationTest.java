package io.github.fijidispatch.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;

/**
 * Every op declares its non-finite rule ({@link Op#nonFinite()}) and its
 * javadoc states the sentence derived from that declaration word for word, so
 * that the contract a reader sees, the README's op table (generated from the
 * same declaration) and the conformance oracle cannot drift apart.
 */
class NonFiniteDeclarationTest {

	private static final Path SOURCES = Paths.get("src", "main", "java");
	private static final Pattern CLASS_JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/\\s*@Plugin", Pattern.DOTALL);

	@Test
	void everyOpsJavadocStatesTheSentenceOfItsDeclaredRule() throws IOException {
		final List<String> missing = new ArrayList<>();
		for (final Op op : ops()) {
			final String javadoc = classJavadoc(op.getClass());
			if (!javadoc.contains(op.nonFinite().sentence())) missing.add(op.id() + " (" + op.getClass().getSimpleName() +
				") should state: " + op.nonFinite().sentence());
		}
		assertTrue(missing.isEmpty(), String.join("\n", missing));
	}

	@Test
	void theSentenceSaysWhatAnAllNanUnitGives() {
		for (final Op op : ops()) {
			final String s = op.nonFinite().sentence();
			assertTrue(s.contains("NaN only gives NaN") || s.contains("all-NaN"), op.id() + ": " + s);
		}
		assertEquals("Non-finite pixels: NaN is no data and is skipped, ±Inf are ordinary ordered values, and an image " +
			"of NaN only gives NaN.", NonFinite.noData("image").sentence());
	}

	@Test
	void theCatalogsOrderStatisticsAndReductionsSkipNanAndItsArithmeticPropagatesIt() {
		// NB: the lists of OPS.md, "Non-finite pixels"
		for (final Op op : ops()) {
			final String id = op.id();
			final NonFinite.Rule rule = op.nonFinite().rule();
			if (id.matches("filter\\.(min|max|median|tophat)|project\\..*|measure\\.stats|label\\.measure"))
				assertEquals(NonFinite.Rule.NO_DATA, rule, id);
			else if (id.matches("filter\\.(gauss|dog|sobel|mean|variance)|math\\..*|metrics\\..*|transform\\..*"))
				assertEquals(NonFinite.Rule.IEEE, rule, id);
			else if (id.startsWith("threshold.")) assertEquals(NonFinite.Rule.NAN_BACKGROUND, rule, id);
			else if (id.startsWith("morphology.") || id.equals("label.components"))
				assertEquals(NonFinite.Rule.NAN_FOREGROUND, rule, id);
			else assertEquals("convert.type", id, "an op the catalog's non-finite lists do not name: " + id);
		}
	}

	private static List<Op> ops() {
		final Context context = new Context(PluginService.class);
		try {
			final List<Op> ops = new ArrayList<>();
			for (final PluginInfo<Op> info : context.service(PluginService.class).getPluginsOfType(Op.class))
				ops.add(context.service(PluginService.class).createInstance(info));
			assertFalse(ops.isEmpty(), "no ops found");
			return ops;
		}
		finally {
			context.dispose();
		}
	}

	/** The class's javadoc as one line of text: the comment markers dropped, whitespace collapsed. */
	private static String classJavadoc(final Class<?> c) throws IOException {
		final Path file = SOURCES.resolve(c.getName().replace('.', '/') + ".java");
		final String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		final Matcher m = CLASS_JAVADOC.matcher(source);
		if (!m.find()) return "";
		return m.group(1).replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\s+", " ");
	}
}
