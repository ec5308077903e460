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
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scijava.Context;

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

	private static Context context;
	private static DispatchService dispatch;

	@BeforeAll
	static void open() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	/** One parameterised call: op, parameters, and how to make its inputs. */
	static final class Case {

		final String opId;
		final Map<String, Object> params = new LinkedHashMap<>();
		final Function<Inputs, Object[]> inputs;

		Case(final String opId, final Function<Inputs, Object[]> inputs, final Object... keyValues) {
			this.opId = opId;
			this.inputs = inputs;
			for (int i = 0; i < keyValues.length; i += 2)
				params.put((String) keyValues[i], keyValues[i + 1]);
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

	/** The cases, per op id; an op without cases here fails {@link #everyClij2ImplementationHasCases}. */
	static List<Case> cases() {
		final List<Case> cases = new ArrayList<>();
		cases.add(new Case("filter.gauss", Clij2ConformanceTest::one, "sigma", 1.0));
		cases.add(new Case("filter.gauss", Clij2ConformanceTest::one, "sigma", new double[] { 2.5, 0.7 }));
		cases.add(new Case("filter.gauss", Clij2ConformanceTest::one, "sigma", new double[] { 0, 1.5 }));
		return cases;
	}

	static Stream<Arguments> calls() {
		final List<Arguments> args = new ArrayList<>();
		for (final Case c : cases())
			for (final PixelKind k : KINDS)
				for (final long[] dims : Arrays.asList(SIZE_2D, SIZE_3D))
					args.add(Arguments.of(c, k, dims.length + "D"));
		return args.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("calls")
	void agreesWithReference(final Case c, final PixelKind kind, final String dimensionality) {
		Clij2Assumptions.requireDevice(dispatch);
		final long[] dims = dimensionality.equals("2D") ? SIZE_2D : SIZE_3D;
		final Object[] inputs = c.inputs.apply(new Inputs(kind, dims));
		final Object reference = dispatch.op(c.opId).inputs(inputs).set(c.params).on("imglib2").run();
		final Object actual = dispatch.op(c.opId).inputs(inputs).set(c.params).on("clij2").run();
		@SuppressWarnings("unchecked")
		final double range = TestImages.range((RandomAccessibleInterval<? extends RealType<?>>) inputs[0]);
		final Op op = dispatch.opDefinition(c.opId);
		ReferenceAgreement.assertAgrees(op, reference, actual, range, c + " " + kind + " " + dimensionality);
	}

	@Test
	void everyClij2ImplementationHasCases() {
		final Set<String> covered = new TreeSet<>();
		for (final Case c : cases())
			covered.add(c.opId);
		final Set<String> missing = new TreeSet<>();
		for (final Op op : dispatch.ops())
			if (dispatch.implementation(op.id(), Clij2Backend.ID) != null && !covered.contains(op.id())) missing.add(op.id());
		assertTrue(missing.isEmpty(), "clij2 implementations without conformance cases: " + missing);
	}
}
