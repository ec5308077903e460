package io.github.fijidispatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.dispatch.Provenance;
import io.github.fijidispatch.hyperstack.HyperstackResult;
import io.github.fijidispatch.hyperstack.Hyperstacks;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import ij.ImagePlus;

/**
 * {@code run} on ImageJ hyperstack TIFFs (several channels or frames): the op
 * runs per volume ({@link Hyperstacks}); every input is wrapped with the axes
 * of all inputs together, so that unequal layouts are refused naming both.
 * No {@code --in-place}, {@code --explain} or {@code --dry-run} here.
 */
final class HyperstackRun {

	private final DispatchService dispatch;

	HyperstackRun(final DispatchService dispatch) {
		this.dispatch = dispatch;
	}

	/** Whether any of these inputs is an ImageJ hyperstack TIFF (from its header). */
	static boolean anyHyperstack(final List<String> paths) {
		for (final String path : paths)
			if (ImageFiles.isHyperstack(path)) return true;
		return false;
	}

	/**
	 * Runs the call per volume and writes an image result as a hyperstack TIFF of the inputs' layout with the first
	 * input's calibration, or a table as {@code run} does; prints the status line or the JSON report.
	 *
	 * @return the exit code
	 */
	int run(final Arguments a, final Op op, final Parameters resolved, final String output,
		final PrintStream out) throws IOException
	{
		for (final String flag : new String[] { "in-place", "explain", "dry-run" })
			if (a.flag(flag)) throw new BadInputException(op.id() + ": --" + flag + " is not available for hyperstack " +
				"inputs (several channels or frames); run without it", op.id(), flag, null,
				"-o OUT, --backend, --prefer, --mode, --json");
		final List<ImagePlus> images = new ArrayList<>();
		final OpRequest request = dispatch.op(op.id()).on(a.option("backend")).set(resolved.asMap());
		for (final String path : a.options("input"))
			images.add(ImageFiles.openHyperstack(path));
		final String axes = ImagePlusImages.axes(images);
		for (final ImagePlus imp : images)
			request.input(ImagePlusImages.wrapHyperstack(imp, axes));
		if (a.option("mode") != null) dispatch.settings().setMode(DispatchMode.parse(a.option("mode")));
		final HyperstackResult result;
		final String prefer = a.option("prefer");
		try (DispatchScope scope = prefer == null ? null : dispatch.prefer(prefer.split("\\s*,\\s*"))) {
			result = new Hyperstacks(dispatch).run(request, axes);
		}
		final CallRecord last = result.records().get(result.records().size() - 1);
		final Set<String> backends = new TreeSet<>();
		long nanos = 0;
		for (final CallRecord r : result.records()) {
			backends.add(r.backendId());
			nanos += r.totalNanos();
		}
		final Map<String, Object> report = new LinkedHashMap<>();
		report.put("op", op.id());
		report.put("backend", String.join(",", backends));
		report.put("volumes", result.records().size());
		report.put("totalMillis", nanos / 1e6);
		final Provenance provenance = Provenance.of(last, resolved.asMap(), dispatch);
		report.put("provenance", provenance.toMap());
		final boolean json = a.flag("json");
		if (result.isImage()) {
			final ImagePlus imp = ImagePlusImages.toHyperstack(result.image(), result.axes().toString(), new java.io.File(
				output).getName());
			imp.setCalibration(images.get(0).getCalibration().copy());
			ImageFiles.writeTiff(imp, output, provenance.toText());
			report.put("output", output);
		}
		else RunCommand.writeTable(result.table(), output, json, out, report);
		if (json) out.println(Json.write(report));
		else out.println(String.format(Locale.ROOT, "%s ran per volume (%d volumes, axes %s) on %s in %.1f ms%s", op.id(),
			result.records().size(), axes, String.join(", ", backends), nanos / 1e6,
			output == null ? "" : " → " + output));
		return 0;
	}

}
