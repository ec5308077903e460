package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.dispatch.DispatchService;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

/** label.measure on clij2 rejects fractional labels as bad input, naming the op and the input. */
class Clij2MeasureLabelsTest {

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

	@Test
	void fractionalLabelFailsTheCall() {
		Clij2Assumptions.requireDevice(dispatch);
		final Img<FloatType> labels = ArrayImgs.floats(new float[] { 0, 1, 2.5f, 2, 1, 0 }, 3, 2);
		final Img<FloatType> intensity = ArrayImgs.floats(new float[] { 1, 2, 3, 4, 5, 6 }, 3, 2);
		final Exception e = assertThrows(Exception.class,
			() -> dispatch.op("label.measure").inputs(labels, intensity).on("clij2").run());
		String messages = "";
		for (Throwable t = e; t != null; t = t.getCause())
			messages += t + "\n";
		assertTrue(messages.contains("IllegalArgumentException") && messages.contains("label.measure") &&
			messages.contains("'labels'") && messages.contains("fractional"), messages);
	}
}
