package io.github.fijidispatch.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.convert.ConvertTypeOp;
import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.op.filter.MaxOp;
import io.github.fijidispatch.op.filter.MeanOp;
import io.github.fijidispatch.op.filter.MedianOp;
import io.github.fijidispatch.op.filter.MinOp;
import io.github.fijidispatch.op.filter.NeighbourhoodParameters;
import io.github.fijidispatch.op.filter.SobelOp;
import io.github.fijidispatch.op.filter.TopHatOp;
import io.github.fijidispatch.op.filter.VarianceOp;
import io.github.fijidispatch.op.label.ComponentsOp;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import io.github.fijidispatch.op.math.AbsOp;
import io.github.fijidispatch.op.math.AddOp;
import io.github.fijidispatch.op.math.AddScalarOp;
import io.github.fijidispatch.op.math.DivideOp;
import io.github.fijidispatch.op.math.MultiplyOp;
import io.github.fijidispatch.op.math.MultiplyScalarOp;
import io.github.fijidispatch.op.math.SubtractOp;
import io.github.fijidispatch.op.measure.StatsOp;
import io.github.fijidispatch.op.metrics.MseOp;
import io.github.fijidispatch.op.metrics.PsnrOp;
import io.github.fijidispatch.op.morphology.CloseOp;
import io.github.fijidispatch.op.morphology.DilateOp;
import io.github.fijidispatch.op.morphology.ErodeOp;
import io.github.fijidispatch.op.morphology.FillHolesOp;
import io.github.fijidispatch.op.morphology.OpenOp;
import io.github.fijidispatch.op.project.MaxProjectionOp;
import io.github.fijidispatch.op.project.MeanProjectionOp;
import io.github.fijidispatch.op.project.MinProjectionOp;
import io.github.fijidispatch.op.project.ProjectionOp;
import io.github.fijidispatch.op.project.SumProjectionOp;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;
import io.github.fijidispatch.op.threshold.ValueThresholdOp;
import io.github.fijidispatch.op.transform.CropOp;
import io.github.fijidispatch.op.transform.FlipOp;
import io.github.fijidispatch.op.transform.Rotate90Op;
import io.github.fijidispatch.op.transform.ScaleOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import ij.process.AutoThresholder;

/**
 * The expected result of a conformance case with non-finite pixels, derived
 * from the op's contract and its non-finite rule by brute force, without the
 * backends' fast paths: IEEE arithmetic in double where the rule propagates,
 * NaN filtered out of the values where it is no data, non-zero tests where the
 * input is a mask. Two ops are checked by a relation instead of a formula:
 * fill holes and component labelling of a mask with NaN must equal the
 * reference's result on the same mask with every non-finite pixel made 255
 * (their finite behaviour has its own oracles).
 */
final class NonFiniteOracle {

	/** Runs the reference backend on other inputs of the same call. */
	private final Function<List<RandomAccessibleInterval<? extends RealType<?>>>, Object> reference;

	NonFiniteOracle(final Function<List<RandomAccessibleInterval<? extends RealType<?>>>, Object> reference) {
		this.reference = reference;
	}

