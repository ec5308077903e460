package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.testbackend.DecliningBackend;
import io.github.fijidispatch.testbackend.FailingBackend;
import io.github.fijidispatch.testbackend.FakeDeviceBackend;
import io.github.fijidispatch.testbackend.LoopbackBackend;
import io.github.fijidispatch.testbackend.TestBackends;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

/**
 * The dispatch service end to end, with test-only backends discovered through
 * {@code @Plugin} as a third party's would be.
 */
class DispatchServiceTest {

	private Context context;
	private DispatchService dispatch;

	@BeforeEach
	void setUp() {
		TestBackends.enable();
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
		dispatch.settings().setMode(DispatchMode.PRIORITY);
	}

	@AfterEach
	void tearDown() {
		context.dispose();
		TestBackends.disable();
	}

	private static ArrayImg<FloatType, FloatArray> randomImage(final long seed, final long... dims) {
		final ArrayImg<FloatType, FloatArray> img = ArrayImgs.floats(dims);
		final Random r = new Random(seed);
		for (final FloatType t : img)
			t.set(r.nextFloat() * 100);
		return img;
	}

	private RandomAccessibleInterval<FloatType> reference(final RandomAccessibleInterval<FloatType> img) {
		return dispatch.op(GaussOp.ID).input(img).set("sigma", 1.5).on(Backends.REFERENCE).runImage();
	}

	private static float[] pixels(final RandomAccessibleInterval<FloatType> img) {
		final float[] out = new float[(int) (img.dimension(0) * img.dimension(1) * (img.numDimensions() > 2 ? img.dimension(2) : 1))];
		int i = 0;
		for (final FloatType t : Views.flatIterable(img))
			out[i++] = t.get();
		return out;
	}

	@Test
	void registryFindsThirdPartyBackendsThroughPlugins() {
		assertTrue(dispatch.backend(LoopbackBackend.ID) != null);
		assertTrue(dispatch.implementation(GaussOp.ID, FakeDeviceBackend.ID) != null);
		assertEquals(FailingBackend.ID, dispatch.backends().get(1).id(), "plugin priority order");
	}

	@Test
	void failingBackendFallsBackAndTheFailureShowsInTheTrace() {
		final ArrayImg<FloatType, FloatArray> img = randomImage(1, 9, 7);
		final RandomAccessibleInterval<FloatType> out = dispatch.op(GaussOp.ID).input(img).set("sigma", 1.5).runImage();
		final CallRecord record = dispatch.trace().last();
		assertEquals(FailingBackend.ID, record.attempts().get(0).backendId());
		assertTrue(record.attempts().get(0).failure().contains(FailingBackend.FAULT), record.attempts().toString());
		assertEquals(LoopbackBackend.ID, record.backendId());
		assertTrue(record.fellBack());
		assertArrayEquals(pixels(reference(img)), pixels(out), 0f);
	}

	@Test
	void namedBackendNeverFallsBack() {
		final ArrayImg<FloatType, FloatArray> img = randomImage(2, 5, 5);
		final DispatchException e = assertThrows(DispatchException.class,
			() -> dispatch.op(GaussOp.ID).input(img).on(FailingBackend.ID).run());
		assertTrue(e.getMessage().contains(FailingBackend.FAULT), e.getMessage());
		assertTrue(e.getMessage().contains("never replaced"), e.getMessage());
		assertEquals(1, dispatch.trace().last().attempts().size());
		assertNull(dispatch.trace().last().backendId());
	}

	@Test
	void namedBackendThatDeclinesFailsWithItsReason() {
		final DispatchException e = assertThrows(DispatchException.class,
			() -> dispatch.op(GaussOp.ID).input(randomImage(3, 4, 4)).on(DecliningBackend.ID).run());
		assertTrue(e.getMessage().contains(DecliningBackend.REASON), e.getMessage());
	}

	@Test
	void declinesCarryReasonsInExplain() {
		final Decision d = dispatch.op(GaussOp.ID).input(randomImage(4, 4, 4)).explain();
		assertEquals(CandidateStatus.DECLINED, d.candidate(DecliningBackend.ID).status());
		assertEquals(DecliningBackend.REASON, d.candidate(DecliningBackend.ID).reason());
		assertTrue(d.describe().contains(DecliningBackend.REASON));
	}

