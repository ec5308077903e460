package io.github.fijidispatch.fiji;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.Menus;

import org.scijava.MenuPath;
import org.scijava.module.ModuleInfo;

/**
 * Our commands in plain ImageJ 1 (no imagej-legacy): each command's label
 * (the leaf of its menu path, e.g. {@code Gaussian Blur (Dispatch)}) goes
 * into ImageJ 1's command table, pointing to {@link Ij1Command} with the
 * module identifier as argument. Macros, {@code IJ.run} and the command
 * finder then reach it. A label that ImageJ 1 already uses for something else
 * is left alone (and reported). Needs AWT: ImageJ 1 builds its command table
 * with its menu bar.
 */
public final class Ij1Bridge {

	private final Map<String, String> installed = new LinkedHashMap<>();
	private final List<String> conflicts = new ArrayList<>();

	/**
	 * Registers the commands.
	 *
	 * @return problems worth a warning (labels already taken), empty when none
	 * @throws IllegalStateException when ImageJ 1's command table cannot be built (no display)
	 */
	public synchronized List<String> install(final List<? extends ModuleInfo> modules) {
		final Hashtable<String, String> table = commandTable();
		for (final ModuleInfo info : modules) {
			final String label = label(info);
			final String target = target(info);
			final Object existing = table.get(label);
			// NB: an equal entry belongs to another context's bridge, which removes it when it ends.
			if (target.equals(existing)) continue;
			if (existing != null) {
				conflicts.add("ImageJ 1 already has a command '" + label + "' (" + existing + "); " + info.getIdentifier() +
					" is not registered under that name");
				continue;
			}
			table.put(label, target);
			installed.put(label, target);
		}
		return Collections.unmodifiableList(new ArrayList<>(conflicts));
	}

	/** Removes the commands this bridge registered (and only those). */
	public synchronized void uninstall() {
		final Hashtable<?, ?> table = Menus.getCommands();
		if (table != null) for (final Map.Entry<String, String> e : installed.entrySet())
			if (e.getValue().equals(table.get(e.getKey()))) table.remove(e.getKey());
		installed.clear();
	}

	/** Label → command-table entry of every registered command. */
	public synchronized Map<String, String> installed() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(installed));
	}

	/** The ImageJ 1 command label of a module: the leaf of its menu path. */
	public static String label(final ModuleInfo info) {
		final MenuPath path = info.getMenuPath();
		return path == null || path.getLeaf() == null ? info.getTitle() : path.getLeaf().getName();
	}

	static String target(final ModuleInfo info) {
		return Ij1Command.class.getName() + "(\"" + info.getIdentifier() + "\")";
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
	 * {@code IJ.init()} (what the first {@code IJ.run} calls); we call it the
	 * same way so that commands exist before any macro runs.
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
