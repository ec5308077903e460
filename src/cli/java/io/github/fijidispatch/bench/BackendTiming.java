package io.github.fijidispatch.bench;

import java.util.function.Function;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.dispatch.Decision;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.ResultTable;
import net.imglib2.RandomAccessibleInterval;

/**
 * Times one request pinned to one backend, the way both bench runners do: the
 * backend is asked first ({@code explain}) and a call it cannot run is
 * skipped with its reason; a device backend gets the input uploaded once
 * beforehand, and each result is released after its call (untimed), so the
 * timing is of the call with its data already resident.
 */
final class BackendTiming {

	/** What {@link #measure} found: the repeats, or why the backend was skipped. */
	static final class Outcome {

		final Repeats repeats;
		final boolean device;
		final String skipped;

		private Outcome(final Repeats repeats, final boolean device, final String skipped) {
			this.repeats = repeats;
			this.device = device;
			this.skipped = skipped;
		}

		boolean wasSkipped() {
			return skipped != null;
		}
	}

	private BackendTiming() {}

	/**
	 * Times {@code request.apply(data).on(backendId).run()}.
	 *
	 * @param request builds the request on the given input (the host image, or
	 *          its device copy)
	 * @return the repeats, or the backend's reason for declining
	 */
	static Outcome measure(final DispatchService dispatch, final String backendId, final RandomAccessibleInterval<?> input,
		final Function<Object, OpRequest> request, final int repeats, final double budgetMillis) throws Exception
	{
		final Backend backend = dispatch.backend(backendId);
		final Decision d = request.apply(input).on(backendId).explain();
		if (!d.isRunnable()) return new Outcome(null, false, d.candidate(backendId).reason());
		final boolean device = !backend.isHostResident();
		final Object data = device ? backend.upload(input) : input;
		try {
			final Repeats r = Repeats.measure(new Repeats.Timed() {

				private Object result;

				@Override
				public void run() {
					result = request.apply(data).on(backendId).run();
				}

				@Override
				public void after() {
					if (device && result != null && !(result instanceof ResultTable)) backend.release(result);
					result = null;
				}
			}, repeats, budgetMillis);
			return new Outcome(r, device, null);
		}
		finally {
			if (device) backend.release(data);
		}
	}
}
