package io.github.fijidispatch.fiji;

import java.awt.GraphicsEnvironment;

import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchService;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Plugins > Dispatch > Trace}: the recent dispatch records as a table
 * "Dispatch Trace" (one row per call: op, backend, mode, why, times,
 * transfers, fallback), oldest first; shown when there is a display.
 */
@Plugin(type = Command.class, headless = true,
	attrs = @Attr(name = PluginsConfig.MENU_ATTRIBUTE, value = DispatchMenus.TRACE_PATH))
public class TraceCommand implements Command {

	@Parameter
	private DispatchService dispatch;

	@Parameter(type = ItemIO.OUTPUT)
	private ResultsTable trace;

	@Override
	public void run() {
		trace = new ResultsTable();
		trace.showRowNumbers(false);
		for (final CallRecord r : dispatch.trace().records()) {
			trace.incrementCounter();
			trace.addValue("call", r.sequence());
			trace.addValue("op", r.opId());
			trace.addValue("backend", r.backendId() == null ? "failed" : r.backendId());
			trace.addValue("mode", r.decision().mode().id());
			trace.addValue("why", r.decision().rationale());
			trace.addValue("compute ms", r.computeNanos() / 1e6);
			trace.addValue("transfer ms", r.transferNanos() / 1e6);
			trace.addValue("uploads", r.uploads());
			trace.addValue("downloads", r.downloads());
			trace.addValue("fallback", r.fellBack() ? "yes" : "no");
			trace.addValue("attempts", r.attempts().toString());
		}
		if (!GraphicsEnvironment.isHeadless()) trace.show("Dispatch Trace");
	}
}
