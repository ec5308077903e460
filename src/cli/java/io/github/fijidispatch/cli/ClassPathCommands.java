package io.github.fijidispatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;

import io.github.fijidispatch.fiji.Ij1Command;
import io.github.fijidispatch.fiji.PluginsConfig;
import ij.IJ;
import ij.Menus;

/**
 * For the command line's {@code macro} harness only: the suite's entries of
 * the {@code plugins.config} on the class path go into ImageJ 1's command
 * table, as imagej-legacy does for class-path {@code plugins.config}s
 * ({@code DefaultLegacyHooks.addMenuItem}: a label already taken is kept). The
 * real hosts read the same file from the jar themselves; this is the harness's
 * stand-in for a {@code plugins/} folder. Needs AWT: ImageJ 1 builds its
 * command table with its menu bar.
 */
public final class ClassPathCommands {

	private ClassPathCommands() {
		// NB: functions only
	}

	/**
	 * Registers the entries; returns the labels registered.
	 *
	 * @throws IllegalStateException when there is no {@code plugins.config} of ours or no command table (no display)
	 */
	public static List<String> install() throws IOException {
		final Hashtable<String, String> table = commandTable();
		final List<String> installed = new ArrayList<>();
		for (final PluginsConfig.Entry e : entries()) {
			if (table.containsKey(e.label())) continue;
			table.put(e.label(), e.command());
			installed.add(e.label());
		}
		return installed;
	}

	private static List<PluginsConfig.Entry> entries() throws IOException {
		final List<PluginsConfig.Entry> ours = new ArrayList<>();
		for (final URL url : Collections.list(ClassPathCommands.class.getClassLoader().getResources(PluginsConfig.RESOURCE))) {
			final String text;
			try (InputStream in = url.openStream()) {
				text = new String(readAll(in), StandardCharsets.UTF_8);
			}
			// NB: other jars' files (CLIJ2's) have other shapes; only the file that names our plugin is ours.
			if (!text.contains(Ij1Command.class.getName())) continue;
			ours.addAll(PluginsConfig.parse(text));
		}
		if (ours.isEmpty()) throw new IllegalStateException("no plugins.config of Fiji Dispatch on the class path: " +
			"the build step GeneratePluginsConfig did not run (rebuild with scripts/fiji-dispatch)");
		return ours;
	}

	private static byte[] readAll(final InputStream in) throws IOException {
		final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		final byte[] buffer = new byte[8192];
		for (int n; (n = in.read(buffer)) > 0;)
			out.write(buffer, 0, n);
		return out.toByteArray();
	}

	@SuppressWarnings("unchecked")
	private static Hashtable<String, String> commandTable() {
		if (Menus.getCommands() == null) buildCommandTable();
		final Hashtable<String, String> table = Menus.getCommands();
		if (table == null) throw new IllegalStateException("ImageJ 1 has no command table");
		return table;
	}

	/**
	 * NB: ImageJ 1 builds its command table in the package-private
	 * {@code IJ.init()} (what the first {@code IJ.run} calls); it is called the
	 * same way so that the commands exist before the macro runs.
	 */
	private static void buildCommandTable() {
		try {
			final Method init = IJ.class.getDeclaredMethod("init");
			init.setAccessible(true);
			init.invoke(null);
		}
		catch (final ReflectiveOperationException e) {
			final Throwable cause = e.getCause() == null ? e : e.getCause();
			throw new IllegalStateException("ImageJ 1 could not build its command table (" + cause +
				"); plain ImageJ 1 needs a display: run under xvfb-run", cause);
		}
	}
}
