package io.github.fijidispatch.build;

import ij.IJ;
import ij.WindowManager;
import ij.plugin.frame.Recorder;

/**
 * Test instrument on the class path of the real ImageJ 1 in {@link RealImageJ1IT}
 * (not in its plugins folder): runs a command with the Recorder on, as a
 * user's click would be recorded, and returns the macro line it wrote.
 * NB: only ImageJ classes; the suite itself is reached through ImageJ's
 * command table, as a user reaches it.
 */
public final class RecorderProbe {

	private RecorderProbe() {
		// NB: static entry point for the macro's call(...)
	}

	public static String record(final String command, final String options) {
		final Recorder recorder = new Recorder(false);
		Recorder.record = true;
		Recorder.recordInMacros = true;
		try {
			IJ.run(WindowManager.getCurrentImage(), command, options);
		}
		finally {
			Recorder.record = false;
			Recorder.recordInMacros = false;
		}
		return recorder.getText().trim();
	}
}
