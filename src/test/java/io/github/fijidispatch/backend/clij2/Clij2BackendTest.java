package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;

import io.github.fijidispatch.backend.DeviceKind;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.dispatch.CandidateStatus;
import io.github.fijidispatch.dispatch.Decision;
import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

class Clij2BackendTest {

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
	void describesItsDeviceWithKindAndFacts() {
		final Clij2Backend b = Clij2Assumptions.requireDevice(dispatch);
		final Map<String, String> info = b.deviceInfo();
		assertEquals(Arrays.asList("device", "type", "OpenCL version", "global memory", "max allocation", "compute units"),
			Arrays.asList(info.keySet().toArray()));
		final DeviceKind expected = info.get("type").equals("GPU") ? DeviceKind.GPU : DeviceKind.OPENCL_CPU;
		assertEquals(expected, b.deviceKind());
		assertFalse(b.isHostResident());
	}

	@Test
	void uploadAndDownloadKeepSizeKindAndPixels() {
		final Clij2Backend b = Clij2Assumptions.requireDevice(dispatch);
		for (final PixelKind kind : Clij2ConformanceTest.KINDS) {
			for (final long[] dims : Arrays.asList(new long[] { 7, 5 }, new long[] { 6, 4, 3 }, new long[] { 5, 4, 1 })) {
				final Img<?> img = TestImages.random(kind, 5, dims);
				final Object device = b.upload(img);
				try {
					assertTrue(b.isResident(device));
					assertEquals(new ImageInfo(dims, kind), b.describe(device));
					final RandomAccessibleInterval<?> back = b.download(device);
					assertNotSame(img, back);
					assertSame(img, back, kind + " " + Arrays.toString(dims));
				}
				finally {
					b.release(device);
				}
			}
		}
	}

	@Test
	void uploadCopiesViewsWithOffsets() {
		final Clij2Backend b = Clij2Assumptions.requireDevice(dispatch);
		final Img<?> img = TestImages.random(PixelKind.UINT16, 6, 12, 10);
		@SuppressWarnings({ "rawtypes", "unchecked" })
		final RandomAccessibleInterval<?> view = Views.interval((RandomAccessibleInterval) img, new long[] { 3, 2 }, new long[] { 9, 8 });
		final Object device = b.upload(view);
		try {
			assertEquals(new ImageInfo(new long[] { 7, 7 }, PixelKind.UINT16), b.describe(device));
			assertSame(Views.zeroMin(view), b.download(device), "view");
		}
		finally {
			b.release(device);
		}
	}

	@Test
	void releaseFreesTheBuffer() {
		final Clij2Backend b = Clij2Assumptions.requireDevice(dispatch);
		final int before = b.allocatedImageCount();
		final Object device = b.upload(TestImages.random(PixelKind.FLOAT32, 1, 8, 8));
		assertEquals(before + 1, b.allocatedImageCount());
		b.release(device);
		assertEquals(before, b.allocatedImageCount());
	}

	@Test
	void foreignObjectsAreNotResident() {
		final Clij2Backend b = Clij2Assumptions.requireDevice(dispatch);
		assertFalse(b.isResident(TestImages.random(PixelKind.UINT8, 1, 4, 4)));
		assertFalse(b.isResident("not an image"));
		assertThrows(IllegalArgumentException.class, () -> b.describe("not an image"));
		assertThrows(IllegalArgumentException.class, () -> b.download(TestImages.random(PixelKind.UINT8, 1, 4, 4)));
	}

