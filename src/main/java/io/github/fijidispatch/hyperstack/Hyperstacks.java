package io.github.fijidispatch.hyperstack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.dispatch.OutputMode;
import io.github.fijidispatch.dispatch.PreparedCall;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * Runs an op over hyperstacks volume by volume: the one place where the
 * channel and time axes are taken apart and put back, used by the API, the
 * ImageJ 1 front and the command line alike.
 * <pre>
 * HyperstackResult r = new Hyperstacks(dispatch).run(dispatch.op("filter.gauss").input(xyzct).set("sigma", 2),
 *     HyperstackAxes.parse("filter.gauss", "XYZCT"));
 * </pre>
 * <p>
 * Contract: every input has the axes given (the same for all inputs) and the
 * same number of channels and frames. For every frame and, within it, every
 * channel, the op runs once on the spatial volume (XY or XYZ, a view: no
 * copy) through the {@link DispatchService}, so each volume gets its own
 * backend choice; a backend named on the request is used for every volume.
 * Parameters apply to each volume (crop, flip, rotate and scale act on the
 * spatial axes only; labels are numbered per volume). Image results are
 * stacked back along C and T: the result has the spatial axes the op gives
 * (a z projection of XYZCT is XYCT) followed by the input's C and T axes.
 * Table results are one table: each volume's rows, prefixed by
 * {@code channel} and {@code frame} columns (1-based, as in ImageJ; 1 where
 * the axis is absent). Only the function output mode (a new result) is
 * supported. The records of the volumes are read from the service's trace
 * after each call: with other calls running on the same service at once,
 * a record may be theirs (the results are not affected).
 * </p>
 */
public final class Hyperstacks {

	/** The largest dimensionality accepted: X, Y, Z, C and T. */
	public static final int MAX_DIMENSIONS = 5;

	private final DispatchService dispatch;

	public Hyperstacks(final DispatchService dispatch) {
		this.dispatch = dispatch;
	}

	/** As {@link #run(OpRequest, HyperstackAxes)}, with the axes as text ({@code "XYZCT"}, ...). */
	public HyperstackResult run(final OpRequest request, final String axes) {
		return run(request, HyperstackAxes.parse(request.opId(), axes));
	}

	/**
	 * Runs the call once per volume and puts the results together.
	 *
	 * @throws BadInputException for an input that is not a host image, has more than {@link #MAX_DIMENSIONS}
	 *           dimensions or not as many as the axes name, inputs of different channel or frame counts, or an
	 *           output mode other than a new result; each naming the op, the input or parameter, the value and what is
	 *           allowed
	 * @throws IllegalArgumentException as the dispatch service does for a volume's call
	 */
	public HyperstackResult run(final OpRequest request, final HyperstackAxes axes) {
		final Op op = dispatch.opDefinition(request.opId());
		if (request.outputMode() != OutputMode.FUNCTION) throw new BadInputException(op.id() +
			": hyperstack calls return a new result; output mode " + request.outputMode() + " is not supported for them",
			op.id(), "output", request.outputMode().toString(), "a new result (no into/inPlace)");
		final List<RandomAccessibleInterval<?>> inputs = checkedInputs(op, request.inputs(), axes);
		final long channels = size(inputs.get(0), axes.channelAxis());
		final long frames = size(inputs.get(0), axes.frameAxis());
		final List<CallRecord> records = new ArrayList<>();
		final List<Object> results = new ArrayList<>();
		// NB: one call, checked once, for every volume
		final PreparedCall perVolume = dispatch.op(op.id()).set(request.params()).on(request.backend()).prepare();
		for (long t = 0; t < frames; t++)
			for (long c = 0; c < channels; c++) {
				final Object[] volume = new Object[inputs.size()];
				for (int i = 0; i < volume.length; i++)
					volume[i] = volumeOf(inputs.get(i), axes, c, t);
				results.add(perVolume.run(volume));
				// NB: this thread's record, not another thread's call made meanwhile
				records.add(dispatch.trace().lastOfCallingThread());
			}
		if (results.get(0) instanceof ResultTable) return new HyperstackResult(null, null, stackTables(results, channels),
			records);
		return stackImages(op, results, axes, channels, frames, records);
	}

	// -- Helper methods --

