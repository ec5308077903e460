package io.github.fijidispatch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import io.github.fijidispatch.fiji.PluginsConfig;

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
			assertTrue(n.startsWith("io/github/fijidispatch/") || n.startsWith("META-INF/") || "io/github/fijidispatch/".startsWith(n) ||
				n.equals("plugins.config"),
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

	private static String text(final String property, final String entry) throws IOException {
		try (JarFile jar = new JarFile(new File(System.getProperty(property)))) {
			final JarEntry e = jar.getJarEntry(entry);
			assertTrue(e != null, entry + " missing from the jar");
			try (java.io.InputStream in = jar.getInputStream(e)) {
				return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
	}

	/**
	 * The one route into ImageJ 1's menus in both hosts: the jar's
	 * plugins.config names every op and suite command once and is what the
	 * declarations say now (a stale file fails here); no SciJava Command of the
	 * jar has a menu path, which imagej-legacy would add as a second route
	 * (LegacyService.getScriptsAndNonLegacyCommands, IJ1Helper.addMenuItems).
	 */
	@Test
	void pluginsConfigIsTheOnlyRouteAndCoversEveryCommandOnce() throws IOException {
		final List<PluginsConfig.Entry> declared = PluginsConfig.parse(text("fiji.dispatch.jar", "plugins.config"));
		final java.util.Set<String> labels = new java.util.HashSet<>();
		for (final PluginsConfig.Entry e : declared)
			assertTrue(labels.add(e.label()), "label declared twice: " + e.label());
		try (org.scijava.Context context = new org.scijava.Context(io.github.fijidispatch.dispatch.DispatchService.class)) {
			final io.github.fijidispatch.dispatch.DispatchService dispatch = context.service(io.github.fijidispatch.dispatch.DispatchService.class);
			final List<org.scijava.plugin.PluginInfo<?>> commands = new ArrayList<>();
			for (final org.scijava.plugin.PluginInfo<org.scijava.command.Command> info : context.service(
				org.scijava.plugin.PluginService.class).getPluginsOfType(org.scijava.command.Command.class))
				if (PluginsConfig.isSuiteCommand(info)) commands.add(info);
			assertEquals(PluginsConfig.entries(dispatch.ops(), commands).toString(), declared.toString(),
				"the jar's plugins.config is stale");
			for (final io.github.fijidispatch.op.Op op : dispatch.ops())
				assertTrue(labels.contains(io.github.fijidispatch.fiji.DispatchMenus.commandLabel(op)), op.id());
			assertEquals(dispatch.ops().size() + 5, declared.size(), "37 ops and Backends, Trace, Dispatch Options, " +
				"Edit>Options>Dispatch, Verify Backends: " + declared);
		}
		for (final String line : text("fiji.dispatch.jar", "META-INF/json/org.scijava.plugin.Plugin").split("\n"))
			if (line.contains("\"org.scijava.command.Command\"")) {
				assertFalse(line.contains("\"menuPath\"") || line.contains("\"menu\""), "a Command with a menu path: " + line);
			}
	}
}
