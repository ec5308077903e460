package io.github.fijidispatch.reliability;

import java.io.PrintStream;
import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.backend.clij2.Clij2Backend;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.Decision;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.Context;

/**
 * The child JVM of {@link PoclSurvivalTest}: runs the cells of
 * {@link SurvivalCells} from index {@code args[0]} on the clij2 backend and
 * on the reference, and prints one record per step to stdout, flushed before
 * the next call — so that when the device kills this process, the last
 * {@code start} without its {@code end} names the cell that did it.
 * <pre>
 * @@survival cells N
 * @@survival unavailable REASON          (no OpenCL device; nothing else follows)
 * @@survival start I LABEL
 * @@survival end I agrees|declined|differs|failed|unreferenced DETAIL
 * </pre>
 */
public final class SurvivalRun {

	static final String PREFIX = "@@survival ";

	private SurvivalRun() {
		// NB: a main class
	}

	public static void main(final String[] args) {
		final int from = args.length > 0 ? Integer.parseInt(args[0]) : 0;
		// NB: a second argument runs only the cells whose label contains it (by hand, to look at one op).
		final String only = args.length > 1 ? args[1] : "";
		final PrintStream out = System.out;
		final Context context = new Context(DispatchService.class);
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			final List<SurvivalCell> cells = SurvivalCells.of(dispatch.ops());
			record(out, "cells " + cells.size());
			final Backend clij2 = dispatch.backend(Clij2Backend.ID);
			final Support available = clij2 == null ? Support.no("the clij2 backend is not installed") : clij2.availability();
			if (!available.isYes()) {
				record(out, "unavailable " + oneLine(available.reason()));
				return;
			}
			for (int i = from; i < cells.size(); i++) {
				if (!cells.get(i).toString().contains(only)) continue;
				record(out, "start " + i + " " + cells.get(i));
				record(out, "end " + i + " " + judge(dispatch, cells.get(i)));
			}
		}
		finally {
			context.dispose();
		}
	}

	/** The outcome of one cell: its word and a detail. */
	private static String judge(final DispatchService dispatch, final SurvivalCell cell) {
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs = cell.inputs();
		final Object result;
		String times;
		try {
			final Decision decision = request(dispatch, cell, inputs, Clij2Backend.ID).explain();
			if (!decision.isRunnable()) return "declined " + oneLine(decision.candidate(Clij2Backend.ID).reason());
			final long t0 = System.nanoTime();
			result = request(dispatch, cell, inputs, Clij2Backend.ID).run();
			// NB: times are information for whoever sizes the matrix, never asserted.
			times = " [clij2 " + (System.nanoTime() - t0) / 1_000_000 + " ms";
		}
		catch (final RuntimeException | Error e) {
			return "failed " + oneLine(e.toString());
		}
		final Object reference;
		try {
			if (!request(dispatch, cell, inputs, Backends.REFERENCE).explain().isRunnable())
				return "unreferenced the reference declines it";
			final long t0 = System.nanoTime();
			reference = request(dispatch, cell, inputs, Backends.REFERENCE).run();
			times += ", reference " + (System.nanoTime() - t0) / 1_000_000 + " ms]";
		}
		catch (final RuntimeException | Error e) {
			return "failed on the reference: " + oneLine(e.toString());
		}
		final ResultComparison cmp = ResultComparison.compare(cell.op, cell.params, reference, result,
			ConformanceImages.scale(cell.op.inputNames(), inputs));
		return (cmp.agrees() ? "agrees " : "differs ") + oneLine(cmp.toString()) + times;
	}

	private static OpRequest request(final DispatchService dispatch, final SurvivalCell cell,
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs, final String backendId)
	{
		return dispatch.op(cell.op.id()).inputs(inputs.toArray()).set(cell.params).on(backendId);
	}

	private static void record(final PrintStream out, final String text) {
		out.println(PREFIX + text);
		out.flush();
	}

	private static String oneLine(final String s) {
		return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
	}
}
