package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.testing.ScijavaContext;
import net.imglib2.Cursor;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every CLIJ2 implementation agrees with the imglib2 reference within its
 * op's tolerance, on small seeded random images, 2D and 3D, uint8, uint16
 * and float32 — both called through dispatch, {@code .on("clij2")} and
 * {@code .on("imglib2")}.
 */
class Clij2ConformanceTest {

	static final long[] SIZE_2D = { 40, 32 };
	static final long[] SIZE_3D = { 24, 20, 10 };
	static final PixelKind[] KINDS = { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 };

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	/** One parameterised call: op, parameters, and how to make its inputs. */
	static final class Case {

		final String opId;
		final Map<String, Object> params = new LinkedHashMap<>();
		final Function<Inputs, Object[]> inputs;
		boolean only3D;

		Case(final String opId, final Function<Inputs, Object[]> inputs, final Object... keyValues) {
			this.opId = opId;
			this.inputs = inputs;
			for (int i = 0; i < keyValues.length; i += 2)
				params.put((String) keyValues[i], keyValues[i + 1]);
		}

		Case only3D() {
			only3D = true;
			return this;
		}

		@Override
		public String toString() {
			return opId + (params.isEmpty() ? "" : " " + params);
		}
	}

	/** What a case needs to build its inputs. */
	static final class Inputs {

		final PixelKind kind;
		final long[] dims;

		Inputs(final PixelKind kind, final long[] dims) {
			this.kind = kind;
			this.dims = dims;
		}

		Img<?> random(final long seed) {
			return TestImages.random(kind, seed, dims);
		}

		Img<?> mask(final long seed, final double fraction) {
			return TestImages.mask(kind, seed, fraction, dims);
		}
	}

	static Object[] one(final Inputs in) {
		return new Object[] { in.random(11) };
	}

	static Object[] two(final Inputs in) {
		return new Object[] { in.random(11), in.random(12) };
	}

	static Object[] withUint8(final Inputs in) {
		return new Object[] { in.random(11), TestImages.random(PixelKind.UINT8, 13, in.dims) };
	}