	private static List<RandomAccessibleInterval<?>> checkedInputs(final Op op, final List<Object> inputs,
		final HyperstackAxes axes)
	{
		if (inputs.isEmpty()) throw new BadInputException(op.id() + ": no input image", op.id(), "image", null,
			"an image");
		final List<RandomAccessibleInterval<?>> images = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			final Object in = inputs.get(i);
			final String name = inputName(op, i);
			if (!HostImages.isHostImage(in)) throw new BadInputException(op.id() + ": input '" + name + "' is " +
				(in == null ? "null" : in.getClass().getSimpleName()) +
				"; hyperstack runs take host images (ImgLib2 RandomAccessibleInterval)", op.id(), name, String.valueOf(in),
				"a host image");
			final RandomAccessibleInterval<?> image = (RandomAccessibleInterval<?>) in;
			final int n = image.numDimensions();
			final String size = HostImages.describe(image).sizeString();
			if (n > MAX_DIMENSIONS || n < 2) throw new BadInputException(op.id() + ": input '" + name + "' is " + size +
				" (" + n + "D); allowed: 2D to 5D images with axes X Y [Z] [C] [T]", op.id(), name, size,
				"2D to 5D (X Y [Z] [C] [T])");
			if (n != axes.count()) throw new BadInputException(op.id() + ": axes '" + axes + "' name " + axes.count() +
				" axes but input '" + name + "' is " + size + " (" + n + "D); give one letter per axis", op.id(), "axes",
				axes.toString(), "axes of " + n + " letters from " + String.join(", ", HyperstackAxes.ALLOWED));
			images.add(image);
		}
		final RandomAccessibleInterval<?> first = images.get(0);
		for (int i = 1; i < images.size(); i++) {
			final RandomAccessibleInterval<?> other = images.get(i);
			if (size(other, axes.channelAxis()) != size(first, axes.channelAxis()) || size(other, axes.frameAxis()) != size(
				first, axes.frameAxis())) throw new BadInputException(op.id() + ": input '" + inputName(op, i) + "' has " +
					layout(other, axes) + " but input '" + inputName(op, 0) + "' has " + layout(first, axes) +
					"; hyperstack inputs need the same channels and frames", op.id(), inputName(op, i), layout(other, axes),
					layout(first, axes));
		}
		return images;
	}

	private static String inputName(final Op op, final int i) {
		return i < op.inputNames().size() ? op.inputNames().get(i) : "#" + i;
	}

	private static String layout(final RandomAccessibleInterval<?> image, final HyperstackAxes axes) {
		return size(image, axes.channelAxis()) + " channel(s) × " + size(image, axes.frameAxis()) + " frame(s)";
	}

	private static long size(final RandomAccessibleInterval<?> image, final int axis) {
		return axis < 0 ? 1 : image.dimension(axis);
	}

	/** The spatial volume at channel {@code c} and frame {@code t}: a view, its first pixel at 0. */
	static <T> RandomAccessibleInterval<T> volumeOf(final RandomAccessibleInterval<T> image, final HyperstackAxes axes,
		final long c, final long t)
	{
		RandomAccessibleInterval<T> v = Views.zeroMin(image);
		// NB: the time axis comes after the channel axis; slicing it first keeps the channel axis index valid.
		if (axes.hasFrames()) v = Views.hyperSlice(v, axes.frameAxis(), t);
		if (axes.hasChannels()) v = Views.hyperSlice(v, axes.channelAxis(), c);
		return v;
	}

	private static ResultTable stackTables(final List<Object> results, final long channels) {
		final ResultTable first = (ResultTable) results.get(0);
		final List<String> columns = new ArrayList<>(Arrays.asList("channel", "frame"));
		columns.addAll(first.columns());
		final ResultTable out = new ResultTable(columns.toArray(new String[0]));
		for (int v = 0; v < results.size(); v++) {
			final ResultTable table = (ResultTable) results.get(v);
			for (int r = 0; r < table.rowCount(); r++) {
				final double[] row = table.row(r);
				final double[] values = new double[row.length + 2];
				values[0] = v % channels + 1;
				values[1] = v / channels + 1;
				System.arraycopy(row, 0, values, 2, row.length);
				out.addRow(values);
			}
		}
		return out;
	}

	private static HyperstackResult stackImages(final Op op, final List<Object> results, final HyperstackAxes axes,
		final long channels, final long frames, final List<CallRecord> records)
	{
		final RandomAccessibleInterval<?> first = (RandomAccessibleInterval<?>) results.get(0);
		final ImageInfo volume = HostImages.describe(first);
		final HyperstackAxes outAxes = axes.withSpatialCount(Math.min(3, volume.numDimensions()));
		final long[] dims = new long[outAxes.count()];
		for (int d = 0; d < volume.numDimensions(); d++)
			dims[d] = volume.dimension(d);
		if (outAxes.hasChannels()) dims[outAxes.channelAxis()] = channels;
		if (outAxes.hasFrames()) dims[outAxes.frameAxis()] = frames;
		final RandomAccessibleInterval<? extends RealType<?>> out = create(volume.kind(), dims);
		for (int v = 0; v < results.size(); v++) {
			final RandomAccessibleInterval<?> result = (RandomAccessibleInterval<?>) results.get(v);
			final RandomAccessibleInterval<?> target = volumeOf(out, outAxes, v % channels, v / channels);
			if (!Intervals.equalDimensions(result, target)) throw new IllegalStateException(op.id() + ": volume " + v +
				" gave " + HostImages.describe(result).sizeString() + " but volume 0 gave " + volume.sizeString());
			HostImages.copy(result, target);
		}
		return new HyperstackResult(out, outAxes, null, records);
	}

	private static <T extends RealType<T> & NativeType<T>> RandomAccessibleInterval<T> create(final PixelKind kind,
		final long[] dims)
	{
		final T type = kind.createType();
		return new ArrayImgFactory<>(type).create(dims);
	}
}
