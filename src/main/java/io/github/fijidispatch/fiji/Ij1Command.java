package io.github.fijidispatch.fiji;

import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;

import org.scijava.module.Module;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleService;
import org.scijava.module.process.ModulePostprocessor;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginService;

/**
 * The ImageJ 1 plugin behind every command the {@link Ij1Bridge} registers
 * (argument: the module identifier). Reads the values from the macro options
 * or a dialog ({@link Ij1Dialog}, which the macro Recorder records), runs the
 * module through the {@link ModuleService}, shows the result images (the
 * current image of a batch-mode macro) and tables, and puts the status on
 * ImageJ's status bar. A failure shows its message (in a macro: logged, and
 * the macro aborts).
 */
public class Ij1Command implements PlugIn {

	@Override
	public void run(final String identifier) {
		final DispatchCommandService service = Ij1Link.service();
		final ModuleService modules = service.context().service(ModuleService.class);
		final ModuleInfo info = modules.getModuleById(identifier);
		if (info == null) {
			IJ.error("Fiji Dispatch", "no command '" + identifier + "' in this ImageJ");
			return;
		}
		final Map<String, Object> inputs = new Ij1Dialog(info).ask();
		if (inputs == null) return;
		final Module module;
		try {
			// NB: pre-processors only (services, defaults); ImageJ 1 shows the outputs below, not SciJava's display service.
			module = modules.run(info, service.context().service(PluginService.class)
				.createInstancesOfType(PreprocessorPlugin.class), Collections.<ModulePostprocessor> emptyList(), inputs).get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			fail(info, e);
			return;
		}
		catch (final ExecutionException | RuntimeException e) {
			fail(info, e);
			return;
		}
		for (final Object output : module.getOutputs().values())
			show(output);
	}

	private static void show(final Object output) {
		if (output instanceof ImagePlus) ((ImagePlus) output).show();
		else if (output instanceof ResultsTable) ((ResultsTable) output).show("Results");
		else if (output instanceof String) IJ.log((String) output);
	}

	private static void fail(final ModuleInfo info, final Throwable e) {
		final String message = rootMessage(e);
		if (Macro.getOptions() != null || IJ.isMacro()) {
			IJ.log(Ij1Bridge.label(info) + ": " + message);
			Macro.abort();
		}
		else IJ.error(Ij1Bridge.label(info), message);
	}

	/** The innermost message: what the op's validation said. */
	static String rootMessage(final Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t)
			t = t.getCause();
		return t.getMessage() == null ? t.toString() : t.getMessage();
	}
}