	@Test
	void unsupportedPixelKindIsDeclinedWithReason() {
		Clij2Assumptions.requireDevice(dispatch);
		final Img<?> shorts = ArrayImgs.shorts(8, 8);
		final Decision d = dispatch.op("filter.gauss").input(shorts).set("sigma", 1).explain();
		assertEquals(CandidateStatus.DECLINED, d.candidate("clij2").status());
		assertTrue(d.candidate("clij2").reason().contains("int16"), d.candidate("clij2").reason());
		final DispatchException e = assertThrows(DispatchException.class,
			() -> dispatch.op("filter.gauss").input(shorts).set("sigma", 1).on("clij2").run());
		assertTrue(e.getMessage().contains("int16"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> dispatch.backend("clij2").upload(shorts));
	}

	@Test
	void medianRunsWindowsOverAThousandPixelsAndSpheresExactly() {
		Clij2Assumptions.requireDevice(dispatch);
		// NB: 11x11x11 = 1331 and float32 were what CLIJ2's own median could not run (declined, or SIGSEGV on PoCL).
		final Img<?> bytes = TestImages.random(PixelKind.UINT8, 2, 20, 20, 12);
		final Img<?> floats = TestImages.random(PixelKind.FLOAT32, 3, 20, 20, 12);
		for (final Img<?> img : Arrays.asList(bytes, floats))
			for (final String shape : Arrays.asList("box", "sphere")) {
				final Object ref = dispatch.op("filter.median").input(img).set("radius", 5).set("shape", shape).on("imglib2").run();
				final Object out = dispatch.op("filter.median").input(img).set("radius", 5).set("shape", shape).on("clij2").run();
				assertTrue(TestImages.samePixels((RandomAccessibleInterval<?>) ref, (RandomAccessibleInterval<?>) out),
					shape + " radius 5 on " + io.github.fijidispatch.backend.HostImages.describe(img));
			}
	}

	@Test
	void medianSortsNaNAboveEverythingAndKeepsInfinities() {
		Clij2Assumptions.requireDevice(dispatch);
		final Img<net.imglib2.type.numeric.real.FloatType> img = ArrayImgs.floats(new float[] { Float.NaN, Float.NaN, 1,
			Float.NEGATIVE_INFINITY, -0f, Float.POSITIVE_INFINITY, Float.NaN, 2, 3 }, 9, 1);
		final Object ref = dispatch.op("filter.median").input(img).set("radius", new int[] { 1, 0 }).on("imglib2").run();
		final Object out = dispatch.op("filter.median").input(img).set("radius", new int[] { 1, 0 }).on("clij2").run();
		assertTrue(TestImages.samePixels((RandomAccessibleInterval<?>) ref, (RandomAccessibleInterval<?>) out),
			"NaN, ±inf and -0 in a row of 9");
	}

	@Test
	void imagesBeyondTheDeviceAreDeclinedWithTheNumbers() {
		final ImageInfo big = new ImageInfo(new long[] { 30000, 30000 }, PixelKind.FLOAT32);
		final Support tooLarge = Clij2Memory.fits(Collections.singletonList(big), big, 0, 1L << 30, 4L << 30, "GPU X");
		assertFalse(tooLarge.isYes());
		assertTrue(tooLarge.reason().contains("3433 MiB exceeds the 1024 MiB largest allocation of GPU X"), tooLarge.reason());
		final ImageInfo mid = new ImageInfo(new long[] { 16000, 16000 }, PixelKind.FLOAT32);
		final Support noRoom = Clij2Memory.fits(Collections.singletonList(mid), mid, 3, 1L << 30, 2L << 30, "GPU X");
		assertFalse(noRoom.isYes());
		assertTrue(noRoom.reason().contains("needs 4882 MiB"), noRoom.reason());
		assertTrue(Clij2Memory.fits(Collections.singletonList(mid), mid, 3, 1L << 30, 8L << 30, "GPU X").isYes());
	}

	@Test
	void unavailabilityReasonsSayWhatToInstall() {
		assertTrue(Clij2Backend.unavailable(new NoClassDefFoundError("net/haesleinhuepf/clij2/CLIJ2")).reason()
			.startsWith(Clij2Backend.NOT_INSTALLED));
		assertTrue(Clij2Backend.unavailable(new IllegalStateException("x", new UnsatisfiedLinkError("libOpenCL.so: not found")))
			.reason().startsWith(Clij2Backend.NO_RUNTIME));
		final String noDevice = Clij2Backend.unavailable(new IllegalStateException("no OpenCL device found")).reason();
		assertTrue(noDevice.startsWith(Clij2Backend.NO_DEVICE) && noDevice.contains(Clij2Session.DEVICE_PROPERTY), noDevice);
	}

	@Test
	void deviceFilterMatchingNothingIsUnavailableListingTheDevices() {
		Clij2Assumptions.requireDevice(dispatch);
		final Clij2Backend b = new Clij2Backend("no-such-device-xyz");
		try {
			final Support s = b.availability();
			assertFalse(s.isYes());
			assertTrue(s.reason().contains("no-such-device-xyz") && s.reason().contains("available devices"), s.reason());
		}
		finally {
			b.dispose();
		}
	}

	@Test
	void deviceFilterComesFromPropertyThenEnvironment() {
		final Properties p = new Properties();
		assertEquals(null, Clij2Session.configuredDevice(p, Collections.emptyMap()));
		assertEquals("gfx", Clij2Session.configuredDevice(p, Collections.singletonMap(Clij2Session.DEVICE_ENV, "gfx")));
		p.setProperty(Clij2Session.DEVICE_PROPERTY, "pthread");
		assertEquals("pthread", Clij2Session.configuredDevice(p, Collections.singletonMap(Clij2Session.DEVICE_ENV, "gfx")));
	}

	@Test
	void disposedBackendFreesItsContextAndRefusesWork() {
		Clij2Assumptions.requireDevice(dispatch);
		final Clij2Backend b = new Clij2Backend((String) null);
		assertTrue(b.availability().isYes());
		final Object device = b.upload(TestImages.random(PixelKind.UINT8, 1, 8, 8));
		assertEquals(1, b.allocatedImageCount());
		b.dispose();
		assertFalse(b.isResident(device), "the context is gone");
		assertThrows(IllegalStateException.class, () -> b.upload(TestImages.random(PixelKind.UINT8, 1, 8, 8)));
	}

	private static void assertSame(final RandomAccessibleInterval<?> expected, final RandomAccessibleInterval<?> actual,
		final String what)
	{
		assertEquals(Arrays.toString(net.imglib2.util.Intervals.dimensionsAsLongArray(expected)),
			Arrays.toString(net.imglib2.util.Intervals.dimensionsAsLongArray(actual)), what);
		assertEquals(PixelKind.of(net.imglib2.util.Util.getTypeFromInterval(expected)),
			PixelKind.of(net.imglib2.util.Util.getTypeFromInterval(actual)), what);
		assertTrue(TestImages.samePixels(expected, actual), what + ": pixels");
	}
}
