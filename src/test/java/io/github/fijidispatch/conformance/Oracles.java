package io.github.fijidispatch.conformance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import io.github.fijidispatch.op.convert.ConvertTypeOp;
import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.op.filter.MaxOp;
import io.github.fijidispatch.op.filter.MeanOp;
import io.github.fijidispatch.op.filter.MedianOp;
import io.github.fijidispatch.op.filter.MinOp;
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
import io.github.fijidispatch.op.project.SumProjectionOp;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;
import io.github.fijidispatch.op.threshold.ValueThresholdOp;
import io.github.fijidispatch.op.transform.CropOp;
import io.github.fijidispatch.op.transform.FlipOp;
import io.github.fijidispatch.op.transform.Rotate90Op;
import io.github.fijidispatch.op.transform.ScaleOp;

/**
 * The tests' one set of independent oracles: per op id, a brute-force
 * expectation written from the op's javadoc and its non-finite rule, sharing
 * no code with a backend ({@link WindowOracle}, {@link ConvolutionOracle},
 * {@link TransformOracle}, {@link PointOracle}, {@link MeasureOracle},
 * {@link RegionOracle} over {@link Grid}s). The rules are the non-finite ones
 * (IEEE arithmetic where the rule propagates, NaN skipped where it is no data,
 * non-zero tests where the input is a mask), which on finite pixels are the
 * plain definitions; so the same oracle holds the reference to its finite
 * contract ({@code Imglib2BackendContractTest}) and every backend to the
 * non-finite rules ({@link AbstractBackendContractTest},
 * {@link NonFiniteFastPathTest}). The automatic threshold's oracle builds the
 * contract's histogram and takes the level from ImageJ's
 * {@code AutoThresholder}, which the reference calls too: what it checks is
 * the histogram and the mask, not the method.
 */
public final class Oracles {

	private static final Map<String, Function<OracleCall, Object>> ORACLES = new LinkedHashMap<>();

