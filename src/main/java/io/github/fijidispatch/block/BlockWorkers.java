package io.github.fijidispatch.block;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;
import net.imglib2.parallel.Parallelization;
import net.imglib2.parallel.TaskExecutors;

/**
 * Runs one pass of a block run: a piece of work per block on up to
 * {@code threads} worker threads at once, its results handed on the calling
 * thread, in block order, to a consumer (which writes them to the output or
 * merges them). So at most {@code threads} blocks compute while one more is
 * consumed: memory is bounded by the blocks in flight, and what the consumer
 * builds never depends on the thread count. Work runs on the worker threads
 * under the calling thread's dispatch scope ({@code prefer}/{@code only}),
 * as it would have run there, and single-threaded for ImgLib2 (the blocks are
 * the parallelism). With one thread, or one block, everything runs on the
 * calling thread, and a CPU block may split its own loops over the threads.
 * <p>
 * A failure of any block is rethrown (unchanged for a runtime exception or
 * error) once it is that block's turn: the blocks not yet started are
 * cancelled, and the ones computing are left to finish, never interrupted, and
 * waited for before the failure is rethrown. An interrupt would land in
 * whatever the block is doing (a backend's driver call, a chunk being written,
 * an event being delivered) and be reported there as an error of its own; and
 * whoever cleans up after the failed run (a scratch folder, a partial output)
 * knows that no block still writes.
 * </p>
 */
final class BlockWorkers {

	/** Threads made for workers so far, for their names. */
	private static final AtomicInteger WORKER_THREADS = new AtomicInteger();

	/** The fewest runs of blocks per thread that {@link #forEachInPlace} hands out. */
	static final int TASKS_PER_THREAD = 8;

	private final int threads;
	private final DispatchService dispatch;

	/** @param threads the most blocks computing at once (at least 1) */
	BlockWorkers(final int threads, final DispatchService dispatch) {
		this.threads = threads;
		this.dispatch = dispatch;
	}

	int threads() {
		return threads;
	}

	/** Whether the work of a pass runs on worker threads (more than one thread and more than one block). */
	boolean parallel(final int blocks) {
		return threads > 1 && blocks > 1;
	}

	/** {@code work} of every block, handed to {@code inOrder} in the order of {@code blocks}. */
	<R> void forEach(final List<Block> blocks, final Function<Block, R> work, final BiConsumer<Block, R> inOrder) {
		forEach(blocks, work, inOrder, threads);
	}

	/**
	 * {@code work} of every block, for work that writes its block itself and returns nothing: the blocks go to the
	 * workers in runs of consecutive blocks (at least {@link #TASKS_PER_THREAD} runs per thread, so that the threads
	 * still share the work evenly), so that a pass of many small blocks pays a hand-over per run, not per block, and
	 * with up to {@code ahead} runs handed out before the oldest is waited for. A failure is rethrown as
	 * {@link #forEach(List, Function, BiConsumer)} rethrows it: the earliest failing block's, once the runs before
	 * it are done (the rest of its run is not started).
	 */
	void forEachInPlace(final List<Block> blocks, final Function<Block, Void> work, final int ahead) {
		final int size = Math.max(1, blocks.size() / (threads * TASKS_PER_THREAD));
		final List<List<Block>> runs = new ArrayList<>();
		for (int first = 0; first < blocks.size(); first += size)
			runs.add(blocks.subList(first, Math.min(blocks.size(), first + size)));
		forEach(runs, run -> {
			for (final Block block : run)
				work.apply(block);
			return null;
		}, (run, none) -> {
			// NB: the work wrote its blocks
		}, ahead);
	}

	/**
	 * {@link #forEach(List, Function, BiConsumer)} with up to {@code ahead} blocks (at least {@link #threads}) started
	 * and not yet consumed: more than the threads only for work whose results hold no memory (a block written into
	 * its region of an output in memory), so that a worker that is done takes its next block at once instead of
	 * waiting for the calling thread to wake and consume one.
	 * <p>
	 * The workers are {@code min(threads, blocks)} loops on {@link #SHARED} threads, kept across passes, so a pass
	 * of a few milliseconds does not pay for starting threads. Worker {@code i} computes block {@code i} first (so
	 * the blocks spread over the threads however fast the first one is), then takes the next block not yet taken;
	 * each result waits in its slot of a ring of {@code ahead} slots until the calling thread consumes it.
	 * </p>
	 */
	<T, R> void forEach(final List<T> blocks, final Function<T, R> work, final BiConsumer<T, R> inOrder,
		final int ahead)
	{
		if (!parallel(blocks.size())) {
			for (final T block : blocks)
				inOrder.accept(block, work.apply(block));
			return;
		}
		final Pass<T, R> pass = new Pass<>(blocks, work, Math.min(threads, blocks.size()), Math.max(threads, ahead),
			dispatch.currentScope());
		pass.start();
		try {
			for (int i = 0; i < blocks.size(); i++)
				inOrder.accept(blocks.get(i), pass.take(i));
		}
		finally {
			pass.stopAndAwaitWorkers();
		}
	}

