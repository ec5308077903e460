package io.github.fijidispatch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.fijidispatch.fiji.PluginsConfig;

import org.junit.jupiter.api.Test;

/**
 * The built jars: the plugin jar (what the update site ships) holds the
 * plugin index and the suite's classes but never the headless stand-ins,
 * which would shadow Fiji's real classes, nor the command-line artifact
 * (command line, benchmark peers and charts, update-site tooling, headless
 * script adapters), which Fiji does not need; each is in its own classifier
 * jar with its own plugin index.
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

	/** The classes the issue names (#13), by where they must be, so that a move back fails here by name. */
	private static final String[] COMMAND_LINE_ONLY = { "io/github/fijidispatch/bench/Ij1Peer.class",
		"io/github/fijidispatch/bench/BenchChart.class", "io/github/fijidispatch/bench/BenchRunner.class",
		"io/github/fijidispatch/fiji/site/MakeUpdateSite.class", "io/github/fijidispatch/fiji/site/SiteDatabase.class",
		"io/github/fijidispatch/fiji/site/SiteInstallation.class", "io/github/fijidispatch/fiji/site/GeneratePluginsConfig.class",
		"io/github/fijidispatch/fiji/script/GroovyScriptLanguage.class",
		"io/github/fijidispatch/fiji/script/PythonScriptLanguage.class", "io/github/fijidispatch/cli/Main.class" };

	private static final List<String> COMMAND_LINE_PACKAGES = Arrays.asList("io/github/fijidispatch/cli/",
		"io/github/fijidispatch/bench/", "io/github/fijidispatch/fiji/site/", "io/github/fijidispatch/fiji/script/");

	@Test
	void pluginJarHasNoCommandLineClasses() throws IOException {
		final List<String> plugin = entries("fiji.dispatch.jar");
		final List<String> cli = entries("fiji.dispatch.cli.jar");
		for (final String name : COMMAND_LINE_ONLY) {
			assertFalse(plugin.contains(name), name + " is in the plugin jar");
			assertTrue(cli.contains(name), name + " is missing from the command-line jar");
		}
		final Set<String> cliPackages = new TreeSet<>();
		for (final String n : cli)
			if (n.endsWith(".class")) cliPackages.add(n.substring(0, n.lastIndexOf('/') + 1));
		assertEquals(new TreeSet<>(Arrays.asList("io/github/fijidispatch/cli/", "io/github/fijidispatch/cli/demo/",
			"io/github/fijidispatch/bench/", "io/github/fijidispatch/fiji/site/", "io/github/fijidispatch/fiji/script/")),
			cliPackages, "the command-line jar's packages");
		for (final String n : plugin) {
			for (final String pkg : cliPackages)
				assertFalse(n.startsWith(pkg), "command-line class in the plugin jar: " + n);
			for (final String pkg : COMMAND_LINE_PACKAGES)
				assertFalse(n.startsWith(pkg), "command-line package in the plugin jar: " + n);
		}
		assertTrue(plugin.contains("io/github/fijidispatch/ij/ImageFiles.class"), "ImageJ 1 file I/O is plugin code");
	}

	/** Each jar's SciJava index names only classes of that jar: a dangling entry is an error in every Fiji start. */
	@Test
	void eachPluginIndexNamesOnlyItsOwnClasses() throws IOException {
		final List<String> pluginIndexed = indexed("fiji.dispatch.jar");
		final List<String> cliIndexed = indexed("fiji.dispatch.cli.jar");
		assertTrue(pluginIndexed.contains("io.github.fijidispatch.dispatch.DefaultDispatchService"), pluginIndexed.toString());
		assertTrue(cliIndexed.contains("io.github.fijidispatch.fiji.script.GroovyScriptLanguage"), cliIndexed.toString());
		assertTrue(cliIndexed.contains("io.github.fijidispatch.cli.RunCommand"), cliIndexed.toString());
		final List<String> plugin = entries("fiji.dispatch.jar");
		for (final String c : pluginIndexed)
			assertTrue(plugin.contains(c.replace('.', '/') + ".class"), "the plugin jar indexes a class it lacks: " + c);
		final List<String> cli = entries("fiji.dispatch.cli.jar");
		for (final String c : cliIndexed)
			assertTrue(cli.contains(c.replace('.', '/') + ".class"), "the command-line jar indexes a class it lacks: " + c);
	}

	private static List<String> indexed(final String property) throws IOException {
		final List<String> classes = new ArrayList<>();
		final Matcher m = Pattern.compile("\"class\":\"([^\"]+)\"").matcher(text(property, "META-INF/json/org.scijava.plugin.Plugin"));
		while (m.find())
			classes.add(m.group(1));
		return classes;
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
			assertEquals(dispatch.ops().size() + 8, declared.size(), "37 ops and Backends, Trace, Dispatch Options, " +
				"Edit>Options>Dispatch, Verify Backends, Run Op on OME-Zarr, Run Pipeline on OME-Zarr, Open OME-Zarr: " +
				declared);
			assertTrue(labels.contains("Run Op on OME-Zarr...") && labels.contains("Run Pipeline on OME-Zarr...") && labels
				.contains("Open OME-Zarr..."), "the OME-Zarr commands: " + labels);
		}
		for (final String line : text("fiji.dispatch.jar", "META-INF/json/org.scijava.plugin.Plugin").split("\n"))
			if (line.contains("\"org.scijava.command.Command\"")) {
				assertFalse(line.contains("\"menuPath\"") || line.contains("\"menu\""), "a Command with a menu path: " + line);
			}
	}
}
