package io.github.fijidispatch.fiji;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.conformance.ConformanceReport;
import io.github.fijidispatch.conformance.ConformanceRunner;
import io.github.fijidispatch.dispatch.DispatchService;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Plugins > Dispatch > Verify Backends}: runs the conformance kit on
 * this machine — every op's seeded cases on each available backend, compared
 * with the reference within the op's tolerance — and lists per op and
 * backend whether it agrees (max error), differs, declined (reason) or
 * failed. How a user learns whether their GPU driver gives right answers;
 * the same checks as {@code fiji-dispatch verify}.
 */
@Plugin(type = Command.class, headless = true,
	attrs = @Attr(name = PluginsConfig.MENU_ATTRIBUTE, value = DispatchMenus.VERIFY_BACKENDS_PATH))
public class VerifyBackendsCommand implements Command {

	@Parameter
	private DispatchService dispatch;

	@Parameter(required = false)
	private StatusService status;

	@Parameter(label = "Backends (comma-separated; empty = all available)", required = false)
	private String backends = "";

	@Parameter(type = ItemIO.OUTPUT)
	private ResultsTable report;

	@Parameter(type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		final ConformanceRunner runner = new ConformanceRunner(dispatch);
		final List<String> ids = backends == null || backends.trim().isEmpty() ? runner.availableBackends()
			: Arrays.asList(backends.trim().split("\\s*,\\s*"));
		for (final String id : ids)
			if (dispatch.backend(id) == null) throw new IllegalArgumentException("Verify Backends: unknown backend '" + id +
				"'; installed: " + runner.availableBackends());
		if (status != null) status.showStatus("Verifying " + String.join(", ", ids) + " against the reference...");
		final ConformanceReport result = runner.run(ids);
		report = table(result);
		summary = result.summary();
		if (status != null) status.showStatus(summary);
		if (!GraphicsEnvironment.isHeadless()) report.show("Dispatch Verification");
	}

	@SuppressWarnings("unchecked")
	private static ResultsTable table(final ConformanceReport result) {
		final ResultsTable rt = new ResultsTable();
		rt.showRowNumbers(false);
		for (final Object entry : (List<Object>) result.toMap().get("results")) {
			rt.incrementCounter();
			for (final Map.Entry<String, Object> e : ((Map<String, Object>) entry).entrySet()) {
				if (e.getValue() instanceof Number) rt.addValue(e.getKey(), ((Number) e.getValue()).doubleValue());
				else rt.addValue(e.getKey(), String.valueOf(e.getValue()));
			}
		}
		return rt;
	}
}
