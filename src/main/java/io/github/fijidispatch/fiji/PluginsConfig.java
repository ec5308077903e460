package io.github.fijidispatch.fiji;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.fijidispatch.op.Op;

import org.scijava.command.Command;
import org.scijava.plugin.PluginInfo;

/**
 * The suite's ImageJ 1 menu entries: the {@code plugins.config} at the root of
 * the plugin jar, the one route by which both real hosts learn our commands.
 * <ul>
 * <li>Plain ImageJ 1 reads {@code plugins.config} from every jar in
 * {@code plugins/} whose name has an underscore ({@code ij.Menus}), and nothing
 * else: no code of ours runs before the first command.</li>
 * <li>Fiji's ImageJ 1 reads it the same way; imagej-legacy then parses every
 * {@code plugins.config} on the class path again ({@code DefaultLegacyHooks.addMenuItem})
 * and skips labels it already has ({@code IJ1Helper.addCommand}), and it adds
 * the {@code Command} plugins that have a menu path
 * ({@code LegacyService.getScriptsAndNonLegacyCommands}, {@code IJ1Helper.addMenuItems}),
 * replacing an ImageJ 1 command of the same label. NB: so none of our
 * {@code Command}s declares a menu path; each names its ImageJ 1 place in the
 * attribute {@value #MENU_ATTRIBUTE} instead, and every label has exactly one
 * route.</li>
 * </ul>
 * Op entries are derived from the op declarations ({@link DispatchMenus}),
 * command entries from the commands' {@code @Plugin} attributes; nothing is
 * kept by hand. Every entry runs {@link Ij1Command} with the SciJava module
 * identifier as its argument.
 */
public final class PluginsConfig {

	/**
	 * The {@code @Plugin} attribute of a suite command holding its ImageJ 1 menu
	 * path with the label as leaf, e.g. {@code Plugins>Dispatch>Trace}.
	 */
	public static final String MENU_ATTRIBUTE = "ij1-menu";

	/** How a SciJava command's module identifier starts; the class name follows. */
	public static final String COMMAND_PREFIX = "command:";

	/** The resource name ImageJ 1 and imagej-legacy look for. */
	public static final String RESOURCE = "plugins.config";

	// NB: the line shape ImageJ 1 and imagej-legacy parse: Menu>Path, "Label", class("argument")
	private static final Pattern LINE = Pattern.compile("^\\s*([^,\"]+),\\s*\"([^\"]+)\",\\s*([\\w.$]+)\\(\"([^\"]*)\"\\)\\s*$");

	/** One menu entry: where, the label (the macro name), and the module it runs. */
	public static final class Entry {

		private final String menu;
		private final String label;
		private final String plugin;
		private final String identifier;

		Entry(final String menu, final String label, final String plugin, final String identifier) {
			this.menu = menu;
			this.label = label;
			this.plugin = plugin;
			this.identifier = identifier;
		}

		/** The parent menu, e.g. {@code Plugins>Dispatch>Filters}. */
		public String menu() {
			return menu;
		}

		/** The command label, e.g. {@code Gaussian Blur (Dispatch)}. */
		public String label() {
			return label;
		}

		/** The ImageJ 1 plugin class that runs it. */
		public String plugin() {
			return plugin;
		}

		/** The SciJava module identifier passed to the plugin. */
		public String identifier() {
			return identifier;
		}

		/** The command-table value ImageJ 1 keeps for the label: {@code class("argument")}. */
		public String command() {
			return plugin + "(\"" + identifier + "\")";
		}

		@Override
		public String toString() {
			return menu + ", \"" + label + "\", " + command();
		}
	}

	private PluginsConfig() {
		// NB: functions only
	}

	/**
	 * The entries for these ops and command plugins: one per op, then one per
	 * command carrying {@value #MENU_ATTRIBUTE}, ordered by menu then label.
	 */
	public static List<Entry> entries(final List<? extends Op> ops, final List<? extends PluginInfo<?>> commands) {
		final List<Entry> entries = new ArrayList<>();
		for (final Op op : ops)
			entries.add(new Entry(parent(DispatchMenus.menuPath(op)), DispatchMenus.commandLabel(op),
				Ij1Command.class.getName(), DispatchMenus.identifier(op.id())));
		for (final PluginInfo<?> info : commands) {
			final String path = info.get(MENU_ATTRIBUTE);
			if (path == null) continue;
			entries.add(new Entry(parent(path), leaf(path), Ij1Command.class.getName(),
				COMMAND_PREFIX + info.getClassName()));
		}
		Collections.sort(entries, Comparator.comparing(Entry::menu).thenComparing(Entry::label));
		return entries;
	}

	/** The file's text: a comment line, then one line per entry. */
	public static String text(final List<Entry> entries) {
		for (final Entry e : entries)
			for (final char c : e.toString().toCharArray())
				// NB: ImageJ 1 reads the file in the platform's charset (cp1252 on Windows with Java 8): ASCII reads alike everywhere.
				if (c > 126) throw new IllegalArgumentException("menu entry '" + e.label() + "' has the non-ASCII character '" + c +
					"'; ImageJ 1 would read it differently on other platforms");
		final StringBuilder sb = new StringBuilder("# Fiji Dispatch: generated from the op declarations at build time; do not edit\n");
		for (final Entry e : entries)
			sb.append(e).append('\n');
		return sb.toString();
	}

	/**
	 * Reads the entries of a {@code plugins.config} text; comment lines are skipped.
	 *
	 * @throws IllegalArgumentException for a line that is not an entry of this shape
	 */
	public static List<Entry> parse(final String text) {
		final List<Entry> entries = new ArrayList<>();
		for (final String line : text.split("\n")) {
			if (line.trim().isEmpty() || line.startsWith("#")) continue;
			final Matcher m = LINE.matcher(line);
			if (!m.matches()) throw new IllegalArgumentException("not a plugins.config entry: " + line);
			entries.add(new Entry(m.group(1).trim(), m.group(2), m.group(3), m.group(4)));
		}
		return entries;
	}

	/** Whether a command plugin declares its ImageJ 1 place. */
	public static boolean isSuiteCommand(final PluginInfo<?> info) {
		return Command.class.isAssignableFrom(info.getPluginType()) && info.get(MENU_ATTRIBUTE) != null;
	}

	private static String parent(final String path) {
		final int cut = path.lastIndexOf('>');
		if (cut <= 0) throw new IllegalArgumentException("menu path '" + path + "' has no parent menu");
		return path.substring(0, cut);
	}

	/** The label of an ImageJ 1 place ({@value #MENU_ATTRIBUTE}'s value): the part after the last {@code >}. */
	static String leaf(final String path) {
		return path.substring(path.lastIndexOf('>') + 1);
	}
}
