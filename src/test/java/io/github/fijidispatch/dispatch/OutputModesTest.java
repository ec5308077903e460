package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.conformance.Checksums;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.testing.ScijavaContext;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The output modes' checks, made before any backend runs: every op that does
 * not allow in place refuses it naming the op; in place refuses a call whose
 * result does not fit the input; an output of the wrong size or pixel type,
 * a table op, and an output that shares pixels with an input are refused as
 * bad input for parameter {@code output}; and a refused call writes nothing.
 */
class OutputModesTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@Test
	void everyOpThatDoesNotAllowInPlaceRefusesItNamingTheOp() {
		final List<String> refused = new ArrayList<>();
		for (final Op op : context.dispatch().ops()) {
			if (op.allowsInPlace()) continue;
			final Object[] inputs = inputsFor(op);
			final long[] before = checksums(inputs);
			final BadInputException e = assertThrows(BadInputException.class, () -> context.dispatch().op(op.id()).inputs(inputs)
				.set(requiredParameters(op)).inPlace().run(), op.id());
			assertTrue(e.getMessage().startsWith(op.id()), e.getMessage());
			assertEquals(op.id(), e.op());
			assertEquals("output", e.parameter());
			assertArrayEquals(before, checksums(inputs), op.id() + ": a refused call leaves its inputs alone");
			refused.add(op.id());
		}
		assertTrue(refused.contains("filter.gauss") && refused.contains("label.components") && refused.contains("measure.stats"),
			"refused: " + refused);
	}

	@Test
	void thePointOpsAndConversionsAllowInPlace() {
		for (final String id : new String[] { "math.add", "math.subtract", "math.multiply", "math.divide", "math.add_scalar",
			"math.multiply_scalar", "math.abs", "threshold.value", "threshold.auto", "convert.type" })
			assertTrue(context.dispatch().opDefinition(id).allowsInPlace(), id);
	}

	@Test
	void inPlaceRefusesAResultThatDoesNotFitTheInput() {
		final Img<? extends RealType<?>> bytes = ConformanceImages.random(PixelKind.UINT8, 1, 16, 12);
		final BadInputException e = assertThrows(BadInputException.class, () -> context.dispatch().op("threshold.value").input(
			ConformanceImages.random(PixelKind.FLOAT32, 1, 16, 12)).set("value", 0.5).inPlace().run());
		assertTrue(e.getMessage().contains("16x12 uint8"), e.getMessage());
		final BadInputException wider = assertThrows(BadInputException.class, () -> context.dispatch().op("math.add").inputs(bytes,
			ConformanceImages.random(PixelKind.UINT16, 2, 16, 12)).inPlace().run());
		assertTrue(wider.getMessage().contains("math.add cannot run in place over input"), wider.getMessage());
	}

	@Test
	void anOutputOfTheWrongSizeOrTypeIsRefusedSayingWhatIsAllowed() {
		final Img<? extends RealType<?>> image = ConformanceImages.random(PixelKind.FLOAT32, 1, 16, 12);
		final BadInputException size = assertThrows(BadInputException.class, () -> context.dispatch().op("filter.gauss").input(image)
			.set("sigma", 1).into(ArrayImgs.floats(16, 13)).run());
		assertEquals("output", size.parameter());
		assertEquals("16x13 float32", size.value());
		assertEquals("16x12 float32", size.allowed());
		assertTrue(size.getMessage().startsWith("filter.gauss: the output is a 16x13 float32 image"), size.getMessage());
		final BadInputException type = assertThrows(BadInputException.class, () -> context.dispatch().op("filter.gauss").input(image)
			.set("sigma", 1).into(ArrayImgs.unsignedBytes(16, 12)).run());
		assertEquals("16x12 uint8", type.value());
		final BadInputException table = assertThrows(BadInputException.class, () -> context.dispatch().op("measure.stats").input(image)
			.into(ArrayImgs.floats(16, 12)).run());
		assertTrue(table.getMessage().contains("returns a table"), table.getMessage());
		assertThrows(IllegalArgumentException.class, () -> context.dispatch().op("filter.gauss").input(image).set("sigma", 1)
			.into("not an image").run());
	}

	@Test
	void anOutputThatOverlapsAnInputWithoutBeingItIsRefused() {
		final Img<? extends RealType<?>> image = ConformanceImages.random(PixelKind.FLOAT32, 1, 16, 12);
		final long before = Checksums.of(image);
		final BadInputException e = assertThrows(BadInputException.class, () -> context.dispatch().op("math.add_scalar").input(image)
			.set("value", 1).into(Views.translate(image, 3, 0)).run());
		assertTrue(e.getMessage().contains("shares pixels with input 'image'"), e.getMessage());
		assertEquals(before, Checksums.of(image));
	}

	@Test
	void intoTheInputItselfIsInPlace() {
		final Img<? extends RealType<?>> image = ConformanceImages.random(PixelKind.UINT16, 1, 16, 12);
		final Object expected = context.dispatch().op("math.add_scalar").input(image).set("value", 5).on(Backends.REFERENCE).run();
		assertSame(image, context.dispatch().op("math.add_scalar").input(image).set("value", 5).into(image).on(Backends.REFERENCE).run());
		assertTrue(ResultComparison.same(context.dispatch().opDefinition("math.add_scalar"), expected, image).agrees());
		final Img<? extends RealType<?>> blurred = ConformanceImages.random(PixelKind.UINT16, 1, 16, 12);
		assertThrows(BadInputException.class, () -> context.dispatch().op("filter.gauss").input(blurred).set("sigma", 1).into(blurred)
			.run());
	}

	private static Object[] inputsFor(final Op op) {
		final Object[] inputs = new Object[op.inputNames().size()];
		for (int i = 0; i < inputs.length; i++)
			inputs[i] = ConformanceImages.random(PixelKind.FLOAT32, i + 1, 12, 10, 4);
		return inputs;
	}

	private static java.util.Map<String, Object> requiredParameters(final Op op) {
		final java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
		for (final io.github.fijidispatch.op.ParameterSpec p : op.parameters())
			if (p.isRequired() && !params.containsKey(p.name())) params.put(p.name(), 1);
		return params;
	}

	@SuppressWarnings("unchecked")
	private static long[] checksums(final Object[] inputs) {
		final List<RandomAccessibleInterval<? extends RealType<?>>> images = new ArrayList<>();
		for (final Object o : inputs)
			images.add((RandomAccessibleInterval<? extends RealType<?>>) o);
		return Checksums.of(images);
	}
}
