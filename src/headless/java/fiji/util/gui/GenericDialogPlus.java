package fiji.util.gui;

import ij.gui.GenericDialog;

/**
 * Headless stand-in for fiji-lib's {@code GenericDialogPlus}, which every
 * CLIJ2 op class refers to in its dialog code. The dispatch suite never shows
 * CLIJ2 dialogs; this class exists only so that CLIJ2's classes link outside
 * Fiji. It lives in the {@code headless} classifier jar and must never reach
 * the plugin jar or the update site: in Fiji the real class exists, and a
 * shadowing copy would break every plugin that uses it.
 */
public class GenericDialogPlus extends GenericDialog {

	private static final long serialVersionUID = 1L;

	public GenericDialogPlus(final String title) {
		super(title);
	}
}