	@Test
	void explainAgreesWithRunUnderEveryPolicy() {
		final ArrayImg<FloatType, FloatArray> img = randomImage(5, 6, 6);
		for (final DispatchMode mode : DispatchMode.values()) {
			dispatch.settings().setMode(mode);
			for (final String[] prefer : new String[][] { {}, { "imglib2" }, { LoopbackBackend.ID, "imglib2" } }) {
				try (DispatchScope s = prefer.length == 0 ? null : dispatch.only(prefer)) {
					final Decision explained = dispatch.op(GaussOp.ID).input(img).explain();
					dispatch.op(GaussOp.ID).input(img).run();
					final CallRecord record = dispatch.trace().last();
					assertEquals(explained.plan(), record.decision().plan(), mode + " " + Arrays.toString(prefer));
					assertEquals(explained.chosen(), record.attempts().get(0).backendId());
				}
			}
		}
	}

	@Test
	void precedenceNamedBeatsScopeBeatsSettingsBeatsPluginPriority() {
		final ArrayImg<FloatType, FloatArray> img = randomImage(6, 5, 5);
		dispatch.settings().setFallback(false);
		assertEquals(FailingBackend.ID, dispatch.op(GaussOp.ID).input(img).explain().chosen(), "plugin priority");
		dispatch.settings().setPriority(Arrays.asList(FakeDeviceBackend.ID));
		assertEquals(FakeDeviceBackend.ID, dispatch.op(GaussOp.ID).input(img).explain().chosen(), "settings");
		try (DispatchScope s = dispatch.prefer(LoopbackBackend.ID)) {
			assertEquals(LoopbackBackend.ID, dispatch.op(GaussOp.ID).input(img).explain().chosen(), "scope");
			assertEquals("imglib2", dispatch.op(GaussOp.ID).input(img).on("imglib2").explain().chosen(), "named");
		}
	}

	@Test
	void nestedScopesRestoreOnCloseAndStayOnTheirThread() throws Exception {
		final ArrayImg<FloatType, FloatArray> img = randomImage(7, 5, 5);
		try (DispatchScope outer = dispatch.prefer(LoopbackBackend.ID)) {
			try (DispatchScope inner = dispatch.prefer("imglib2")) {
				assertEquals("imglib2", dispatch.op(GaussOp.ID).input(img).explain().chosen());
				final AtomicReference<String> elsewhere = new AtomicReference<>();
				final Thread t = new Thread(() -> elsewhere.set(dispatch.op(GaussOp.ID).input(img).explain().chosen()));
				t.start();
				t.join(10_000);
				assertEquals(FailingBackend.ID, elsewhere.get(), "another thread does not see this thread's scopes");
			}
			assertEquals(LoopbackBackend.ID, dispatch.op(GaussOp.ID).input(img).explain().chosen(), "inner closed: outer again");
		}
		assertEquals(FailingBackend.ID, dispatch.op(GaussOp.ID).input(img).explain().chosen(), "all closed");
	}

	@Test
	void scopeWorksAsJythonContextManager() {
		final DispatchScope scope = dispatch.only("imglib2");
		assertSame(scope, scope.__enter__());
		assertEquals("imglib2", dispatch.op(GaussOp.ID).input(randomImage(8, 4, 4)).explain().chosen());
		assertFalse(scope.__exit__(null, null, null), "never swallows exceptions");
		assertTrue(scope.isClosed());
		assertEquals(FailingBackend.ID, dispatch.op(GaussOp.ID).input(randomImage(8, 4, 4)).explain().chosen());
	}

	@Test
	void scopeClosedOnAnotherThreadIsRefused() throws Exception {
		final DispatchScope scope = dispatch.prefer("imglib2");
		final AtomicReference<Throwable> error = new AtomicReference<>();
		final Thread t = new Thread(() -> {
			try {
				scope.close();
			}
			catch (final Throwable e) {
				error.set(e);
			}
		});
		t.start();
		t.join(10_000);
		assertTrue(error.get() instanceof IllegalStateException);
		scope.close();
	}

