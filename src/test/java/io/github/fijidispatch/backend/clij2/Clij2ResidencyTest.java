package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

/**
 * Device data stays on the device: a chain of ops on a buffer the user
 * pushed once and pulls once makes exactly those two transfers, none between
 * ops, whether the backend is named or chosen because the data lives there.
 */
class Clij2ResidencyTest {

	private Context context;
	private DispatchService dispatch;

	@BeforeEach
	void open() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterEach
	void close() {
		context.dispose();
	}

	@Test
	void chainOnDeviceDataMakesOneUploadAndOneDownload() {
		final Clij2Backend clij2 = Clij2Assumptions.requireDevice(dispatch);
		final Img<?> img = TestImages.random(PixelKind.UINT16, 8, 40, 32, 6);
		final long uploadsBefore = clij2.uploadCount();
		final long downloadsBefore = clij2.downloadCount();
		final int traceBefore = dispatch.trace().size();

		final Object pushed = clij2.upload(img);
		final List<Object> intermediates = new ArrayList<>();
		Object current = pushed;
		for (final String[] step : chain()) {
			final boolean named = intermediates.size() % 2 == 0;
			current = dispatch.op(step[0]).input(current).set(step[1], Double.parseDouble(step[2]))
				.on(named ? "clij2" : null).run();
			assertTrue(clij2.isResident(current), step[0] + " returned a device buffer");
			intermediates.add(current);
		}
		final RandomAccessibleInterval<?> pulled = clij2.download(current);

		assertEquals(1, clij2.uploadCount() - uploadsBefore, "uploads");
		assertEquals(1, clij2.downloadCount() - downloadsBefore, "downloads");
		assertEquals(0, dispatch.transfers().uploads(), "dispatch made no upload");
		assertEquals(0, dispatch.transfers().downloads(), "dispatch made no download");
		final List<CallRecord> records = dispatch.trace().records();
		assertEquals(chain().size(), records.size() - traceBefore);
		for (final CallRecord r : records.subList(traceBefore, records.size())) {
			assertEquals("clij2", r.backendId(), r.toString());
			assertEquals(0, r.uploads(), r.toString());
			assertEquals(0, r.downloads(), r.toString());
		}

		Object host = img;
		for (final String[] step : chain())
			host = dispatch.op(step[0]).input(host).set(step[1], Double.parseDouble(step[2])).on("imglib2").run();
		// NB: rounding at each step of the chain may differ by one per step.
		final double worst = ReferenceAgreement.maxDifference(cast(host), cast(pulled));
		assertTrue(worst <= chain().size(), "chain result within the tolerance of each step: max |Δ| = " + worst);

		clij2.release(pushed);
		for (final Object o : intermediates)
			clij2.release(o);
	}

	/** Op, parameter, value: at least three ops. */
	private static List<String[]> chain() {
		final List<String[]> steps = new ArrayList<>();
		steps.add(new String[] { "filter.gauss", "sigma", "1.0" });
		steps.add(new String[] { "filter.gauss", "sigma", "2.0" });
		steps.add(new String[] { "filter.gauss", "sigma", "0.5" });
		return steps;
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends net.imglib2.type.numeric.RealType<?>> cast(final Object o) {
		return (RandomAccessibleInterval<? extends net.imglib2.type.numeric.RealType<?>>) o;
	}
}
