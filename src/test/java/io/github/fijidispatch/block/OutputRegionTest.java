package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A block's region of an output in memory ({@link BlockSink#region}) takes an op's result written {@code into} it:
 * the point ops (their own row loops into the region, float and other kinds), pairwise math, conversions and
 * thresholds (computed, then copied in by rows) give exactly the function-mode result on the block, and no pixel
 * outside the region changes. On {@code imglib2}, in 2D and 3D.
 */
class OutputRegionTest extends AbstractBlockTest {

	private static final double SENTINEL = 7;

	@TestFactory
	Stream<DynamicTest> anOpWrittenIntoARegionEqualsItsResultThereAndLeavesTheRestAlone() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final long[] dims : new long[][] { { 37, 23 }, { 19, 13, 9 } }) {
			final Interval box = dims.length == 2 ? new FinalInterval(new long[] { 5, 3 }, new long[] { 20, 17 })
				: new FinalInterval(new long[] { 2, 4, 1 }, new long[] { 15, 11, 6 });
			for (final PixelKind kind : new PixelKind[] { PixelKind.FLOAT32, PixelKind.UINT8, PixelKind.UINT16 }) {
				final Img<?> a = ConformanceImages.random(kind, 3, dims);
				final Img<?> b = ConformanceImages.random(kind, 4, dims);
				cases(a, b).forEach((name, images) -> tests.add(DynamicTest.dynamicTest(name + " " + kind + " " + dims.length +
					"D", () -> check(name, images, box))));
			}
		}
		return tests.stream();
	}

	private static void check(final String name, final List<Object> call, final Interval box) {
		final String op = (String) call.get(0);
		@SuppressWarnings("unchecked")
		final Map<String, Object> params = (Map<String, Object>) call.get(1);
		final List<RandomAccessibleInterval<?>> boxes = new ArrayList<>();
		for (final Object image : call.subList(2, call.size()))
			boxes.add(BlockImages.box((RandomAccessibleInterval<?>) image, box));
		final RandomAccessibleInterval<?> expected = request(op, params, boxes).runImage();
		final ImageInfo whole = new ImageInfo(Intervals.dimensionsAsLongArray((Interval) call.get(2)), HostImages.describe(
			expected).kind());
		final BlockSink sink = BlockOutput.IN_MEMORY.open(whole, null);
		final RandomAccessibleInterval<?> image = (RandomAccessibleInterval<?>) sink.complete(null);
		fill(image);
		final RandomAccessibleInterval<?> region = sink.region(box);
		request(op, params, boxes).into(region).run();
		assertSame(name, expected, region);
		final Cursor<? extends RealType<?>> c = Views.iterable(real(image)).localizingCursor();
		while (c.hasNext()) {
			final double v = c.next().getRealDouble();
			if (!Intervals.contains(box, c)) assertEquals(SENTINEL, v, name + ": pixel outside the region changed");
		}
	}

	/** Op id, parameters, then the inputs. */
	private static Map<String, List<Object>> cases(final Img<?> a, final Img<?> b) {
		final Map<String, List<Object>> out = new HashMap<>();
		out.put("math.add_scalar", list("math.add_scalar", Collections.singletonMap("value", 3.5), a));
		out.put("math.multiply_scalar", list("math.multiply_scalar", Collections.singletonMap("value", -1.25), a));
		out.put("math.abs", list("math.abs", Collections.emptyMap(), a));
		out.put("math.add", list("math.add", Collections.emptyMap(), a, b));
		out.put("convert.type", list("convert.type", params("target", "float32", "scale", false), a));
		out.put("convert.type scaled to uint8", list("convert.type", params("target", "uint8", "scale", true), a));
		out.put("threshold.value", list("threshold.value", Collections.singletonMap("value", 40.0), a));
		return out;
	}

	private static List<Object> list(final Object... items) {
		final List<Object> out = new ArrayList<>();
		Collections.addAll(out, items);
		return out;
	}

	private static Map<String, Object> params(final Object... pairs) {
		final Map<String, Object> out = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2)
			out.put((String) pairs[i], pairs[i + 1]);
		return out;
	}

	private static OpRequest request(final String op, final Map<String, Object> params,
		final List<RandomAccessibleInterval<?>> inputs)
	{
		final OpRequest request = dispatch.op(op).set(params).on("imglib2");
		for (final RandomAccessibleInterval<?> in : inputs)
			request.input(in);
		return request;
	}

	private static void fill(final RandomAccessibleInterval<?> image) {
		for (final RealType<?> t : Views.iterable(real(image)))
			t.setReal(SENTINEL);
	}

	private static void assertSame(final String name, final RandomAccessibleInterval<?> expected,
		final RandomAccessibleInterval<?> actual)
	{
		assertEquals(HostImages.describe(expected), HostImages.describe(actual), name);
		final Cursor<? extends RealType<?>> e = Views.flatIterable(real(expected)).localizingCursor();
		final RandomAccess<? extends RealType<?>> a = real(actual).randomAccess();
		int compared = 0;
		while (e.hasNext()) {
			final double want = e.next().getRealDouble();
			a.setPosition(e);
			final double got = a.get().getRealDouble();
			assertTrue(Double.doubleToLongBits(want) == Double.doubleToLongBits(got), name + " at " + Intervals.toString(
				new FinalInterval(e.positionAsLongArray(), e.positionAsLongArray())) + ": " + got + ", not " + want);
			compared++;
		}
		assertTrue(compared > 0);
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends RealType<?>> real(final RandomAccessibleInterval<?> image) {
		return (RandomAccessibleInterval<? extends RealType<?>>) image;
	}
}
