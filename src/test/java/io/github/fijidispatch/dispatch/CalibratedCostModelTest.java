package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.DeviceKind;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.GaussOp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibrated cost model's choices on synthetic timings, and its persistence. */
class CalibratedCostModelTest {

	private static final Backend A = new KindBackend("a", DeviceKind.HOST_CPU);
	private static final Backend B = new KindBackend("b", DeviceKind.GPU);
	private static final Backend HOST = new KindBackend("host", DeviceKind.HOST_CPU);
	private static final Backend POCL = new KindBackend("pocl", DeviceKind.OPENCL_CPU);
	private static final long MPX = 1 << 20;

	@TempDir
	Path dir;

	@Test
	void picksTheBackendMeasuredFasterAtThatSize() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall mpx = gauss(1024, 1024);
		warmAndObserve(model, mpx, A, 10_000_000L);
		warmAndObserve(model, mpx, B, 2_000_000L);
		assertEquals(10, model.predictMillis(mpx, A, Double.NaN, 0, true), 1e-6);
		assertEquals(2, model.predictMillis(mpx, B, Double.NaN, 0, true), 1e-6);
		assertEquals("b", cheaper(model, mpx, 0, 0, true));
	}

	@Test
	void picksTheOtherBackendWhereItIsCheaper() {
		final CalibratedCostModel model = new CalibratedCostModel();
		// a: 10 ns/px everywhere; b: a fixed 2 ms whatever the size (launch-bound)
		for (final int side : new int[] { 64, 1024 }) {
			final OpCall call = gauss(side, side);
			final long px = (long) side * side;
			warmAndObserve(model, call, A, px * 10);
			warmAndObserve(model, call, B, 2_000_000L);
		}
		assertEquals("b", cheaper(model, gauss(1024, 1024), 0, 0, true));
		assertEquals("a", cheaper(model, gauss(64, 64), 0, 0, true));
	}

	@Test
	void aColdFirstCallIsNotTakenAsTheComputeTime() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall tiny = gauss(2, 2);
		model.observe(tiny, HOST, 36_000_000L); // first call: JIT, 9 ms per pixel
		final OpCall coins = gauss(384, 303);
		assertEquals(PriorCostModel.launchMillis(DeviceKind.HOST_CPU) + 384 * 303 * PriorCostModel.nsPerPixel(DeviceKind.HOST_CPU) / 1e6,
			model.predictMillis(coins, HOST, Double.NaN, 0, true), 1e-9);
	}

	@Test
	void aTinyImageSaysNothingAboutALargeOne() {
		final CalibratedCostModel model = new CalibratedCostModel();
		warmAndObserve(model, gauss(2, 2), HOST, 40_000L); // 10 µs per pixel: fixed overhead
		assertEquals(16 * 0.01, model.predictMillis(gauss(4, 4), HOST, Double.NaN, 0, true), 1e-9,
			"two buckets away the measurement still applies");
		final double large = model.predictMillis(gauss(1024, 1024), HOST, Double.NaN, 0, true);
		assertTrue(large < 100, "far beyond the measured sizes the priors apply, not 10 µs × 1 Mpx: " + large);
	}

	@Test
	void interpolatesBetweenMeasuredSizes() {
		final CalibratedCostModel model = new CalibratedCostModel();
		warmAndObserve(model, gauss(256, 256), A, 256L * 256 * 4); // 4 ns/px at 2^16
		warmAndObserve(model, gauss(1024, 1024), A, MPX * 8); // 8 ns/px at 2^20
		final OpCall between = gauss(512, 512); // 2^18: halfway
		assertEquals(512 * 512 * 6 / 1e6, model.computeMillis(between, A, Double.NaN), 1e-9);
		final OpCall larger = gauss(2048, 2048); // two buckets beyond: the nearest bucket's cost per pixel
		assertEquals(2048.0 * 2048 * 8 / 1e6, model.computeMillis(larger, A, Double.NaN), 1e-9);
		final OpCall farBeyond = gauss(4096, 4096); // four buckets beyond: the priors
		assertEquals(PriorCostModel.launchMillis(DeviceKind.HOST_CPU) + 4096.0 * 4096 * PriorCostModel.nsPerPixel(DeviceKind.HOST_CPU) / 1e6,
			model.computeMillis(farBeyond, A, Double.NaN), 1e-9);
	}

	@Test
	void residentDataHasNoTransferTerm() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall call = gauss(1024, 1024);
		warmAndObserve(model, call, B, 2_000_000L);
		model.observeTransfer("b", 1_000_000, 2_000_000); // 0.5 GB/s
		final long bytes = 2 * MPX; // uint8 in and out
		assertEquals(2, model.predictMillis(call, B, Double.NaN, 0, true), 1e-6);
		assertEquals(2 + bytes / 500_000.0, model.predictMillis(call, B, Double.NaN, bytes, true), 1e-6);
		// with the transfer, the host backend at 3 ms wins; resident, the device at 2 ms does
		warmAndObserve(model, call, A, 3_000_000L);
		assertEquals("a", cheaper(model, call, 0, bytes, true));
		assertEquals("b", cheaper(model, call, 0, 0, true));
	}

	@Test
	void warmUpIsMeasuredFromTheFirstCallAndChargedOnlyWhenCold() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall call = gauss(1024, 1024);
		model.observe(call, B, 302_000_000L); // first call: kernel compilation + 2 ms
		model.observe(call, B, 2_000_000L);
		model.observe(call, B, 2_000_000L);
		assertEquals(300, model.warmUpMillis("filter.gauss", "b", DeviceKind.GPU), 1e-6);
		assertEquals(302, model.predictMillis(call, B, Double.NaN, 0, false), 1e-6);
		assertEquals(2, model.predictMillis(call, B, Double.NaN, 0, true), 1e-6);
		// a later slow call is compute, not a second warm-up
		model.observe(call, B, 2_000_000L);
		assertEquals(300, model.warmUpMillis("filter.gauss", "b", DeviceKind.GPU), 1e-6);
	}

	@Test
	void priorsPreferTheHostCpuOverAnOpenClCpuDevice() {
		final CalibratedCostModel model = new CalibratedCostModel();
		assertFalse(model.isCalibrated());
		for (final int side : new int[] { 16, 512, 4096 }) {
			final OpCall call = gauss(side, side);
			final long bytes = 2L * side * side;
			assertTrue(model.predictMillis(call, HOST, Double.NaN, 0, true) < model.predictMillis(call, POCL, Double.NaN, 0, true),
				"warm, resident, " + side + "²");
			assertTrue(model.predictMillis(call, HOST, Double.NaN, 0, false) < model.predictMillis(call, POCL, Double.NaN, bytes, false),
				"cold, host data, " + side + "²");
		}
		assertEquals(0, model.warmUpMillis("filter.gauss", "host", DeviceKind.HOST_CPU), 0);
		assertTrue(model.warmUpMillis("filter.gauss", "pocl", DeviceKind.OPENCL_CPU) > 0);
	}

	@Test
	void unmeasuredBackendsKeepThePriorsWhileMeasuredOnesUseMeasurements() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final PriorCostModel priors = new PriorCostModel();
		final OpCall call = gauss(512, 512);
		warmAndObserve(model, call, A, 1_000_000L);
		assertEquals(priors.predictMillis(call, POCL, Double.NaN, 1000, false), model.predictMillis(call, POCL, Double.NaN, 1000, false), 1e-9);
		assertEquals(7.5, model.predictMillis(call, POCL, 7.5, 0, true), 1e-9, "the implementation's estimate before the priors");
		assertEquals(1, model.predictMillis(call, A, 7.5, 0, true), 1e-9, "measurements before the implementation's estimate");
	}

	@Test
	void persistenceRoundTripKeepsEveryEstimate() throws IOException {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall call2d = gauss(1024, 1024);
		final OpCall call3d = gauss3d(64, 64, 64);
		model.observe(call2d, B, 252_000_000L);
		model.observe(call2d, B, 2_000_000L);
		warmAndObserve(model, call3d, A, 5_000_000L);
		model.observeTransfer("b", 4_000_000, 4_000_000);
		final File file = dir.resolve("sub/cost-model.tsv").toFile();
		CostModelFile.save(model, file);
		final List<String> warnings = new ArrayList<>();
		final CalibratedCostModel loaded = CostModelFile.load(file, warnings::add, m -> {});
		assertEquals(Collections.emptyList(), warnings);
		assertTrue(loaded.isCalibrated());
		for (final OpCall c : new OpCall[] { call2d, call3d, gauss(333, 777) })
			for (final Backend b : new Backend[] { A, B })
				for (final boolean warm : new boolean[] { true, false })
					assertEquals(model.predictMillis(c, b, Double.NaN, 12345, warm), loaded.predictMillis(c, b, Double.NaN, 12345, warm),
						1e-4 * model.predictMillis(c, b, Double.NaN, 12345, warm), c + " on " + b.id() + (warm ? " warm" : " cold"));
		assertEquals(1_000_000, loaded.bytesPerMilli("b"), 1);
	}

	@Test
	void corruptFileGivesPriorsAndOneWarning() throws IOException {
		final File file = dir.resolve("cost-model.tsv").toFile();
		Files.write(file.toPath(), "# fiji-dispatch cost model v1\ncompute\tfilter.gauss\timglib2\t2\t20\tfast\t3\n".getBytes(StandardCharsets.UTF_8));
		final List<String> warnings = new ArrayList<>();
		final CalibratedCostModel model = CostModelFile.load(file, warnings::add, m -> {});
		assertEquals(1, warnings.size());
		assertTrue(warnings.get(0).contains(file.toString()) && warnings.get(0).contains("line 2") &&
			warnings.get(0).contains("'fast'"), warnings.get(0));
		assertFalse(model.isCalibrated());
	}

	@Test
	void missingFileGivesPriorsWithoutWarning() {
		final List<String> warnings = new ArrayList<>();
		final List<String> notes = new ArrayList<>();
		final CalibratedCostModel model = CostModelFile.load(dir.resolve("none.tsv").toFile(), warnings::add, notes::add);
		assertEquals(Collections.emptyList(), warnings);
		assertEquals(1, notes.size());
		assertFalse(model.isCalibrated());
	}

	@Test
	void locationFollowsPropertyThenEnvironmentThenConfigDir() {
		final Properties p = new Properties();
		p.setProperty("user.home", "/home/u");
		final Map<String, String> env = new HashMap<>();
		assertEquals(new File("/home/u/.config/fiji-dispatch/cost-model.tsv"), CostModelLocation.resolve(p, env));
		env.put("XDG_CONFIG_HOME", "/xdg");
		assertEquals(new File("/xdg/fiji-dispatch/cost-model.tsv"), CostModelLocation.resolve(p, env));
		env.put(CostModelLocation.ENV, "/env/model.tsv");
		assertEquals(new File("/env/model.tsv"), CostModelLocation.resolve(p, env));
		p.setProperty(CostModelLocation.PROPERTY, "/prop/model.tsv");
		assertEquals(new File("/prop/model.tsv"), CostModelLocation.resolve(p, env));
	}

	@Test
	void aRepeatedCallStillMovesTheModelWhenItsTimeMoves() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall call = gauss(64, 64);
		for (int i = 0; i < 20; i++)
			model.observe(call, A, 64 * 64 * 10L);
		final long before = model.version();
		assertEquals(64 * 64 * 10 / 1e6, model.predictMillis(call, A, Double.NaN, 0, true), 1e-9);
		for (int i = 0; i < 20; i++)
			model.observe(call, A, 64 * 64 * 100L);
		assertTrue(model.version() != before, "a moved estimate changes the version");
		assertEquals(64 * 64 * 100 / 1e6, model.predictMillis(call, A, Double.NaN, 0, true), 1e-9);
	}

	/**
	 * A microsecond call whose time jitters by a third (a timer's and a shared machine's noise) keeps the version, so
	 * remembered decisions stay; the same relative jitter of a millisecond call, or a microsecond call whose time
	 * drifts by more than {@link CalibratedCostModel#LEAST_MOVE_NANOS}, changes it.
	 */
	@Test
	void jitterOfAMicrosecondCallKeepsTheVersionWhileMovesThatMatterChangeIt() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall tiny = gauss(4, 4);
		final long[] jitter = { 900, 1200, 800, 1300, 1000, 700, 1400, 1100, 950 };
		for (int round = 0; round < 40; round++)
			for (final long ns : jitter)
				model.observe(tiny, A, round % 2 == 0 ? ns : ns / 2);
		final long settled = model.version();
		for (int round = 0; round < 40; round++)
			for (final long ns : jitter)
				model.observe(tiny, A, round % 2 == 0 ? ns : ns / 2);
		assertEquals(settled, model.version(), "noise of a microsecond call plans nothing afresh");
		for (int i = 0; i < 20; i++)
			model.observe(tiny, A, 30_000L);
		assertTrue(model.version() != settled, "a drift of tens of microseconds does");

		final OpCall large = gauss(512, 512);
		for (int i = 0; i < 20; i++)
			model.observe(large, B, 1_000_000L);
		final long before = model.version();
		for (int i = 0; i < 20; i++)
			model.observe(large, B, 1_300_000L);
		assertTrue(model.version() != before, "30 % of a millisecond call does");
	}

	/** Repeats shorter than {@link CalibratedCostModel#LEAST_MOVE_NANOS} are sampled; a slower call is always observed. */
	@Test
	void shortRepeatsAreObservedOneInEightWhileSlowerCallsAlwaysAre() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall tiny = gauss(4, 4);
		model.observe(tiny, A, 1_000L); // NB: the cold call
		model.observe(tiny, A, 1_000L);
		final SizeCurve curve = model.computeCurves().values().iterator().next();
		final RecentMedian bucket = curve.buckets().firstEntry().getValue();
		assertEquals(1, bucket.samples());
		for (int i = 1; i < CalibratedCostModel.SHORT_CALL_SAMPLING; i++)
			model.observe(tiny, A, 2_000L);
		assertEquals(1, bucket.samples(), "not yet sampled");
		model.observe(tiny, A, 2_000L);
		assertEquals(2, bucket.samples(), "the eighth short repeat is");
		final double median = bucket.median();
		model.observe(tiny, A, 20_000L);
		assertEquals(3, bucket.samples(), "a slower call is observed at once");
		assertTrue(bucket.median() > median, "and moves the estimate");
	}

	@Test
	void interleavedOpsOnBackendsAndDimensionsEachLearnTheirOwn() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall flat = gauss(64, 64);
		final OpCall deep = gauss(16, 16, 16);
		for (int i = 0; i < 12; i++) {
			model.observe(flat, A, 64 * 64 * 10L);
			model.observe(deep, A, 16 * 16 * 16 * 30L);
			model.observe(flat, B, 64 * 64 * 50L);
		}
		assertEquals(64 * 64 * 10 / 1e6, model.predictMillis(flat, A, Double.NaN, 0, true), 1e-9);
		assertEquals(16 * 16 * 16 * 30 / 1e6, model.predictMillis(deep, A, Double.NaN, 0, true), 1e-9);
		assertEquals(64 * 64 * 50 / 1e6, model.predictMillis(flat, B, Double.NaN, 0, true), 1e-9);
	}

	@Test
	void sizeBucketsAreTheRoundedLog2OfThePixelCount() {
		for (long p = 0; p < 1 << 16; p++)
			assertEquals(p <= 1 ? 0 : (int) Math.round(Math.log(p) / Math.log(2)), SizeCurve.bucket(p), "pixels " + p);
		assertEquals(20, SizeCurve.bucket(MPX));
		assertEquals(21, SizeCurve.bucket((long) Math.ceil(MPX * Math.sqrt(2))));
		assertEquals(20, SizeCurve.bucket((long) Math.floor(MPX * Math.sqrt(2))));
		assertEquals(63, SizeCurve.bucket(Long.MAX_VALUE));
	}

	// -- Helpers --

	/** A cold first call (same time: no warm-up) then a warm one of {@code nanos}. */
	private static void warmAndObserve(final CalibratedCostModel model, final OpCall call, final Backend b, final long nanos) {
		model.observe(call, b, nanos);
		model.observe(call, b, nanos);
	}

	private static String cheaper(final CalibratedCostModel model, final OpCall call, final long bytesA, final long bytesB,
		final boolean warm)
	{
		final double a = model.predictMillis(call, A, Double.NaN, bytesA, warm);
		final double b = model.predictMillis(call, B, Double.NaN, bytesB, warm);
		return a <= b ? "a" : "b";
	}

	static OpCall gauss(final long... dims) {
		final Op op = new GaussOp();
		final ImageInfo info = new ImageInfo(dims, PixelKind.UINT8);
		return new OpCall(op, op.resolve(Collections.<String, Object> emptyMap()), Collections.singletonList(new Object()),
			Collections.singletonList(info));
	}

	private static OpCall gauss3d(final long x, final long y, final long z) {
		return gauss(x, y, z);
	}
}
