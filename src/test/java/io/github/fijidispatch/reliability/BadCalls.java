package io.github.fijidispatch.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.conformance.ConformanceCase;
import io.github.fijidispatch.conformance.ConformanceCases;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Generates the bad and borderline calls of an op, starting from a valid
 * call of the conformance kit and breaking one thing at a time: null,
 * missing, extra and non-image inputs; empty, one-pixel, 1D, 4D and 5D
 * images; ARGB and complex pixels; NaN and ±Inf pixels; NaN, negative,
 * huge and wrongly typed parameter values; unknown and missing parameters;
 * mismatched sizes for two-input ops.
 */
final class BadCalls {

	private BadCalls() {
		// NB: static holder
	}

	static List<BadCall> of(final Op op) {
		final List<BadCall> calls = new ArrayList<>();
		final ConformanceCase valid = ConformanceCases.of(op).get(0);
		final Map<String, Object> params = valid.params();
		final Object[] good = valid.inputArray();
		final int n = good.length;
		for (int i = 0; i < n; i++)
			calls.add(reject(op, "null input", "input " + i + " null", replace(good, i, null), params));
		calls.add(reject(op, "input count", "one input missing", Arrays.copyOf(good, n - 1), params));
		final Object[] extra = Arrays.copyOf(good, n + 1);
		extra[n] = good[0];
		calls.add(reject(op, "input count", "one input too many", extra, params));
		calls.add(reject(op, "not an image", "a String as input 0", replace(good, 0, "cell.png"), params));
		calls.add(reject(op, "empty image", "0x8 pixels", empty(op), params));
		calls.add(maybe(op, "one-pixel image", "1x1", shaped(op, PixelKind.UINT8, 1, 1), params, false));
		calls.add(maybe(op, "one-pixel image", "1x1x1", shaped(op, PixelKind.FLOAT32, 1, 1, 1), params, false));
		calls.add(reject(op, "dimensionality", "1D", shaped(op, PixelKind.UINT16, 9), params));
		calls.add(reject(op, "dimensionality", "4D", shaped(op, PixelKind.UINT8, 4, 4, 3, 2), params));
		calls.add(reject(op, "dimensionality", "5D", shaped(op, PixelKind.FLOAT32, 3, 3, 2, 2, 2), params));
		calls.add(reject(op, "unsupported pixel type", "ARGB", replace(good, 0, ArrayImgs.argbs(8, 8)), params));
		calls.add(reject(op, "unsupported pixel type", "complex float", replace(good, 0, ArrayImgs.complexFloats(8, 8)), params));
		calls.add(maybe(op, "non-finite pixels", "NaN pixels", withPixels(op, Float.NaN), params, true));
		calls.add(maybe(op, "non-finite pixels", "±Inf pixels", withPixels(op, Float.POSITIVE_INFINITY), params, true));
		for (final ParameterSpec p : op.parameters())
			addParameterCalls(calls, op, p, good, params);
		calls.add(reject(op, "unknown parameter", "bogus=1", good, with(params, "bogus", 1)));
		if (n == 2) {
			final Object[] mismatched = good.clone();
			mismatched[1] = Views.interval((RandomAccessibleInterval<?>) good[1], new long[] { 0, 0 }, new long[] { 7, 7 });
			calls.add(reject(op, "mismatched sizes", "second input 8x8", mismatched, params));
			calls.add(reject(op, "mismatched sizes", "second input 3D", replace(good, 1,
				ConformanceCases.randomInputs(op, PixelKind.FLOAT32, new long[] { 40, 32, 2 }).get(1)), params));
		}
		return calls;
	}

