package io.github.fijidispatch.fiji;

import java.util.List;

import org.scijava.service.SciJavaService;

/**
 * The Fiji front of dispatch: at start-up it registers one SciJava module per
 * op (derived from the op declarations) with the {@code ModuleService} and
 * applies the options the user saved. ImageJ 1 reaches the modules through
 * the jar's {@code plugins.config} and {@link Ij1Command}, e.g. a macro's
 * {@code run("Gaussian Blur (Dispatch)", "sigma=2")}.
 */
public interface DispatchCommandService extends SciJavaService {

	/** The op commands, one per op, ordered by op id. */
	List<OpModuleInfo> opCommands();

	/**
	 * The command of an op, by its id or a deprecated former id (which warns
	 * once, as every surface that takes an op id does).
	 *
	 * @throws IllegalArgumentException for an unknown op id, listing the known ones
	 */
	OpModuleInfo opCommand(String opId);

	/** Runs ops on ImageJ 1 images (what every op command does). */
	ImagePlusCall imagePlusCall();

	/** The backend preference macros set for later commands. */
	MacroPreference macroPreference();

	/** Whether imagej-legacy serves ImageJ 1 here (Fiji), which mirrors SciJava's status to ImageJ's status bar. */
	boolean isLegacyActive();

	/** Shows a command's one-line status on the status bar (SciJava's, and ImageJ 1's when it runs alone). */
	void showStatus(String message);

	/**
	 * Records that a command run from ImageJ 1 failed (bounded: the latest 100 are kept).
	 *
	 * @param command the command as the user called it: its menu label, else its identifier
	 */
	void commandFailed(String command, String message);

	/** The recorded command failures, oldest first, as {@code command: message}. */
	List<String> commandFailures();
}
