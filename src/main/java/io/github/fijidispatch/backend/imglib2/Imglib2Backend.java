package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.AbstractBackend;
import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.backend.DeviceKind;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import net.imglib2.parallel.Parallelization;
import net.imglib2.parallel.TaskExecutor;
import net.imglib2.parallel.TaskExecutors;

import org.scijava.plugin.Plugin;

/**
 * The reference backend: every op implemented exactly on ImgLib2 in host
 * memory, multithreaded through ImgLib2's {@code Parallelization}. Always
 * available.
 * <p>
 * Threads: ImgLib2's default executor is the common fork-join pool, whose
 * parallelism is one less than the cores (a single thread on a 2-core
 * machine). Calls that arrive with that default run on this backend's own
 * pool of one thread per core instead, created on first use and shut down
 * when the backend is disposed; calls on images under
 * {@value #POOL_PIXELS} pixels run on the calling thread alone, where the
 * hand-off to the pool would cost more than it saves (tens of microseconds).
 * A caller that chose an executor
 * ({@code Parallelization.runSingleThreaded}, {@code runWithNumThreads},
 * {@code runWithExecutor}) keeps it.
 * </p>
 */
@Plugin(type = Backend.class, name = Imglib2Backend.ID)
public class Imglib2Backend extends AbstractBackend {

	public static final String ID = Backends.REFERENCE;

	private TaskExecutor threads;

	public Imglib2Backend() {
		super(ID);
	}

	/** Calls on smaller images run on the calling thread: handing them to the pool costs more than it saves. */
	static final long POOL_PIXELS = 1 << 16;

	@Override
	public Object execute(final OpImplementation implementation, final OpCall call) throws Exception {
		return onThreads(call, () -> implementation.run(call, this));
	}

	/** On the same threads as {@link #execute}. */
	@Override
	public boolean executeInto(final OpImplementation implementation, final OpCall call, final Object output)
		throws Exception
	{
		return onThreads(call, () -> implementation.runInto(call, this, output));
	}

	/** Runs {@code work} with the executor the class javadoc describes; exceptions pass through unchanged. */
	private <R> R onThreads(final OpCall call, final java.util.concurrent.Callable<R> work) throws Exception {
		if (Parallelization.getTaskExecutor() != TaskExecutors.multiThreaded()) return work.call();
		return runWith(largestInput(call) < POOL_PIXELS ? TaskExecutors.singleThreaded() : threads(), work);
	}

	/** Runs {@code work} with {@code executor} as ImgLib2's current one; exceptions pass through unchanged. */
	private static <R> R runWith(final TaskExecutor executor, final java.util.concurrent.Callable<R> work) throws Exception {
		final List<R> result = new ArrayList<>(1);
		final Exception[] failure = new Exception[1];
		Parallelization.runWithExecutor(executor, () -> {
			try {
				result.add(work.call());
			}
			catch (final Exception e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) throw failure[0];
		return result.get(0);
	}

	private static long largestInput(final OpCall call) {
		long largest = 0;
		for (final io.github.fijidispatch.op.ImageInfo info : call.infos())
			largest = Math.max(largest, info.pixelCount());
		return largest;
	}

	/** The backend's pool: one thread per core. */
	private synchronized TaskExecutor threads() {
		if (threads == null) threads = TaskExecutors.numThreads(Runtime.getRuntime().availableProcessors());
		return threads;
	}

	@Override
	public synchronized void dispose() {
		if (threads != null) threads.close();
		threads = null;
	}

	@Override
	public DeviceKind deviceKind() {
		return DeviceKind.HOST_CPU;
	}

	@Override
	public Map<String, String> deviceInfo() {
		final Map<String, String> info = new LinkedHashMap<>();
		info.put("device", "host CPU, " + Runtime.getRuntime().availableProcessors() + " cores");
		info.put("type", "CPU");
		info.put("runtime", "Java " + System.getProperty("java.version"));
		info.put("memory", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap");
		return info;
	}
}