	/** Float32 block labels 0..12 (some blocks background, label 7 absent) and an intensity image of the case's kind. */
	static Object[] labelsAndIntensity(final Inputs in) {
		final Img<FloatType> labels = ArrayImgs.floats(in.dims);
		final Cursor<FloatType> c = labels.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			final long block = c.getLongPosition(0) / 7 + 6 * (c.getLongPosition(1) / 6) +
				(in.dims.length > 2 ? 3 * c.getLongPosition(2) / 4 : 0);
			final long label = block % 14;
			c.get().setReal(label == 7 || label == 13 ? 0 : label);
		}
		return new Object[] { labels, in.random(11) };
	}

	static Object[] denseMask(final Inputs in) {
		return new Object[] { in.mask(15, 0.7) };
	}

	static Object[] mask(final Inputs in) {
		return new Object[] { in.mask(14, 0.45) };
	}

	/** The cases, per op id; an op without cases here fails {@link #everyClij2ImplementationHasCases}. */
	static List<Case> cases() {
		final List<Case> cases = new ArrayList<>();
		cases.add(new Case("filter.gauss", Clij2ConformanceTest::one, "sigma", 1.0));
		cases.add(new Case("filter.gauss", Clij2ConformanceTest::one, "sigma", new double[] { 2.5, 0.7 }));
		cases.add(new Case("filter.gauss", Clij2ConformanceTest::one, "sigma", new double[] { 0, 1.5 }));
		cases.add(new Case("filter.median", Clij2ConformanceTest::one, "radius", 1));
		cases.add(new Case("filter.median", Clij2ConformanceTest::one, "radius", new int[] { 2, 1 }));
		cases.add(new Case("math.abs", Clij2ConformanceTest::one));
		cases.add(new Case("math.add_scalar", Clij2ConformanceTest::one, "value", 13.7));
		cases.add(new Case("math.add_scalar", Clij2ConformanceTest::one, "value", -20));
		cases.add(new Case("math.multiply_scalar", Clij2ConformanceTest::one, "value", 2.5));
		cases.add(new Case("math.multiply_scalar", Clij2ConformanceTest::one, "value", -0.3));
		for (final String op : new String[] { "math.add", "math.subtract", "math.multiply", "math.divide" }) {
			cases.add(new Case(op, Clij2ConformanceTest::two));
			cases.add(new Case(op, Clij2ConformanceTest::withUint8));
		}
		cases.add(new Case("threshold.value", Clij2ConformanceTest::one, "value", 100.3));
		cases.add(new Case("threshold.value", Clij2ConformanceTest::one, "value", 37));
		for (final String op : new String[] { "project.max", "project.min", "project.mean", "project.sum" }) {
			cases.add(new Case(op, Clij2ConformanceTest::one, "axis", "z").only3D());
			cases.add(new Case(op, Clij2ConformanceTest::one, "axis", "y"));
			cases.add(new Case(op, Clij2ConformanceTest::one, "axis", "x"));
		}
		cases.add(new Case("transform.flip", Clij2ConformanceTest::one, "axes", "x"));
		cases.add(new Case("transform.flip", Clij2ConformanceTest::one, "axes", "xy"));
		cases.add(new Case("transform.flip", Clij2ConformanceTest::one, "axes", "xyz").only3D());
		for (int turns = 1; turns <= 3; turns++)
			cases.add(new Case("transform.rotate90", Clij2ConformanceTest::one, "turns", turns));
		cases.add(new Case("transform.crop", Clij2ConformanceTest::one, "origin", new int[] { 3, 2 }, "size", new int[] { 10, 8 }));
		for (final String target : new String[] { "uint8", "uint16", "float32" }) {
			cases.add(new Case("convert.type", Clij2ConformanceTest::one, "target", target, "scale", true));
			cases.add(new Case("convert.type", Clij2ConformanceTest::one, "target", target, "scale", false));
		}
		cases.add(new Case("measure.stats", Clij2ConformanceTest::one));
		cases.add(new Case("metrics.mse", Clij2ConformanceTest::two));
		cases.add(new Case("metrics.psnr", Clij2ConformanceTest::two));
		for (final String op : new String[] { "filter.mean", "filter.min", "filter.max", "filter.variance", "filter.tophat" }) {
			cases.add(new Case(op, Clij2ConformanceTest::one, "radius", 1));
			cases.add(new Case(op, Clij2ConformanceTest::one, "radius", new int[] { 2, 1 }, "shape", "sphere"));
			cases.add(new Case(op, Clij2ConformanceTest::one, "radius", new int[] { 0, 2 }, "shape", "sphere"));
		}
		for (final String op : new String[] { "morphology.erode", "morphology.dilate", "morphology.open", "morphology.close" }) {
			cases.add(new Case(op, Clij2ConformanceTest::mask, "radius", new int[] { 1, 2 }));
			cases.add(new Case(op, Clij2ConformanceTest::mask, "radius", new int[] { 2, 3 }, "shape", "sphere"));
		}
		cases.add(new Case("filter.sobel", Clij2ConformanceTest::one));
		cases.add(new Case("filter.dog", Clij2ConformanceTest::one, "sigma1", 1.0, "sigma2", 2.0));
		cases.add(new Case("filter.dog", Clij2ConformanceTest::one, "sigma1", new double[] { 2.5, 0.7 }, "sigma2", new double[] { 0, 1.2 }));
		cases.add(new Case("morphology.fill_holes", Clij2ConformanceTest::mask));
		cases.add(new Case("morphology.fill_holes", Clij2ConformanceTest::denseMask));
		for (final String method : new String[] { "Default", "Otsu", "Huang", "Li", "MaxEntropy", "Triangle", "Yen" })
			cases.add(new Case("threshold.auto", Clij2ConformanceTest::one, "method", method));
		cases.add(new Case("threshold.auto", Clij2ConformanceTest::mask, "method", "Otsu"));
		for (final String interpolation : new String[] { "nearest", "linear" }) {
			cases.add(new Case("transform.scale", Clij2ConformanceTest::one, "factors", 0.5, "interpolation", interpolation));
			cases.add(new Case("transform.scale", Clij2ConformanceTest::one, "factors", new double[] { 1.7, 0.33 }, "interpolation", interpolation));
			cases.add(new Case("transform.scale", Clij2ConformanceTest::one, "factors", new double[] { 2, 1.25 }, "interpolation", interpolation));
		}
		cases.add(new Case("label.measure", Clij2ConformanceTest::labelsAndIntensity));
		cases.add(new Case("label.components", Clij2ConformanceTest::mask, "connectivity", "face"));
		cases.add(new Case("label.components", Clij2ConformanceTest::mask, "connectivity", "full"));
		return cases;
	}

	static Stream<Arguments> calls() {
		final List<Arguments> args = new ArrayList<>();
		for (final Case c : cases())
			for (final PixelKind k : KINDS)
				for (final long[] dims : Arrays.asList(SIZE_2D, SIZE_3D))
					if (!(c.only3D && dims.length == 2)) args.add(Arguments.of(c, k, dims.length + "D"));
		return args.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("calls")
	void agreesWithReference(final Case c, final PixelKind kind, final String dimensionality) {
		Clij2Assumptions.requireDevice(context.dispatch());
		Assumptions.assumeTrue(context.dispatch().implementation(c.opId, Clij2Backend.ID) != null &&
			context.dispatch().implementation(c.opId, "imglib2") != null,
			c.opId + " has not landed on both backends yet");
		final long[] dims = dimensionality.equals("2D") ? SIZE_2D : SIZE_3D;
		final Object[] inputs = c.inputs.apply(new Inputs(kind, dims));
		final Object reference = context.dispatch().op(c.opId).inputs(inputs).set(c.params).on("imglib2").run();
		final Object actual = context.dispatch().op(c.opId).inputs(inputs).set(c.params).on("clij2").run();
		final Op op = context.dispatch().opDefinition(c.opId);
		ReferenceAgreement.assertAgrees(op, c.params, inputs, reference, actual, c + " " + kind + " " + dimensionality);
	}

	@Test
	void everyClij2ImplementationHasCases() {
		final Set<String> covered = new TreeSet<>();
		for (final Case c : cases())
			covered.add(c.opId);
		final Set<String> missing = new TreeSet<>();
		for (final Op op : context.dispatch().ops())
			if (context.dispatch().implementation(op.id(), Clij2Backend.ID) != null && !covered.contains(op.id()))
				missing.add(op.id());
		assertTrue(missing.isEmpty(), "clij2 implementations without conformance cases: " + missing);
	}
}