	static {
		image(AddOp.ID, c -> PointOracle.pairwise(c.input(0), c.input(1), (x, y) -> x + y));
		image(SubtractOp.ID, c -> PointOracle.pairwise(c.input(0), c.input(1), (x, y) -> x - y));
		image(MultiplyOp.ID, c -> PointOracle.pairwise(c.input(0), c.input(1), (x, y) -> x * y));
		image(DivideOp.ID, c -> PointOracle.pairwise(c.input(0), c.input(1), (x, y) -> x / y));
		image(AddScalarOp.ID, c -> PointOracle.each(c.input(0), x -> x + c.params.real("value")));
		image(MultiplyScalarOp.ID, c -> PointOracle.each(c.input(0), x -> x * c.params.real("value")));
		image(AbsOp.ID, c -> PointOracle.each(c.input(0), Math::abs));
		image(ValueThresholdOp.ID, c -> PointOracle.each(c.input(0), x -> x >= c.params.real("value") ? 255 : 0));
		image(AutoThresholdOp.ID, c -> PointOracle.autoThreshold(c.input(0), c.inputKind(0), c.params.choice(
			"method")));
		image(ConvertTypeOp.ID, c -> PointOracle.convert(c.input(0), c.inputKind(0), c.output.kind(), c.params.flag(
			"scale")));
		image(GaussOp.ID, c -> ConvolutionOracle.gauss(c.input(0), c.reals("sigma")));
		image(DifferenceOfGaussiansOp.ID, c -> PointOracle.pairwise(ConvolutionOracle.gauss(c.input(0), c.reals(
			"sigma1")), ConvolutionOracle.gauss(c.input(0), c.reals("sigma2")), (x, y) -> x - y));
		image(SobelOp.ID, c -> ConvolutionOracle.sobel(c.input(0)));
		image(MeanOp.ID, c -> c.window().apply(c.input(0), WindowOracle::mean));
		image(VarianceOp.ID, c -> c.window().apply(c.input(0), WindowOracle::variance));
		image(MedianOp.ID, c -> c.window().apply(c.input(0), WindowOracle::median));
		image(MinOp.ID, c -> c.window().apply(c.input(0), WindowOracle::min));
		image(MaxOp.ID, c -> c.window().apply(c.input(0), WindowOracle::max));
		image(TopHatOp.ID, Oracles::topHat);
		image(ErodeOp.ID, c -> c.window().apply(c.input(0), WindowOracle::erode));
		image(DilateOp.ID, c -> c.window().apply(c.input(0), WindowOracle::dilate));
		image(OpenOp.ID, c -> twoPasses(c, WindowOracle::erode, WindowOracle::dilate));
		image(CloseOp.ID, c -> twoPasses(c, WindowOracle::dilate, WindowOracle::erode));
		image(FillHolesOp.ID, c -> RegionOracle.fillHoles(c.input(0)));
		image(ComponentsOp.ID, c -> RegionOracle.components(c.input(0), "full".equals(c.params.choice("connectivity"))));
		image(FlipOp.ID, c -> TransformOracle.flip(c.input(0), d -> FlipOp.flips(c.params, d)));
		image(Rotate90Op.ID, c -> TransformOracle.rotate90(c.input(0), c.params.integer("turns")));
		image(CropOp.ID, c -> TransformOracle.crop(c.input(0), c.params.integers("origin", c.input(0).numDimensions()),
			c.output.dimensions()));
		image(ScaleOp.ID, c -> TransformOracle.scale(c.input(0), c.reals("factors"), c.output.dimensions(), "linear"
			.equals(c.params.choice("interpolation"))));
		image(MaxProjectionOp.ID, c -> MeasureOracle.project(c, WindowOracle::max));
		image(MinProjectionOp.ID, c -> MeasureOracle.project(c, WindowOracle::min));
		image(SumProjectionOp.ID, c -> MeasureOracle.project(c, WindowOracle::sumOfData));
		image(MeanProjectionOp.ID, c -> MeasureOracle.project(c, WindowOracle::meanOfData));
		ORACLES.put(StatsOp.ID, c -> MeasureOracle.stats(c.input(0)));
		ORACLES.put(MseOp.ID, c -> MeasureOracle.mse(c.input(0), c.input(1)));
		ORACLES.put(PsnrOp.ID, c -> MeasureOracle.psnr(c.input(0), c.inputKind(0), c.input(1)));
		ORACLES.put(MeasureLabelsOp.ID, c -> MeasureOracle.measureLabels(c.input(0), c.input(1)));
	}

	private Oracles() {
		// NB: static holder
	}

	/** An oracle whose grid is stored as the op's declared output kind. */
	private static void image(final String opId, final Function<OracleCall, Grid> oracle) {
		ORACLES.put(opId, c -> oracle.apply(c).toImage(c.output.kind()));
	}

	/** {@code input − max(min(input))} over the same neighbourhood, in float as the contract's float output holds it. */
	private static Grid topHat(final OracleCall c) {
		return PointOracle.pairwise(c.input(0), twoPasses(c, WindowOracle::min, WindowOracle::max),
			(x, y) -> (float) x - (float) y);
	}

	private static Grid twoPasses(final OracleCall c, final ToDoubleFunction<double[]> first,
		final ToDoubleFunction<double[]> second)
	{
		final WindowOracle w = c.window();
		return w.apply(w.apply(c.input(0), first), second);
	}

	/** The ids of the ops with an oracle. */
	public static Set<String> opIds() {
		return Collections.unmodifiableSet(ORACLES.keySet());
	}

	/** The expected result of a case: an image of the declared size and kind, or a table. */
	public static Object expected(final ConformanceCase c) {
		final Function<OracleCall, Object> oracle = ORACLES.get(c.opId());
		if (oracle == null) throw new IllegalStateException("no oracle for " + c.opId() + ": add one to Oracles");
		return oracle.apply(new OracleCall(c));
	}
}
