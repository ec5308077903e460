package io.github.fijidispatch.fiji;

import java.util.Locale;

import io.github.fijidispatch.op.Op;

/**
 * The ImageJ 1 menu paths and command labels of the Fiji front, declared once.
 * Op commands live under {@code Plugins > Dispatch > <category> > <label> (Dispatch)};
 * their macro name is the leaf, e.g. {@code run("Gaussian Blur (Dispatch)", "sigma=2")}.
 * The suite's commands name their paths here through {@link PluginsConfig#MENU_ATTRIBUTE};
 * {@link PluginsConfig} turns both into the jar's {@code plugins.config}.
 */
public final class DispatchMenus {

	/** The submenu holding every command of the suite. */
	public static final String ROOT = "Plugins>Dispatch";
	/** Appended to an op's label to form its command (and macro) name. */
	public static final String SUFFIX = " (Dispatch)";

	public static final String OPTIONS_LABEL = "Dispatch Options";
	public static final String PREFERENCES_PATH = "Edit>Options>Dispatch...";
	public static final String BACKENDS_PATH = ROOT + ">Backends...";
	public static final String TRACE_PATH = ROOT + ">Trace";
	public static final String OPTIONS_PATH = ROOT + ">" + OPTIONS_LABEL;

	/** The submenu of the commands that run on OME-Zarr folders, block by block. */
	public static final String ZARR_MENU = ROOT + ">OME-Zarr";
	/** One op, block by block, OME-Zarr in and out ({@code run("Run Op on OME-Zarr...", ...)}). */
	public static final String ZARR_RUN_PATH = ZARR_MENU + ">Run Op on OME-Zarr...";
	/** A pipeline file, block by block, OME-Zarr in and out ({@code run("Run Pipeline on OME-Zarr...", ...)}). */
	public static final String ZARR_PIPELINE_PATH = ZARR_MENU + ">Run Pipeline on OME-Zarr...";
	/** An OME-Zarr image shown as a virtual stack, planes read as they are shown ({@code run("Open OME-Zarr...", ...)}). */
	public static final String ZARR_OPEN_PATH = ZARR_MENU + ">Open OME-Zarr...";

	/** The command that runs the conformance checks on this machine ({@code fiji-dispatch verify} in Fiji). */
	public static final String VERIFY_BACKENDS_PATH = ROOT + ">Verify Backends";

	private DispatchMenus() {
		// NB: constants only
	}

	/** The command label of an op, e.g. {@code Gaussian Blur (Dispatch)}. */
	public static String commandLabel(final Op op) {
		return op.label() + SUFFIX;
	}

	/** The menu path of an op's command. */
	public static String menuPath(final Op op) {
		return ROOT + ">" + op.category() + ">" + commandLabel(op);
	}

	/** The module identifier of an op's command, e.g. {@code dispatch:filter.gauss}. */
	public static String identifier(final String opId) {
		return "dispatch:" + opId.toLowerCase(Locale.ROOT);
	}
}
