package io.github.fijidispatch.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;

import io.github.fijidispatch.files.AtomicFile;

import org.scijava.plugin.Plugin;

/**
 * {@code install-imagej1 DIR}: makes a plain ImageJ 1 installation (the
 * folder holding {@code plugins/}, e.g. the one given to {@code -ijpath})
 * run the suite. The plugin jar goes into {@code DIR/plugins/} (ImageJ 1
 * reads a jar's {@code plugins.config} only there, and only from names with
 * an underscore); the runtime jars ImageJ 1 lacks (SciJava, ImgLib2, CLIJ2
 * and OpenCL bindings) and the headless stand-ins of the two Fiji classes
 * CLIJ2 links against go into {@code DIR/jars/}, which ImageJ's plugin class
 * loader also reads ({@code ij.io.PluginClassLoader}). ImageJ's own
 * {@code ij.jar} is never copied. An older Fiji_Dispatch jar in
 * {@code plugins/} is removed, so that no command is declared twice.
 */
@Plugin(type = Subcommand.class)
public class InstallImageJ1Command implements Subcommand {

	@Override
	public String name() {
		return "install-imagej1";
	}

	@Override
	public String summary() {
		return "installs the suite into a plain ImageJ 1 folder (plugins/ and jars/)";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch install-imagej1 DIR\n" +
			"  DIR  the ImageJ 1 folder (it holds or will hold plugins/); then start ImageJ as\n" +
			"       java -cp ij.jar ij.ImageJ -ijpath DIR   and find the commands under Plugins > Dispatch";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		if (args.size() != 1) throw new IllegalArgumentException("give exactly one folder; " + usage());
		final File dir = new File(args.get(0));
		if (dir.exists() && !dir.isDirectory()) throw new IllegalArgumentException("'" + dir + "' is a file, not a folder");
		final File plugins = new File(dir, "plugins");
		final File jars = new File(dir, "jars");
		final File plugin = BuiltJars.plugin();
		removeOlderReleases(plugins, plugin.getName(), out);
		AtomicFile.copy(plugin.toPath(), new File(plugins, plugin.getName()).toPath());
		int copied = 1;
		for (final File jar : BuiltJars.dependencies()) {
			// NB: ImageJ itself is the host.
			if (jar.getName().matches("ij-[0-9].*\\.jar")) continue;
			AtomicFile.copy(jar.toPath(), new File(jars, jar.getName()).toPath());
			copied++;
		}
		final File headless = BuiltJars.headless();
		AtomicFile.copy(headless.toPath(), new File(jars, headless.getName()).toPath());
		copied++;
		out.println("installed " + copied + " jars: " + new File(plugins, plugin.getName()) + " and " + (copied - 1) +
			" into " + jars);
		out.println("start ImageJ with: java -cp /path/to/ij.jar ij.ImageJ -ijpath " + dir.getAbsolutePath());
		return 0;
	}

	private static void removeOlderReleases(final File plugins, final String keep, final PrintStream out) throws IOException {
		final File[] old = plugins.listFiles((d, n) -> n.startsWith("Fiji_Dispatch-") && n.endsWith(".jar") && !n.equals(keep));
		if (old == null) return;
		for (final File f : old) {
			Files.delete(f.toPath());
			out.println("removed the older " + f);
		}
	}
}
