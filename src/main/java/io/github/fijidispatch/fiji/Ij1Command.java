package io.github.fijidispatch.fiji;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import ij.plugin.filter.Analyzer;

import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.MenuPath;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleException;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleService;
import org.scijava.module.process.InitPreprocessor;
import org.scijava.module.process.ModulePostprocessor;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.module.process.ServicePreprocessor;
import org.scijava.plugin.PluginService;

/**
 * The ImageJ 1 plugin behind every entry of the jar's {@code plugins.config}
 * ({@link PluginsConfig}; argument: the SciJava module identifier). Finds the
 * serving context ({@link Ij1Host}), creates the module and lets it
 * initialise (so that an options dialog opens with the settings in effect),
 * reads the values from the macro options or a dialog ({@link Ij1Dialog},
 * which the macro Recorder records), runs the module, shows the result images
 * (the current image of a batch-mode macro) and tables, and puts the status
 * on ImageJ's status bar. A failure shows its message the way ImageJ's own
 * commands do ({@code IJ.error}) and is recorded on the command service.
 */
public class Ij1Command implements PlugIn {

	@Override
	public void run(final String identifier) {
		final Thread thread = Thread.currentThread();
		final ClassLoader previous = thread.getContextClassLoader();
		// NB: SciJava loads command classes through the thread's loader; plain ImageJ 1 loads ours through its own.
		thread.setContextClassLoader(Ij1Command.class.getClassLoader());
		DispatchCommandService service = null;
		try {
			service = Ij1Host.service();
			run(service, identifier);
		}
		catch (final RuntimeException | LinkageError e) {
			// NB: a LinkageError here is a jar missing from the installation; its message names the class.
			fail(service, identifier, e);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static void run(final DispatchCommandService service, final String identifier) {
		final Context context = service.context();
		final ModuleService modules = context.service(ModuleService.class);
		final ModuleInfo info = find(service, identifier);
		if (info == null) throw new IllegalStateException("no command '" + identifier + "' in this ImageJ's Fiji Dispatch");
		// NB: not ModuleService.createModule, which first instantiates every singleton plugin (every script language).
		final Module module;
		try {
			module = info.createModule();
		}
		catch (final ModuleException e) {
			throw new IllegalStateException("cannot create the command " + identifier + ": " + rootMessage(e), e);
		}
		context.inject(module);
		// NB: a failure then cancels with its message: SciJava would log a thrown one with its stack trace.
		final Object failing = module instanceof FailsByCancelling ? module : module.getDelegateObject();
		if (failing instanceof FailsByCancelling) ((FailsByCancelling) failing).cancelOnFailure();
		final List<PreprocessorPlugin> later = new ArrayList<>();
		for (final PreprocessorPlugin p : context.service(PluginService.class).createInstancesOfType(PreprocessorPlugin.class)) {
			// NB: services and initialisers before the dialog, the rest (none of them shows UI for resolved inputs) after.
			if (p instanceof ServicePreprocessor || p instanceof InitPreprocessor) p.process(module);
			else later.add(p);
		}
		// NB: the module's own info: a DynamicCommand's choices are set on it by its initializer.
		final Map<String, Object> inputs = new Ij1Dialog(module.getInfo(), module).ask();
		if (inputs == null) return;
		if (module.getDelegateObject() instanceof NamesAnOp && !askOpParameters(service, inputs)) return;
		final Module done;
		try {
			done = modules.run(module, later, new ArrayList<ModulePostprocessor>(), inputs).get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
		catch (final ExecutionException e) {
			throw new IllegalStateException(rootMessage(e), e);
		}
		// NB: a command that refuses its input cancels with the reason (SciJava's way, logged without a stack trace).
		if (done instanceof Cancelable && ((Cancelable) done).isCanceled()) {
			final String reason = ((Cancelable) done).getCancelReason();
			if (reason == null) return;
			throw new IllegalArgumentException(reason);
		}
		for (final Object output : done.getOutputs().values())
			show(output);
	}

	/**
	 * The second dialog of a {@link NamesAnOp} command: the named op's parameter form, its values put into the
	 * input {@value NamesAnOp#PARAMETERS}.
	 *
	 * @return {@code false} when cancelled
	 */
	private static boolean askOpParameters(final DispatchCommandService service, final Map<String, Object> inputs) {
		final Object opId = inputs.get(NamesAnOp.OP);
		final OpModuleInfo opInfo = service.opCommand(opId == null ? "" : opId.toString().trim());
		final Map<String, Object> parameters = new Ij1Dialog(opInfo, opInfo.createModule()).askParameters();
		if (parameters == null) return false;
		// NB: a blank value means "use the declared default", as in the op's own command.
		final Map<String, Object> given = new LinkedHashMap<>();
		for (final Map.Entry<String, Object> e : parameters.entrySet())
			if (e.getValue() != null && !(e.getValue() instanceof String && ((String) e.getValue()).trim().isEmpty()))
				given.put(e.getKey(), e.getValue());
		inputs.put(NamesAnOp.PARAMETERS, given);
		return true;
	}

	/**
	 * NB: not {@code ModuleService.getModuleById}, which first indexes every
	 * script in the scripts folders and so instantiates every script language.
	 */
	static ModuleInfo find(final DispatchCommandService service, final String identifier) {
		if (identifier.startsWith(PluginsConfig.COMMAND_PREFIX))
			return service.context().service(CommandService.class).getCommand(identifier.substring(PluginsConfig.COMMAND_PREFIX.length()));
		for (final OpModuleInfo info : service.opCommands())
			if (info.getIdentifier().equals(identifier)) return info;
		// NB: an identifier made from a renamed op's former id (an older plugins.config, a macro's runPlugIn):
		// the op's command, and the deprecation warning once.
		for (final OpModuleInfo info : service.opCommands())
			for (final String former : info.op().deprecatedIds())
				if (DispatchMenus.identifier(former).equals(identifier)) return service.opCommand(former);
		return null;
	}

	private static void show(final Object output) {
		if (output instanceof ImagePlus) ((ImagePlus) output).show();
		else if (output instanceof ResultsTable) {
			// NB: show("Results") makes a table the system one only when a Results window exists, never under -batch;
			// a macro's nResults and getResult read the system table.
			Analyzer.setResultsTable((ResultsTable) output);
			((ResultsTable) output).show("Results");
		}
		else if (output instanceof String) IJ.log((String) output);
	}

	/** Reports a failure of the command {@code identifier} under its ImageJ 1 label ({@link Ij1Failure}). */
	private static void fail(final DispatchCommandService service, final String identifier, final Throwable e) {
		Ij1Failure.report(service, commandName(service, identifier), FailureMessages.of(e));
	}

	/**
	 * The failed command as the user called it: its menu label (the macro's {@code run} name), else its identifier
	 * (no serving context, or a command this installation does not have).
	 */
	private static String commandName(final DispatchCommandService service, final String identifier) {
		if (service == null) return identifier;
		try {
			final ModuleInfo info = find(service, identifier);
			return info == null ? identifier : label(info);
		}
		catch (final RuntimeException e) {
			return identifier;
		}
	}

	/**
	 * The ImageJ 1 command label of a module: the leaf of its ImageJ 1 place ({@link PluginsConfig#MENU_ATTRIBUTE},
	 * a suite command's), else of its menu path (an op's), else its title.
	 */
	static String label(final ModuleInfo info) {
		final String place = info.get(PluginsConfig.MENU_ATTRIBUTE);
		if (place != null) return PluginsConfig.leaf(place);
		final MenuPath path = info.getMenuPath();
		return path == null || path.getLeaf() == null ? info.getTitle() : path.getLeaf().getName();
	}

	/** The innermost message: what the op's validation said. */
	static String rootMessage(final Throwable e) {
		final Throwable t = FailureMessages.root(e);
		return t.getMessage() == null ? t.toString() : t.getMessage();
	}
}