	private static void addParameterCalls(final List<BadCall> calls, final Op op, final ParameterSpec p, final Object[] good,
		final Map<String, Object> params)
	{
		final String name = p.name();
		if (p.isRequired()) {
			final Map<String, Object> without = new LinkedHashMap<>(params);
			without.remove(name);
			calls.add(reject(op, "missing parameter", name + " left out", good, without));
		}
		switch (p.kind()) {
			case REAL:
			case INTEGER:
				calls.add(reject(op, "NaN parameter", name + "=NaN", good, with(params, name, Double.NaN)));
				calls.add(byRange(op, p, "negative parameter", good, params, -1));
				calls.add(byRange(op, p, "huge parameter", good, params, p.kind() == ParameterSpec.Kind.INTEGER ? Integer.MAX_VALUE : 1e30));
				calls.add(byRange(op, p, "huge parameter", good, params, p.kind() == ParameterSpec.Kind.INTEGER ? Integer.MIN_VALUE : -1e30));
				calls.add(reject(op, "wrong parameter type", name + "=\"abc\"", good, with(params, name, "abc")));
				calls.add(reject(op, "wrong parameter type", name + "=true", good, with(params, name, Boolean.TRUE)));
				if (p.kind() == ParameterSpec.Kind.INTEGER)
					calls.add(reject(op, "wrong parameter type", name + "=1.5", good, with(params, name, 1.5)));
				break;
			case CHOICE:
				calls.add(reject(op, "wrong parameter type", name + "=42", good, with(params, name, 42)));
				calls.add(reject(op, "wrong parameter type", name + "=\"no-such-choice\"", good, with(params, name, "no-such-choice")));
				break;
			default:
				calls.add(reject(op, "wrong parameter type", name + "=\"maybe\"", good, with(params, name, "maybe")));
				calls.add(reject(op, "wrong parameter type", name + "=3", good, with(params, name, 3)));
		}
	}

	/** A value the declaration allows may still be rejected by the op's cross-checks; one it does not allow must be. */
	private static BadCall byRange(final Op op, final ParameterSpec p, final String category, final Object[] good,
		final Map<String, Object> params, final double value)
	{
		final Map<String, Object> m = with(params, p.name(), p.kind() == ParameterSpec.Kind.INTEGER ? (Object) (int) value : value);
		final String what = p.name() + "=" + ParameterSpec.toText(m.get(p.name()));
		if (value < p.min() || value > p.max()) return reject(op, category, what, good, m);
		return maybe(op, category, what, good, m, false);
	}

	private static BadCall reject(final Op op, final String category, final String what, final Object[] inputs,
		final Map<String, ?> params)
	{
		return new BadCall(op, category, what, inputs, params, true, false);
	}

	private static BadCall maybe(final Op op, final String category, final String what, final Object[] inputs,
		final Map<String, ?> params, final boolean nonFinite)
	{
		return new BadCall(op, category, what, inputs, params, false, nonFinite);
	}

	private static Object[] replace(final Object[] inputs, final int i, final Object value) {
		final Object[] out = inputs.clone();
		out[i] = value;
		return out;
	}

	private static Map<String, Object> with(final Map<String, Object> params, final String name, final Object value) {
		final Map<String, Object> m = new LinkedHashMap<>(params);
		m.put(name, value);
		return m;
	}

	/** The op's inputs in another shape (every input the same shape). */
	private static Object[] shaped(final Op op, final PixelKind kind, final long... dims) {
		return ConformanceCases.randomInputs(op, kind, dims).toArray();
	}

	/** The op's inputs as views with a 0-pixel X axis (ImgLib2 cannot allocate such images). */
	private static Object[] empty(final Op op) {
		final Object[] inputs = shaped(op, PixelKind.FLOAT32, 4, 8);
		for (int i = 0; i < inputs.length; i++)
			inputs[i] = Views.interval((RandomAccessibleInterval<?>) inputs[i], new long[] { 0, 0 }, new long[] { -1, 7 });
		return inputs;
	}

	/** Float inputs with every seventh pixel set to {@code value} (and to {@code -value} in between for infinities). */
	private static Object[] withPixels(final Op op, final float value) {
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs = ConformanceCases.randomInputs(op, PixelKind.FLOAT32,
			new long[] { 12, 10 });
		for (final RandomAccessibleInterval<? extends RealType<?>> in : inputs) {
			long i = 0;
			for (final RealType<?> t : Views.flatIterable(in)) {
				if (i % 7 == 0) t.setReal(value);
				else if (i % 7 == 3 && Float.isInfinite(value)) t.setReal(-value);
				i++;
			}
		}
		return inputs.toArray();
	}
}