	/** Threads for the workers of every pass, created as passes need them and ended after a minute unused. */
	private static final ExecutorService SHARED = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.MINUTES,
		new SynchronousQueue<>(), r -> {
			final Thread t = new Thread(r, "fiji-dispatch-blocks-" + WORKER_THREADS.incrementAndGet());
			t.setDaemon(true);
			return t;
		});

	/**
	 * One pass's workers and the ring of its results. A worker takes a block only with a permit of {@link #room} (one
	 * per free slot), and the calling thread gives one back per block it consumed; a result is a block's value or
	 * what it threw.
	 */
	private final class Pass<T, R> {

		private final List<T> blocks;
		private final Function<T, R> work;
		private final int workers;
		private final DispatchScope scope;
		private final CompletableFuture<R>[] slots;
		private final Semaphore room;
		private final AtomicInteger next;
		private final CountDownLatch ended;
		private volatile boolean stopped;

		@SuppressWarnings("unchecked")
		Pass(final List<T> blocks, final Function<T, R> work, final int workers, final int window,
			final DispatchScope scope)
		{
			this.blocks = blocks;
			this.work = work;
			this.workers = workers;
			this.scope = scope;
			slots = new CompletableFuture[Math.min(window, blocks.size())];
			for (int i = 0; i < slots.length; i++)
				slots[i] = new CompletableFuture<>();
			// NB: each worker's first block needs no permit
			room = new Semaphore(slots.length - workers);
			next = new AtomicInteger(workers);
			ended = new CountDownLatch(workers);
		}

		void start() {
			for (int w = 0; w < workers; w++) {
				final int first = w;
				try {
					SHARED.execute(() -> inScope(scope, this::work, first));
				}
				catch (final RuntimeException | Error e) {
					// NB: no thread for this worker: the workers started must still end
					for (int rest = w; rest < workers; rest++)
						ended.countDown();
					stopAndAwaitWorkers();
					throw e;
				}
			}
		}

		private Void work(final Integer first) {
			try {
				for (int i = first; i < blocks.size() && !stopped; i = takeNext()) {
					final CompletableFuture<R> slot = slots[i % slots.length];
					try {
						slot.complete(work.apply(blocks.get(i)));
					}
					catch (final RuntimeException | Error e) {
						slot.completeExceptionally(e);
					}
				}
			}
			finally {
				ended.countDown();
			}
			return null;
		}

		/** The next block not taken, once a slot is free; past the last block when there is none or the pass stopped. */
		private int takeNext() {
			room.acquireUninterruptibly();
			return stopped ? blocks.size() : next.getAndIncrement();
		}

		/** Block {@code i}'s result, once computed; its slot is then free for block {@code i + slots}. */
		R take(final int i) {
			final int slot = i % slots.length;
			final R result = await(slots[slot]);
			slots[slot] = new CompletableFuture<>();
			room.release();
			return result;
		}

		/** No block starts any more; returns once the blocks computing are done (never interrupted). */
		void stopAndAwaitWorkers() {
			stopped = true;
			room.release(workers);
			boolean interrupted = false;
			while (true) {
				try {
					ended.await();
					break;
				}
				catch (final InterruptedException e) {
					// NB: a block runs one dispatched call; keep waiting for it
					interrupted = true;
				}
			}
			if (interrupted) Thread.currentThread().interrupt();
		}
	}

	/**
	 * A worker's work under {@code scope} (reopened on this worker thread), or none, with ImgLib2's tasks on this
	 * thread alone: the pass already runs a block per thread, so a CPU block that split its loops over the shared
	 * pool again would only queue behind the other blocks (and pay the hand-off per block).
	 */
	private <T, R> R inScope(final DispatchScope scope, final Function<T, R> work, final T block) {
		if (scope == null || scope.isClosed()) return singleThreaded(work, block);
		final String[] ids = scope.backendIds().toArray(new String[0]);
		try (DispatchScope same = scope.isOnly() ? dispatch.only(ids) : dispatch.prefer(ids)) {
			return singleThreaded(work, block);
		}
	}

	/**
	 * {@code work} of {@code block} (a block, or a worker's index) with ImgLib2's tasks on this thread; what it throws
	 * comes out unchanged (ImgLib2 would wrap it).
	 */
	private static <T, R> R singleThreaded(final Function<T, R> work, final T block) {
		final List<R> result = new ArrayList<>(1);
		final List<RuntimeException> failure = new ArrayList<>(1);
		final List<Error> error = new ArrayList<>(1);
		Parallelization.runWithExecutor(TaskExecutors.singleThreaded(), () -> {
			try {
				result.add(work.apply(block));
			}
			catch (final RuntimeException e) {
				failure.add(e);
			}
			catch (final Error e) {
				error.add(e);
			}
		});
		if (!failure.isEmpty()) throw failure.get(0);
		if (!error.isEmpty()) throw error.get(0);
		return result.get(0);
	}

	private static <R> R await(final Future<R> future) {
		try {
			return future.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a block", e);
		}
		catch (final ExecutionException e) {
			final Throwable cause = e.getCause();
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			if (cause instanceof Error) throw (Error) cause;
			throw new IllegalStateException("a block failed: " + cause, cause);
		}
	}
}
