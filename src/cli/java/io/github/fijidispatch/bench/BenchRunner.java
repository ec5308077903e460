package io.github.fijidispatch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.dispatch.CalibratedCostModel;
import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.ij.ImagePlusImages;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import ij.ImagePlus;

/**
 * Runs the benchmark matrix: for every op × size cell, ImageJ 1's peer,
 * each fixed backend (device backends on data already on their device: the
 * upload is outside the timing, and one host round trip per size is
 * measured apart), and dispatch in {@code auto} mode on host data. Every
 * dispatched run also feeds the service's {@link CalibratedCostModel}
 * (dispatch observes each call), and the round trips give it each device
 * backend's bandwidth, so a run calibrates {@code auto}.
 */
public final class BenchRunner {

	private final DispatchService dispatch;
	private final CalibratedCostModel model;
	private final Progress progress;

	/**
	 * @param progress where progress goes; {@code null} for none
	 */
	public BenchRunner(final DispatchService dispatch, final java.io.PrintStream progress, final BenchSpec spec) {
		this.dispatch = dispatch;
		this.model = calibratedModel(dispatch);
		int steps = 0;
		for (final String b : spec.backends)
			if (!dispatch.backend(b).isHostResident()) steps += spec.sizes.size();
		steps += spec.cases.size() * spec.sizes.size() * (spec.backends.size() + 2);
		this.progress = new Progress(progress, steps);
	}

	/** The service's calibrated model; a fresh one is installed when the service uses another. */
	public static CalibratedCostModel calibratedModel(final DispatchService dispatch) {
		if (!(dispatch.costModel() instanceof CalibratedCostModel)) dispatch.setCostModel(new CalibratedCostModel());
		return (CalibratedCostModel) dispatch.costModel();
	}

	public CalibratedCostModel model() {
		return model;
	}

	public BenchResults run(final BenchSpec spec) throws Exception {
		final List<Measurement> measurements = new ArrayList<>();
		final List<RoundTrip> roundTrips = new ArrayList<>();
		final DispatchMode mode = dispatch.settings().mode();
		try {
			for (final BenchSize size : spec.sizes) {
				final Img<UnsignedByteType> grey = BenchImages.grey(size);
				final Img<UnsignedByteType> mask = BenchImages.mask(size);
				for (final String b : spec.backends)
					if (!dispatch.backend(b).isHostResident()) roundTrips.add(roundTrip(dispatch.backend(b), size, grey));
				for (final BenchCase c : spec.cases)
					measurements.addAll(cell(spec, c, size, c.maskInput() ? mask : grey));
			}
		}
		finally {
			dispatch.settings().setMode(mode);
			progress.finish();
		}
		final Map<String, String> devices = new LinkedHashMap<>();
		for (final String b : spec.backends)
			devices.put(b, dispatch.backend(b).deviceKind() + " " + dispatch.backend(b).deviceInfo());
		return new BenchResults(spec.backends, measurements, roundTrips, devices);
	}

	private List<Measurement> cell(final BenchSpec spec, final BenchCase c, final BenchSize size, final Img<UnsignedByteType> input)
		throws Exception
	{
		final List<Measurement> out = new ArrayList<>();
		String invalid = null;
		try {
			request(c, input).explain();
		}
		catch (final IllegalArgumentException e) {
			invalid = e.getMessage();
		}
		progress.step(c.opId() + " " + size + " ImageJ 1");
		out.add(invalid != null ? Measurement.skipped(c.opId(), size, Measurement.IJ1, invalid)
			: guarded(c, size, Measurement.IJ1, () -> ij1(spec, c, size, input)));
		for (final String b : spec.backends) {
			progress.step(c.opId() + " " + size + " " + b);
			out.add(invalid != null ? Measurement.skipped(c.opId(), size, b, invalid)
				: guarded(c, size, b, () -> fixed(spec, c, size, input, b)));
		}
		progress.step(c.opId() + " " + size + " auto");
		out.add(invalid != null ? Measurement.skipped(c.opId(), size, Measurement.AUTO, invalid)
			: guarded(c, size, Measurement.AUTO, () -> auto(spec, c, size, input)));
		return out;
	}