	/** The expected result of {@code c}: an image of the declared size and kind, or a table. */
	Object expected(final ConformanceCase c) {
		final Op op = c.op();
		final Parameters params = op.resolve(c.params());
		final List<Grid> in = new ArrayList<>();
		final List<ImageInfo> infos = new ArrayList<>();
		for (final RandomAccessibleInterval<? extends RealType<?>> image : c.inputs()) {
			in.add(Grid.of(image));
			infos.add(HostImages.describe(image));
		}
		final Grid a = in.get(0);
		final int n = a.numDimensions();
		final ImageInfo out = op.outputInfo(infos, params);
		switch (op.id()) {
			case AddOp.ID: return pointwise(a, in.get(1), (x, y) -> x + y).toImage(out.kind());
			case SubtractOp.ID: return pointwise(a, in.get(1), (x, y) -> x - y).toImage(out.kind());
			case MultiplyOp.ID: return pointwise(a, in.get(1), (x, y) -> x * y).toImage(out.kind());
			case DivideOp.ID: return pointwise(a, in.get(1), (x, y) -> x / y).toImage(out.kind());
			case AddScalarOp.ID: return pointwise(a, a, (x, y) -> x + params.real("value")).toImage(out.kind());
			case MultiplyScalarOp.ID: return pointwise(a, a, (x, y) -> x * params.real("value")).toImage(out.kind());
			case AbsOp.ID: return pointwise(a, a, (x, y) -> Math.abs(x)).toImage(out.kind());
			case ValueThresholdOp.ID: return pointwise(a, a, (x, y) -> x >= params.real("value") ? 255 : 0).toImage(out.kind());
			case AutoThresholdOp.ID: return autoThreshold(a, params.choice("method")).toImage(out.kind());
			case ConvertTypeOp.ID: return convert(a, out.kind(), params.flag("scale")).toImage(out.kind());
			case GaussOp.ID: return ConvolutionOracle.gauss(a, params.reals("sigma", n)).toImage(out.kind());
			case DifferenceOfGaussiansOp.ID: return pointwise(ConvolutionOracle.gauss(a, params.reals("sigma1", n)),
				ConvolutionOracle.gauss(a, params.reals("sigma2", n)), (x, y) -> x - y).toImage(out.kind());
			case SobelOp.ID: return ConvolutionOracle.sobel(a).toImage(out.kind());
			case MeanOp.ID: return window(params, n).apply(a, WindowOracle::mean).toImage(out.kind());
			case VarianceOp.ID: return window(params, n).apply(a, WindowOracle::variance).toImage(out.kind());
			case MedianOp.ID: return window(params, n).apply(a, WindowOracle::median).toImage(out.kind());
			case MinOp.ID: return window(params, n).apply(a, WindowOracle::min).toImage(out.kind());
			case MaxOp.ID: return window(params, n).apply(a, WindowOracle::max).toImage(out.kind());
			case TopHatOp.ID: {
				final WindowOracle w = window(params, n);
				// NB: float arithmetic, as the contract's float output holds it
				return pointwise(a, w.apply(w.apply(a, WindowOracle::min), WindowOracle::max),
					(x, y) -> (float) x - (float) y).toImage(out.kind());
			}
			case ErodeOp.ID: return window(params, n).apply(a, WindowOracle::erode).toImage(out.kind());
			case DilateOp.ID: return window(params, n).apply(a, WindowOracle::dilate).toImage(out.kind());
			case OpenOp.ID: {
				final WindowOracle w = window(params, n);
				return w.apply(w.apply(a, WindowOracle::erode), WindowOracle::dilate).toImage(out.kind());
			}
			case CloseOp.ID: {
				final WindowOracle w = window(params, n);
				return w.apply(w.apply(a, WindowOracle::dilate), WindowOracle::erode).toImage(out.kind());
			}
			case FillHolesOp.ID:
			case ComponentsOp.ID: return reference.apply(finiteMasks(c));
			case MaxProjectionOp.ID: return project(a, ProjectionOp.axis(params), out, WindowOracle::max);
			case MinProjectionOp.ID: return project(a, ProjectionOp.axis(params), out, WindowOracle::min);
			case SumProjectionOp.ID: return project(a, ProjectionOp.axis(params), out, v -> sumOfData(v));
			case MeanProjectionOp.ID: return project(a, ProjectionOp.axis(params), out, v -> sumOfData(v) / WindowOracle.data(v).length);
			case StatsOp.ID: return stats(a);
			case MeasureLabelsOp.ID: return measureLabels(a, in.get(1));
			case MseOp.ID: return new ResultTable("mse").addRow(mse(a, in.get(1)));
			case PsnrOp.ID: {
				final double range = WindowOracle.max(a.values) - WindowOracle.min(a.values);
				return new ResultTable("psnr").addRow(10 * Math.log10(range * range / mse(a, in.get(1))));
			}
			case FlipOp.ID: return TransformOracle.flip(a, d -> FlipOp.flips(params, d)).toImage(out.kind());
			case Rotate90Op.ID: return TransformOracle.rotate90(a, params.integer("turns")).toImage(out.kind());
			case CropOp.ID: return TransformOracle.crop(a, params.integers("origin", n), out.dimensions())
				.toImage(out.kind());
			case ScaleOp.ID: return TransformOracle.scale(a, params.reals("factors", n), out.dimensions(),
				"linear".equals(params.choice("interpolation"))).toImage(out.kind());
			default:
				throw new IllegalStateException("the non-finite oracle has no rule for " + op.id() + ": add one");
		}
	}

	private static WindowOracle window(final Parameters params, final int n) {
		return new WindowOracle(params.integers(NeighbourhoodParameters.RADIUS, n),
			!NeighbourhoodParameters.BOX.equals(params.choice(NeighbourhoodParameters.SHAPE)));
	}

	private interface Binary {

		double apply(double x, double y);
	}

	private static Grid pointwise(final Grid a, final Grid b, final Binary f) {
		final Grid out = new Grid(a.dims);
		for (int i = 0; i < a.size(); i++)
			out.values[i] = f.apply(a.values[i], b.values[i]);
		return out;
	}

	/** IEEE sum of the values that are not NaN; NaN when there are none. */
	private static double sumOfData(final double[] values) {
		final double[] d = WindowOracle.data(values);
		if (d.length == 0) return Double.NaN;
		double sum = 0;
		for (final double v : d)
			sum += v;
		return sum;
	}

