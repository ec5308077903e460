package io.github.fijidispatch.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The built jars: the plugin jar (what the update site ships) holds the
 * plugin index and the suite's classes but never the headless stand-ins,
 * which would shadow Fiji's real classes; the stand-ins are in their own
 * classifier jar.
 */
class PluginJarIT {

	private static List<String> entries(final String property) throws IOException {
		final File file = new File(System.getProperty(property, "missing"));
		assertTrue(file.isFile(), "built jar not found: " + file);
		final List<String> names = new ArrayList<>();
		try (JarFile jar = new JarFile(file)) {
			for (final JarEntry e : Collections.list(jar.entries()))
				names.add(e.getName());
		}
		return names;
	}

	@Test
	void pluginJarHasNoHeadlessStandIns() throws IOException {
		final List<String> names = entries("fiji.dispatch.jar");
		assertFalse(names.contains("fiji/util/gui/GenericDialogPlus.class"), "GenericDialogPlus stand-in leaked into the plugin jar");
		assertFalse(names.contains("net/imagej/ImageJService.class"), "ImageJService stand-in leaked into the plugin jar");
		for (final String n : names)
			assertTrue(n.startsWith("io/github/fijidispatch/") || n.startsWith("META-INF/") || "io/github/fijidispatch/".startsWith(n),
				"foreign entry in the plugin jar: " + n);
	}

	@Test
	void pluginJarHasThePluginIndex() throws IOException {
		final List<String> names = entries("fiji.dispatch.jar");
		assertTrue(names.contains("META-INF/json/org.scijava.plugin.Plugin"), "annotation index missing: plugins would be silently absent");
		assertTrue(names.contains("io/github/fijidispatch/dispatch/DefaultDispatchService.class"));
	}

	@Test
	void headlessJarHoldsExactlyTheStandIns() throws IOException {
		final List<String> classes = new ArrayList<>();
		for (final String n : entries("fiji.dispatch.headless.jar"))
			if (n.endsWith(".class")) classes.add(n);
		Collections.sort(classes);
		assertTrue(classes.contains("fiji/util/gui/GenericDialogPlus.class"), classes.toString());
		assertTrue(classes.contains("net/imagej/ImageJService.class"), classes.toString());
		assertTrue(classes.size() == 2, "only the two stand-ins: " + classes);
	}
}
