package io.github.fijidispatch.fiji;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.dispatch.Provenance;
import io.github.fijidispatch.hyperstack.HyperstackResult;
import io.github.fijidispatch.hyperstack.Hyperstacks;
import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.ResultTable;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Runs one op on ImageJ 1 images: wraps the inputs (zero-copy), dispatches
 * under the macro preference unless a backend is named, and returns a new
 * ImagePlus (titled by {@link ResultTitles}, with the first input's
 * calibration and its {@link Provenance} as the {@code Info} property) or an
 * ImageJ 1 {@link ResultsTable}. An ImageJ hyperstack (several channels or
 * frames) runs per volume ({@link Hyperstacks}): the result is a hyperstack
 * of the same layout (C, Z, T as the op leaves them, the first input's
 * calibration), a table has {@code channel} and {@code frame} columns; every
 * input then needs the first one's channels and frames. Inputs are never
 * modified, and a call that would not fit in the heap is refused before anything is read ({@link CommandMemory}).
 * What every op command runs, from menus, macros and SciJava alike.
 */
public final class ImagePlusCall {

	/** What a run produced and a status line saying where and how fast. */
	public static final class Outcome {

		private final Object result;
		private final String status;
		private final CallRecord record;

		Outcome(final Object result, final String status, final CallRecord record) {
			this.result = result;
			this.status = status;
			this.record = record;
		}

		/** An {@link ImagePlus} or a {@link ResultsTable}. */
		public Object result() {
			return result;
		}

		/** E.g. {@code Gaussian Blur ran on imglib2 in 12.3 ms}. */
		public String status() {
			return status;
		}

		public CallRecord record() {
			return record;
		}
	}

	private final DispatchService dispatch;
	private final MacroPreference preference;

	public ImagePlusCall(final DispatchService dispatch, final MacroPreference preference) {
		this.dispatch = dispatch;
		this.preference = preference;
	}

	/**
	 * @param backendChoice {@code auto} or a backend id (see {@link BackendChoice})
	 * @throws IllegalArgumentException for bad images or parameters, naming the op
	 */
	public Outcome run(final Op op, final List<ImagePlus> images, final Map<String, ?> params, final String backendChoice) {
		final Parameters resolved = op.resolve(params);
		final String backendId = BackendChoice.toBackendId(dispatch, op.id(), backendChoice);
		boolean hyperstack = false;
		for (int i = 0; i < images.size(); i++) {
			if (images.get(i) == null) throw new IllegalArgumentException(op.id() + ": input '" +
				op.inputNames().get(Math.min(i, op.inputNames().size() - 1)) + "' has no image; open or select one");
			hyperstack |= ImagePlusImages.isHyperstack(images.get(i));
		}
		CommandMemory.check(op, resolved, images, hyperstack);
		final String axes = ImagePlusImages.axes(images);
		final OpRequest request = dispatch.op(op.id()).on(backendId).set(resolved.asMap());
		for (final ImagePlus image : images)
			request.input(hyperstack ? ImagePlusImages.wrapHyperstack(image, axes) : ImagePlusImages.wrap(image));
		final Object result;
		final HyperstackResult volumes;
		try (DispatchScope scope = backendId == null ? preference.open(dispatch) : null) {
			volumes = hyperstack ? new Hyperstacks(dispatch).run(request, axes) : null;
			result = hyperstack ? volumes.value() : request.run();
		}
		final CallRecord record = dispatch.trace().last();
		final String status = String.format(Locale.ROOT, "%s ran on %s in %.1f ms%s", op.label(),
			volumes == null ? record.backendId() : backends(volumes), volumes == null ? record.totalNanos() / 1e6 :
				totalMillis(volumes), record.fellBack() ? " (after a fallback)" : "");
		if (result instanceof ResultTable) return new Outcome(toResultsTable((ResultTable) result), status, record);
		final ImagePlus first = images.isEmpty() ? null : images.get(0);
		final ImagePlus imp = volumes == null ? toImagePlus(result, first, op, resolved) : toHyperstack(volumes, first, op,
			resolved);
		// NB: ImageJ shows the Info property in Image > Show Info and saves it into TIFFs.
		imp.setProperty("Info", Provenance.of(record, resolved.asMap(), dispatch).prependTo(first == null ? null : first.getInfoProperty()));
		return new Outcome(imp, status, record);
	}

	/** E.g. {@code imglib2 (4 volumes)} or {@code clij2, imglib2 (4 volumes)}. */
	private static String backends(final HyperstackResult volumes) {
		final Set<String> ids = new TreeSet<>();
		for (final CallRecord r : volumes.records())
			ids.add(r.backendId());
		return String.join(", ", ids) + " (" + volumes.records().size() + " volumes)";
	}

	private static double totalMillis(final HyperstackResult volumes) {
		long nanos = 0;
		for (final CallRecord r : volumes.records())
			nanos += r.totalNanos();
		return nanos / 1e6;
	}

	/** The volumes' results as one ImageJ hyperstack of the input's layout, with its calibration. */
	private static ImagePlus toHyperstack(final HyperstackResult volumes, final ImagePlus first, final Op op,
		final Parameters params)
	{
		final ImagePlus imp = ImagePlusImages.toHyperstack(volumes.image(), volumes.axes().toString(), ResultTitles.of(
			first.getTitle(), op, params));
		imp.setCalibration(first.getCalibration().copy());
		return imp;
	}

	@SuppressWarnings("unchecked")
	private static ImagePlus toImagePlus(final Object result, final ImagePlus first, final Op op, final Parameters params) {
		final ImagePlus imp = ImagePlusImages.toImagePlus((RandomAccessibleInterval<? extends RealType<?>>) result,
			ResultTitles.of(first == null ? null : first.getTitle(), op, params));
		if (first != null) imp.setCalibration(first.getCalibration().copy());
		return imp;
	}

	/** Copies a dispatch table into an ImageJ 1 results table (headless-safe: nothing is shown). */
	public static ResultsTable toResultsTable(final ResultTable table) {
		final ResultsTable rt = new ResultsTable();
		for (int r = 0; r < table.rowCount(); r++) {
			rt.incrementCounter();
			final double[] row = table.row(r);
			for (int c = 0; c < row.length; c++)
				rt.addValue(table.columns().get(c), row[c]);
		}
		return rt;
	}
}