	/** A column whose run fails is reported as failed, with the reason; the run goes on. */
	private static Measurement guarded(final BenchCase c, final BenchSize size, final String column,
		final java.util.concurrent.Callable<Measurement> work) throws Exception
	{
		try {
			return work.call();
		}
		catch (final RuntimeException | OutOfMemoryError e) {
			return Measurement.skipped(c.opId(), size, column, "failed: " + e);
		}
	}

	private OpRequest request(final BenchCase c, final Object input) {
		final Object[] inputs = new Object[c.inputCount()];
		java.util.Arrays.fill(inputs, input);
		return dispatch.op(c.opId()).inputs(inputs).set(c.params());
	}

	private Measurement ij1(final BenchSpec spec, final BenchCase c, final BenchSize size, final Img<UnsignedByteType> input)
		throws Exception
	{
		if (c.peer() == null) return Measurement.skipped(c.opId(), size, Measurement.IJ1, "no ImageJ 1 counterpart");
		final ImagePlus source = ImagePlusImages.toImagePlus(input, c.opId());
		if (c.peer().prepare(source.duplicate()) == null) return Measurement.skipped(c.opId(), size, Measurement.IJ1,
			"no ImageJ 1 counterpart for a " + size.numDimensions() + "D image");
		final Repeats r = Repeats.measure(new Repeats.Timed() {

			private Runnable work;

			@Override
			public void before() {
				work = c.peer().prepare(source.duplicate());
			}

			@Override
			public void run() {
				work.run();
			}
		}, spec.repeats, spec.budgetMillis);
		return new Measurement(c.opId(), size, Measurement.IJ1, false, r.warmUpMillis, r.medianMillis, r.minMillis, r.count, "",
			c.peerName());
	}

	private Measurement fixed(final BenchSpec spec, final BenchCase c, final BenchSize size, final Img<UnsignedByteType> input,
		final String backendId) throws Exception
	{
		final BackendTiming.Outcome o = BackendTiming.measure(dispatch, backendId, input, data -> request(c, data),
			spec.repeats, spec.budgetMillis);
		if (o.wasSkipped()) return Measurement.skipped(c.opId(), size, backendId, o.skipped);
		final Repeats r = o.repeats;
		return new Measurement(c.opId(), size, backendId, o.device, r.warmUpMillis, r.medianMillis, r.minMillis, r.count, "",
			o.device ? "data on the device" : "");
	}

	private Measurement auto(final BenchSpec spec, final BenchCase c, final BenchSize size, final Img<UnsignedByteType> input)
		throws Exception
	{
		dispatch.settings().setMode(DispatchMode.AUTO);
		final Set<String> chosen = new LinkedHashSet<>();
		final Repeats r = Repeats.measure(() -> {
			request(c, input).run();
			chosen.add(dispatch.trace().last().backendId());
		}, spec.repeats, spec.budgetMillis);
		return new Measurement(c.opId(), size, Measurement.AUTO, false, r.warmUpMillis, r.medianMillis, r.minMillis, r.count,
			String.join(",", chosen), "host data");
	}

	/** Upload + download of the size's image, median of three after one warm-up; fed to the model as bandwidth. */
	private RoundTrip roundTrip(final Backend backend, final BenchSize size, final Img<UnsignedByteType> input) {
		progress.step("round trip " + size + " " + backend.id());
		final long bytes = size.pixelCount();
		final double[] up = new double[3];
		final double[] down = new double[3];
		for (int i = -1; i < 3; i++) {
			final long t0 = System.nanoTime();
			final Object data = backend.upload(input);
			final long t1 = System.nanoTime();
			backend.download(data);
			final long t2 = System.nanoTime();
			backend.release(data);
			if (i < 0) continue;
			up[i] = (t1 - t0) / 1e6;
			down[i] = (t2 - t1) / 1e6;
			model.observeTransfer(backend.id(), bytes, t1 - t0);
			model.observeTransfer(backend.id(), bytes, t2 - t1);
		}
		java.util.Arrays.sort(up);
		java.util.Arrays.sort(down);
		return new RoundTrip(backend.id(), size, bytes, Repeats.median(up), Repeats.median(down));
	}
}