	@Test
	void scopeWithUnknownBackendFailsLoudly() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dispatch.prefer("clij3"));
		assertTrue(e.getMessage().contains("unknown backend 'clij3'"), e.getMessage());
	}

	@Test
	void deviceResidentInputsPullTheCallToTheirDeviceWithoutTransfers() {
		final FakeDeviceBackend device = (FakeDeviceBackend) dispatch.backend(FakeDeviceBackend.ID);
		final Object onDevice = device.upload(randomImage(9, 8, 8));
		final long before = dispatch.transfers().uploads() + dispatch.transfers().downloads();
		Object current = onDevice;
		for (int i = 0; i < 3; i++)
			current = dispatch.op(GaussOp.ID).input(current).set("sigma", 1).run();
		assertTrue(device.isResident(current), "device in, device out");
		assertEquals(before, dispatch.transfers().uploads() + dispatch.transfers().downloads(), "a chain on device data makes no transfers");
		assertEquals(FakeDeviceBackend.ID, dispatch.trace().last().backendId());
		assertTrue(dispatch.trace().last().decision().rationale().contains("live on"));
	}

	@Test
	void hostInputOnDeviceBackendIsUploadedOnceDownloadedOnceAndFreed() {
		final FakeDeviceBackend device = (FakeDeviceBackend) dispatch.backend(FakeDeviceBackend.ID);
		final ArrayImg<FloatType, FloatArray> img = randomImage(10, 8, 8);
		final RandomAccessibleInterval<FloatType> out = dispatch.op(GaussOp.ID).input(img).set("sigma", 1.5).on(FakeDeviceBackend.ID).runImage();
		final CallRecord record = dispatch.trace().last();
		assertEquals(1, record.uploads());
		assertEquals(1, record.downloads());
		assertEquals(0, device.liveBuffers(), "temporaries released");
		assertArrayEquals(pixels(reference(img)), pixels(out), 0f, "host in, host out, same result");
	}

	@Test
	void inputsAreNeverModified() {
		final ArrayImg<FloatType, FloatArray> img = randomImage(11, 7, 5, 3);
		final float[] before = img.update(null).getCurrentStorageArray().clone();
		dispatch.op(GaussOp.ID).input(img).set("sigma", 2).run();
		dispatch.op(GaussOp.ID).input(img).set("sigma", 2).on(FakeDeviceBackend.ID).run();
		assertArrayEquals(before, img.update(null).getCurrentStorageArray(), 0f);
	}

	@Test
	void badInputGetsAClearErrorBeforeAnyBackendRuns() {
		final ArrayImg<FloatType, FloatArray> img = randomImage(12, 4, 4);
		assertMessage(() -> dispatch.op("filter.gaus").input(img).run(), "unknown op 'filter.gaus'", "filter.gauss");
		assertMessage(() -> dispatch.op(GaussOp.ID).input(img).set("sigmaa", 1).run(), "unknown parameter 'sigmaa'", "known: sigma");
		assertMessage(() -> dispatch.op(GaussOp.ID).input(img).set("sigma", Double.NaN).run(), "filter.gauss", "'sigma' = NaN", "[0, 1000]");
		assertMessage(() -> dispatch.op(GaussOp.ID).input(img).set("sigma", new double[] { 1, 2, 3 }).run(), "3 values", "2 dimensions");
		assertMessage(() -> dispatch.op(GaussOp.ID).input(null).run(), "input 'image' is null");
		assertMessage(() -> dispatch.op(GaussOp.ID).input("cell.png").run(), "java.lang.String", "RandomAccessibleInterval");
		assertMessage(() -> dispatch.op(GaussOp.ID).input(ArrayImgs.floats(3, 3, 3, 3)).run(), "4D", "2D or 3D");
		assertMessage(() -> dispatch.op(GaussOp.ID).input(ArrayImgs.complexFloats(3, 3)).run(), "pixel type");
		assertMessage(() -> dispatch.op(GaussOp.ID).run(), "takes 1 image input");
		assertMessage(() -> dispatch.op(GaussOp.ID).input(img).on("cuda").run(), "unknown backend 'cuda'", "imglib2");
		assertEquals(0, dispatch.trace().size(), "validation failures never reach a backend");
	}

	private static void assertMessage(final org.junit.jupiter.api.function.Executable call, final String... parts) {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
		for (final String part : parts)
			assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should contain '" + part + "'");
	}

	@Test
	void badPixelValuesFoundByEveryBackendAreBadInputNotABackendFault() {
		final ArrayImg<FloatType, FloatArray> labels = ArrayImgs.floats(new float[] { 0, 1.5f, 1, 2 }, 2, 2);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> dispatch.op("label.measure").inputs(labels, labels).run());
		assertTrue(e.getMessage().startsWith("label.measure: "), e.getMessage());
		assertMessage(() -> dispatch.op("label.measure").inputs(labels, labels).on("imglib2").run(), "label.measure");
	}

	@Test
	void emptyImagesAreNamedAsEmpty() {
		final RandomAccessibleInterval<FloatType> empty = Views.interval(ArrayImgs.floats(4, 4), new long[] { 0, 0 }, new long[] { -1, 3 });
		assertMessage(() -> dispatch.op(GaussOp.ID).input(empty).run(), "every axis needs at least one pixel");
	}

	@Test
	void modeOffRunsTheReferenceOnly() {
		dispatch.settings().setMode(DispatchMode.OFF);
		dispatch.op(GaussOp.ID).input(randomImage(13, 4, 4)).run();
		assertEquals(Backends.REFERENCE, dispatch.trace().last().backendId());
	}

	@Test
	void everyCallLeavesARecordAndAnEvent() {
		final java.util.List<DispatchEvent> events = new java.util.ArrayList<>();
		final Object subscriber = new Object() {

			@org.scijava.event.EventHandler
			public void onEvent(final DispatchEvent e) {
				events.add(e);
			}
		};
		context.service(org.scijava.event.EventService.class).subscribe(subscriber);
		dispatch.op(GaussOp.ID).input(randomImage(14, 4, 4)).run();
		assertEquals(1, dispatch.trace().size());
		assertEquals(1, events.size());
		assertSame(dispatch.trace().last(), events.get(0).record());
	}

	@Test
	void aSubscriberAddedAfterManyCachedCallsGetsTheNextCallsEvent() {
		final Img<FloatType> image = ArrayImgs.floats(4, 4);
		for (int i = 0; i < 2000; i++)
			dispatch.op(GaussOp.ID).input(image).set("sigma", 1.0).run();
		final java.util.List<DispatchEvent> events = new java.util.ArrayList<>();
		final Object subscriber = new Object() {

			@org.scijava.event.EventHandler
			public void onEvent(final DispatchEvent e) {
				events.add(e);
			}
		};
		context.service(org.scijava.event.EventService.class).subscribe(subscriber);
		dispatch.op(GaussOp.ID).input(image).set("sigma", 1.0).run();
		assertEquals(1, events.size());
		assertSame(dispatch.trace().last(), events.get(0).record());
	}

	@Test
	void aCallsRecordedTimeCoversItsCompute() {
		dispatch.op(GaussOp.ID).input(ArrayImgs.floats(16, 16)).set("sigma", 1.0).run();
		final CallRecord record = dispatch.trace().last();
		assertTrue(record.computeNanos() > 0, "compute time measured");
		assertTrue(record.totalNanos() >= record.computeNanos(), "total " + record.totalNanos() + " ≥ compute " +
			record.computeNanos());
	}

	@Test
	void traceIsBounded() {
		final DispatchTrace trace = new DispatchTrace(3);
		for (int i = 0; i < 5; i++)
			trace.add(new CallRecord(i, "t", new Decision("op", "c", DispatchMode.AUTO, Arrays.asList("x"),
				java.util.Collections.emptyList(), "r"), java.util.Collections.emptyList(), "x", 0, 0, 0, 0, 0));
		assertEquals(3, trace.size());
		assertEquals(2, trace.records().get(0).sequence());
	}

}
