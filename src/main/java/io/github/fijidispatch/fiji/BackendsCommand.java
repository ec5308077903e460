package io.github.fijidispatch.fiji;

import java.awt.GraphicsEnvironment;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.dispatch.CoverageMatrix;
import io.github.fijidispatch.dispatch.DispatchService;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Plugins > Dispatch > Backends...}: one row per backend (available or
 * why not, device facts) and the op × backend coverage matrix, as two
 * results tables ("Dispatch Backends", "Dispatch Coverage"); shown when there
 * is a display, always returned as outputs.
 */
@Plugin(type = Command.class, headless = true,
	attrs = @Attr(name = PluginsConfig.MENU_ATTRIBUTE, value = DispatchMenus.BACKENDS_PATH))
public class BackendsCommand implements Command {

	@Parameter
	private DispatchService dispatch;

	@Parameter(type = ItemIO.OUTPUT)
	private ResultsTable backends;

	@Parameter(type = ItemIO.OUTPUT)
	private ResultsTable coverage;

	@Override
	public void run() {
		backends = backendTable();
		coverage = coverageTable(new CoverageMatrix(dispatch));
		if (!GraphicsEnvironment.isHeadless()) {
			backends.show("Dispatch Backends");
			coverage.show("Dispatch Coverage");
		}
	}

	private ResultsTable backendTable() {
		final ResultsTable rt = new ResultsTable();
		rt.showRowNumbers(false);
		for (final Backend b : dispatch.backends()) {
			final Support s = dispatch.availability(b);
			rt.incrementCounter();
			rt.addValue("backend", b.id());
			rt.addValue("available", s.isYes() ? "yes" : "no");
			rt.addValue("reason", s.isYes() ? "" : s.reason());
			rt.addValue("device", b.deviceKind().toString());
			final StringBuilder facts = new StringBuilder();
			for (final Map.Entry<String, String> e : b.deviceInfo().entrySet())
				facts.append(facts.length() == 0 ? "" : "; ").append(e.getKey()).append(": ").append(e.getValue());
			rt.addValue("details", facts.toString());
		}
		return rt;
	}

	static ResultsTable coverageTable(final CoverageMatrix matrix) {
		final ResultsTable rt = new ResultsTable();
		rt.showRowNumbers(false);
		for (final String op : matrix.ops()) {
			rt.incrementCounter();
			rt.addValue("op", op);
			for (final String b : matrix.backends())
				rt.addValue(b, matrix.isImplemented(op, b) ? "yes" : "-");
		}
		return rt;
	}
}
