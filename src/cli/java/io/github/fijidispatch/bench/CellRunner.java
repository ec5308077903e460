package io.github.fijidispatch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.Op;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import ij.ImagePlus;

/**
 * Runs {@link BenchCell}s: per cell, generates its input, times the op
 * through the public API on each fixed backend ({@code .on(id)}; device
 * backends on data already on their device), then each peer on the same
 * pixels: ImageJ 1's built-in ({@link BenchCatalog}) on an ImagePlus copy,
 * and Python peers ({@link PythonPeer}) on the pixels written to a
 * temporary raw file. Both sides are timed alike ({@link Repeats}: the
 * first call apart, untimed warm-up calls, then the median of the repeats;
 * the Python peer follows the same policy). A column that cannot run is
 * reported with its reason; the run goes on.
 */
public final class CellRunner {

	private final DispatchService dispatch;
	private final PrintStream progress;
	private final List<String> backends;
	private final int repeats;
	private final double budgetMillis;
	private final BenchCatalog catalog = new BenchCatalog();

	/** @param progress where a line per cell goes; {@code null} for none */
	public CellRunner(final DispatchService dispatch, final PrintStream progress, final List<String> backends,
		final int repeats)
	{
		if (backends.isEmpty()) throw new IllegalArgumentException("bench --cells: needs at least one backend");
		if (repeats < 1 || repeats > 1000) throw new IllegalArgumentException("bench: --repeats must be in [1, 1000], not " +
			repeats);
		this.dispatch = dispatch;
		this.progress = progress;
		this.backends = new ArrayList<>(backends);
		this.repeats = repeats;
		this.budgetMillis = BenchSpec.DEFAULT_BUDGET_MILLIS;
	}

	/**
	 * Checks every cell's op and parameters before anything runs.
	 *
	 * @throws IllegalArgumentException naming the cell, its op and what the op said
	 */
	public void validate(final List<BenchCell> cells) {
		for (final BenchCell c : cells) {
			try {
				final Op op = dispatch.opDefinition(c.opId());
				op.resolve(c.params());
			}
			catch (final IllegalArgumentException e) {
				throw new IllegalArgumentException("bench cells: cell '" + c.name() + "' (" + c.opLabel() + "): " + e.getMessage(), e);
			}
		}
	}

	/**
	 * Measures the cells.
	 *
	 * @param python the Python peers' child, or {@code null} when it could not be
	 *          started ({@code pythonMissing} then says why)
	 */
	public List<CellResult> run(final List<BenchCell> cells, final PythonPeer python, final String pythonMissing)
		throws IOException
	{
		validate(cells);
		final List<CellResult> results = new ArrayList<>();
		final Path folder = Files.createTempDirectory("fiji-dispatch-cells");
		try {
			int n = 0;
			for (final BenchCell c : cells) {
				if (progress != null) progress.println("bench --cells [" + ++n + "/" + cells.size() + "] " + c.name() + ": " +
					c.opLabel() + " on " + c.input());
				results.add(cell(c, python, pythonMissing, folder));
			}
		}
		finally {
			try (java.util.stream.Stream<Path> files = Files.list(folder)) {
				for (final Path p : (Iterable<Path>) files::iterator)
					Files.deleteIfExists(p);
			}
			Files.deleteIfExists(folder);
		}
		return results;
	}

	private CellResult cell(final BenchCell c, final PythonPeer python, final String pythonMissing, final Path folder)
		throws IOException
	{
		final Img<? extends RealType<?>> input = c.input().generate();
		final List<Measurement> project = new ArrayList<>();
		for (final String b : backends)
			project.add(guarded(c, b, () -> fixed(c, input, b)));
		final List<Measurement> peers = new ArrayList<>();
		Path raw = null;
		for (final String peer : c.peers()) {
			if (peer.equals(BenchCell.IJ1)) {
				peers.add(guarded(c, peer, () -> ij1(c, input)));
				continue;
			}
			if (python == null) {
				peers.add(Measurement.skipped(c.opId(), c.input().size(), peer, pythonMissing));
				continue;
			}
			if (raw == null) {
				raw = folder.resolve(c.name() + ".raw");
				c.input().writeRaw(input, raw);
			}
			final PythonPeer.Result r = python.measure(peer, c.input(), raw, c.params(), repeats, budgetMillis);
			peers.add(r.ran() ? new Measurement(c.opId(), c.input().size(), peer, false, r.firstMillis, r.medianMillis,
				Double.NaN, r.count, "", r.description) : Measurement.skipped(c.opId(), c.input().size(), peer, r.description));
		}
		if (raw != null) Files.deleteIfExists(raw);
		return new CellResult(c, project, peers);
	}

	/** A column whose run fails is reported as failed, with the reason; the run goes on. */
	private static Measurement guarded(final BenchCell c, final String column, final java.util.concurrent.Callable<Measurement> work)
	{
		try {
			return work.call();
		}
		catch (final Exception | OutOfMemoryError e) {
			return Measurement.skipped(c.opId(), c.input().size(), column, "failed: " + e);
		}
	}

	private OpRequest request(final BenchCell c, final Object input) {
		return dispatch.op(c.opId()).input(input).set(c.params());
	}

	private Measurement fixed(final BenchCell c, final Img<? extends RealType<?>> input, final String backendId)
		throws Exception
	{
		final BackendTiming.Outcome o = BackendTiming.measure(dispatch, backendId, input, data -> request(c, data), repeats,
			budgetMillis);
		if (o.wasSkipped()) return Measurement.skipped(c.opId(), c.input().size(), backendId, o.skipped);
		final Repeats r = o.repeats;
		return new Measurement(c.opId(), c.input().size(), backendId, o.device, r.warmUpMillis, r.medianMillis, r.minMillis,
			r.count, "", o.device ? "data on the device" : "host data");
	}

	private Measurement ij1(final BenchCell c, final Img<? extends RealType<?>> input) throws Exception {
		final BenchCase bc;
		try {
			bc = catalog.get(c.opId());
		}
		catch (final IllegalArgumentException e) {
			return Measurement.skipped(c.opId(), c.input().size(), BenchCell.IJ1, "no ImageJ 1 counterpart for " + c.opId());
		}
		if (bc.peer() == null) return Measurement.skipped(c.opId(), c.input().size(), BenchCell.IJ1, "no ImageJ 1 counterpart");
		final ImagePlus source = ImagePlusImages.toImagePlus(input, c.name());
		if (bc.peer().prepare(source.duplicate()) == null) return Measurement.skipped(c.opId(), c.input().size(), BenchCell.IJ1,
			"no ImageJ 1 counterpart for a " + c.input().size().numDimensions() + "D image");
		final Repeats r = Repeats.measure(new Repeats.Timed() {

			private Runnable work;

			@Override
			public void before() {
				work = bc.peer().prepare(source.duplicate());
			}

			@Override
			public void run() {
				work.run();
			}
		}, repeats, budgetMillis);
		return new Measurement(c.opId(), c.input().size(), BenchCell.IJ1, false, r.warmUpMillis, r.medianMillis, r.minMillis,
			r.count, "", "ImageJ 1 " + bc.peerName() + " with " + bc.label().substring(bc.opId().length()).trim());
	}
}