	/** Every line along {@code axis} reduced to one value, placed as {@link ProjectionOp} says. */
	private static Object project(final Grid in, final int axis, final ImageInfo out,
		final java.util.function.ToDoubleFunction<double[]> reduce)
	{
		final Grid result = new Grid(out.dimensions());
		final int length = (int) in.dims[axis];
		for (int o = 0; o < result.size(); o++) {
			final long[] q = result.position(o);
			final long[] p = new long[in.numDimensions()];
			for (int d = 0, k = 0; d < p.length; d++)
				p[d] = d == axis ? 0 : q[in.numDimensions() == 2 ? d : k++];
			final double[] line = new double[length];
			for (int t = 0; t < length; t++) {
				p[axis] = t;
				line[t] = in.values[in.index(p)];
			}
			result.values[o] = reduce.applyAsDouble(line);
		}
		return result.toImage(out.kind());
	}

	private static ResultTable stats(final Grid a) {
		final double[] d = WindowOracle.data(a.values);
		final double count = d.length;
		final double sum = sumOfData(a.values);
		final double mean = sum / count;
		double sq = 0;
		for (final double v : d)
			sq += (v - mean) * (v - mean);
		return new ResultTable(StatsOp.COLUMNS).addRow(WindowOracle.min(a.values), WindowOracle.max(a.values), mean, sum,
			Math.sqrt(sq / count), count, a.size() - count);
	}

	private static ResultTable measureLabels(final Grid labels, final Grid intensity) {
		final ResultTable table = new ResultTable(MeasureLabelsOp.COLUMNS);
		int top = 0;
		for (final double l : labels.values)
			if (l >= 1) top = Math.max(top, (int) l);
		for (int k = 1; k <= top; k++) {
			final List<Double> values = new ArrayList<>();
			final double[] centroid = new double[3];
			int area = 0;
			for (int i = 0; i < labels.size(); i++) {
				if (labels.values[i] != k) continue;
				area++;
				values.add(intensity.values[i]);
				final long[] p = labels.position(i);
				for (int d = 0; d < p.length; d++)
					centroid[d] += p[d];
			}
			if (area == 0) continue;
			final double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
			final double[] data = WindowOracle.data(v);
			table.addRow(k, area, sumOfData(v) / data.length, WindowOracle.min(v), WindowOracle.max(v), centroid[0] / area,
				centroid[1] / area, centroid[2] / area);
		}
		return table;
	}

	private static double mse(final Grid a, final Grid b) {
		double sum = 0;
		for (int i = 0; i < a.size(); i++)
			sum += (a.values[i] - b.values[i]) * (a.values[i] - b.values[i]);
		return sum / a.size();
	}

	/** To an integer kind: the finite [min, max] onto [0, top] when scaling, else the values as they are. */
	private static Grid convert(final Grid a, final PixelKind target, final boolean scale) {
		if (!target.isInteger() || !scale) return a;
		final double top = target.createType().getMaxValue();
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (final double v : a.values)
			if (Double.isFinite(v)) {
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
		final double min = lo, max = hi;
		return pointwise(a, a, (x, y) -> max > min ? (x - min) * top / (max - min) : x == Double.POSITIVE_INFINITY ? top : 0);
	}

	/** The contract's 256 bins over the finite [min, max], ImageJ's method, foreground above the level. */
	private static Grid autoThreshold(final Grid a, final String method) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (final double v : a.values)
			if (Double.isFinite(v)) {
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
		final double min = lo, max = hi;
		final int bins = AutoThresholdOp.BINS;
		final int[] histogram = new int[bins];
		final java.util.function.DoubleToIntFunction bin = v -> {
			if (Double.isNaN(v)) return -1;
			final double b = Math.floor((v - min) * bins / (max - min));
			return b < 0 ? 0 : b >= bins ? bins - 1 : (int) b;
		};
		if (!(max > min)) return pointwise(a, a, (x, y) -> 0);
		for (final double v : a.values) {
			final int b = bin.applyAsInt(v);
			if (b >= 0) histogram[b]++;
		}
		int occupied = 0;
		for (final int h : histogram)
			if (h > 0) occupied++;
		final int level = occupied < 2 ? -1 : new AutoThresholder().getThreshold(AutoThresholder.Method.valueOf(method),
			histogram.clone());
		return pointwise(a, a, (x, y) -> level >= 0 && bin.applyAsInt(x) > level ? 255 : 0);
	}

	/** The case's masks with every non-finite pixel made 255 (foreground, as the rule says NaN is). */
	private static List<RandomAccessibleInterval<? extends RealType<?>>> finiteMasks(final ConformanceCase c) {
		final List<RandomAccessibleInterval<? extends RealType<?>>> masks = new ArrayList<>();
		for (final RandomAccessibleInterval<? extends RealType<?>> image : c.inputs()) {
			final Img<FloatType> copy = ConformanceImages.copy(image);
			for (final FloatType t : copy)
				if (!Float.isFinite(t.get())) t.set(255);
			masks.add(copy);
		}
		return masks;
	}
}
