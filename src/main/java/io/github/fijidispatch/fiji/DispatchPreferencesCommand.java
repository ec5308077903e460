package io.github.fijidispatch.fiji;

import io.github.fijidispatch.dispatch.DispatchService;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.prefs.PrefService;

/**
 * {@code Edit > Options > Dispatch...}: backend priority, mode, fallback and
 * CLIJ2 device, applied now and saved in the {@link PrefService} so they win
 * over the environment from the next start on (the device takes effect at
 * the next start). {@code forget} removes what was saved.
 */
@Plugin(type = Command.class, menuPath = DispatchMenus.PREFERENCES_PATH, headless = true)
public class DispatchPreferencesCommand implements Command {

	@Parameter
	private DispatchService dispatch;

	@Parameter
	private PrefService prefService;

	@Parameter(label = "priority", required = false, persist = false,
		description = "backend ids, most preferred first, comma-separated (empty: plugin priority)")
	private String priority = "";

	@Parameter(label = "mode", choices = { "auto", "priority", "off" }, persist = false)
	private String mode = "auto";

	@Parameter(label = "fallback", persist = false, description = "run the next backend when the chosen one fails")
	private boolean fallback = true;

	@Parameter(label = "device", required = false, persist = false,
		description = "part of the OpenCL device name for CLIJ2 (empty: CLIJ's choice); used from the next start")
	private String device = "";

	@Parameter(label = "forget", persist = false, description = "forget the saved options instead of saving")
	private boolean forget;

	@Parameter(type = ItemIO.OUTPUT)
	private String settings;

	@Override
	public void run() {
		final DispatchPreferences prefs = new DispatchPreferences(prefService);
		if (forget) {
			prefs.forget();
			settings = "saved Dispatch options forgotten; from the next start the environment and properties apply";
			return;
		}
		settings = new OptionsForm(priority, mode, fallback).applyTo(dispatch.settings());
		prefs.save(dispatch.settings().snapshot(), device);
	}
}
