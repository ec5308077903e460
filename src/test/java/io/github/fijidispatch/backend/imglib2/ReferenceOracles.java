package io.github.fijidispatch.backend.imglib2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.fijidispatch.conformance.ConformanceCase;
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
import io.github.fijidispatch.op.threshold.ValueThresholdOp;
import io.github.fijidispatch.op.transform.CropOp;
import io.github.fijidispatch.op.transform.FlipOp;
import io.github.fijidispatch.op.transform.Rotate90Op;
import io.github.fijidispatch.op.transform.ScaleOp;

/**
 * Independent expectations for the reference backend: per op id, a
 * brute-force implementation written from the op's javadoc (in the
 * {@code *Oracles} classes), sharing no code with the backend. The one op
 * without an oracle is {@code threshold.auto}: its answer is ImageJ's
 * {@code AutoThresholder} itself, which the backend calls and
 * {@code ImageJ1AgreementTest} checks against ImageJ 1.
 */
final class ReferenceOracles {

	private static final Map<String, Function<OracleCall, Object>> ORACLES = new LinkedHashMap<>();

	static {
		image(AddOp.ID, c -> PointOracles.pairwise(c, (a, b) -> a + b));
		image(SubtractOp.ID, c -> PointOracles.pairwise(c, (a, b) -> a - b));
		image(MultiplyOp.ID, c -> PointOracles.pairwise(c, (a, b) -> a * b));
		image(DivideOp.ID, c -> PointOracles.pairwise(c, (a, b) -> a / b));
		image(AddScalarOp.ID, c -> PointOracles.each(c, v -> v + c.params.real("value")));
		image(MultiplyScalarOp.ID, c -> PointOracles.each(c, v -> v * c.params.real("value")));
		image(AbsOp.ID, c -> PointOracles.each(c, Math::abs));
		image(ValueThresholdOp.ID, PointOracles::threshold);
		image(ConvertTypeOp.ID, PointOracles::convert);
		image(MeanOp.ID, c -> NeighbourhoodOracles.filter(c, NeighbourhoodOracles::mean));
		image(MinOp.ID, c -> NeighbourhoodOracles.filter(c, NeighbourhoodOracles::min));
		image(MaxOp.ID, c -> NeighbourhoodOracles.filter(c, NeighbourhoodOracles::max));
		image(MedianOp.ID, c -> NeighbourhoodOracles.filter(c, NeighbourhoodOracles::median));
		image(VarianceOp.ID, c -> NeighbourhoodOracles.filter(c, NeighbourhoodOracles::variance));
		image(TopHatOp.ID, NeighbourhoodOracles::topHat);
		image(SobelOp.ID, NeighbourhoodOracles::sobel);
		image(GaussOp.ID, NeighbourhoodOracles::gauss);
		image(DifferenceOfGaussiansOp.ID, NeighbourhoodOracles::differenceOfGaussians);
		image(ErodeOp.ID, c -> NeighbourhoodOracles.morphology(c, true));
		image(DilateOp.ID, c -> NeighbourhoodOracles.morphology(c, false));
		image(OpenOp.ID, c -> NeighbourhoodOracles.morphology(c, true, false));
		image(CloseOp.ID, c -> NeighbourhoodOracles.morphology(c, false, true));
		image(FillHolesOp.ID, MeasureOracles::fillHoles);
		image(ComponentsOp.ID, MeasureOracles::components);
		image(FlipOp.ID, GeometryOracles::flip);
		image(CropOp.ID, GeometryOracles::crop);
		image(Rotate90Op.ID, GeometryOracles::rotate90);
		image(ScaleOp.ID, GeometryOracles::scale);
		image(MaxProjectionOp.ID, c -> GeometryOracles.project(c, Double.NEGATIVE_INFINITY, Math::max, true, false));
		image(MinProjectionOp.ID, c -> GeometryOracles.project(c, Double.POSITIVE_INFINITY, Math::min, true, false));
		image(SumProjectionOp.ID, c -> GeometryOracles.project(c, 0, Double::sum, false, false));
		image(MeanProjectionOp.ID, c -> GeometryOracles.project(c, 0, Double::sum, false, true));
		ORACLES.put(StatsOp.ID, MeasureOracles::stats);
		ORACLES.put(MseOp.ID, MeasureOracles::mseTable);
		ORACLES.put(PsnrOp.ID, MeasureOracles::psnr);
		ORACLES.put(MeasureLabelsOp.ID, MeasureOracles::measureLabels);
	}

	private ReferenceOracles() {
		// NB: static holder
	}

	private static void image(final String opId, final Function<OracleCall, FlatImage> oracle) {
		ORACLES.put(opId, c -> oracle.apply(c).toImg());
	}

	/** The ids of the ops with an oracle. */
	static Set<String> opIds() {
		return Collections.unmodifiableSet(ORACLES.keySet());
	}

	/** The expected result of a case: an image of the declared kind, or a table. */
	static Object expected(final ConformanceCase c) {
		final Function<OracleCall, Object> oracle = ORACLES.get(c.opId());
		if (oracle == null) throw new IllegalArgumentException("no oracle for " + c.opId() + "; oracles: " + ORACLES.keySet());
		return oracle.apply(new OracleCall(c));
	}
}
