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
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * the parallelism). A pass whose work writes its blocks itself
 * ({@link #forEachInPlace}) has nothing to consume: there the calling thread
 * computes blocks too. With one thread, or one block, everything runs on the
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

	/**
	 * {@code work} of every block, for work that writes its block itself and returns nothing, so that nothing waits
	 * for the calling thread: the calling thread computes blocks too, beside {@code threads − 1} workers. The blocks
	 * go out in runs of consecutive blocks (at least {@link #TASKS_PER_THREAD} runs per thread, so that the threads
	 * still share the work evenly), each thread taking the next run not yet taken, so that a pass of many small
	 * blocks pays a hand-over per run, not per block, and no thread is woken to start or to end it but the workers.
	 * A failure stops the threads taking further runs; once every block computing is done (never interrupted), the
	 * failure of the earliest failing block is rethrown, unchanged (the rest of its run is not started).
	 */
	void forEachInPlace(final List<Block> blocks, final Function<Block, Void> work) {
		final int size = Math.max(1, blocks.size() / (threads * TASKS_PER_THREAD));
		final List<List<Block>> runs = new ArrayList<>();
		for (int first = 0; first < blocks.size(); first += size)
			runs.add(blocks.subList(first, Math.min(blocks.size(), first + size)));
		if (!parallel(runs.size())) {
			for (final Block block : blocks)
				work.apply(block);
			return;
		}
		final InPlacePass pass = new InPlacePass(runs, work);
		final DispatchScope scope = dispatch.currentScope();
		final int helpers = Math.min(threads, runs.size()) - 1;
		final CountDownLatch ended = new CountDownLatch(helpers);
		for (int h = 0; h < helpers; h++) {
			try {
				SHARED.execute(() -> {
					try {
						inScope(scope, pass::work, null);
					}
					finally {
						ended.countDown();
					}
				});
			}
			catch (final RuntimeException | Error e) {
				// NB: no thread for this worker (none to be had): the threads that started, or the calling one, take its runs
				ended.countDown();
			}
		}
		try {
			singleThreaded(pass::work, null);
		}
		finally {
			awaitUninterruptibly(ended);
		}
		pass.rethrowEarliestFailure();
	}

	/**
	 * The runs of an in-place pass, taken one after the other by every thread of the pass; what each failed run
	 * threw.
	 */
	private static final class InPlacePass {

		private final List<List<Block>> runs;
		private final Function<Block, Void> work;
		private final AtomicInteger next = new AtomicInteger();
		private final AtomicReferenceArray<Throwable> failures;
		private volatile boolean stopped;

		InPlacePass(final List<List<Block>> runs, final Function<Block, Void> work) {
			this.runs = runs;
			this.work = work;
			failures = new AtomicReferenceArray<>(runs.size());
		}

		/** One thread's share: runs not yet taken, until none is left or a run failed. */
		Void work(final Void none) {
			for (int r; !stopped && (r = next.getAndIncrement()) < runs.size();) {
				try {
					for (final Block block : runs.get(r))
						work.apply(block);
				}
				catch (final RuntimeException | Error e) {
					failures.set(r, e);
					stopped = true;
				}
			}
			return null;
		}

		void rethrowEarliestFailure() {
			for (int r = 0; r < failures.length(); r++) {
				final Throwable t = failures.get(r);
				if (t instanceof RuntimeException) throw (RuntimeException) t;
				if (t instanceof Error) throw (Error) t;
			}
		}
	}

	/**
	 * {@code work} of every block, handed to {@code inOrder} in the order of {@code blocks}, with up to
	 * {@link #threads} blocks computing and not yet consumed.
	 * <p>
	 * The workers are {@code min(threads, blocks)} loops on {@link #SHARED} threads, kept across passes, so a pass
	 * of a few milliseconds does not pay for starting threads. Worker {@code i} computes block {@code i} first (so
	 * the blocks spread over the threads however fast the first one is), then takes the next block not yet taken;
	 * each result waits in its slot of a ring of {@code threads} slots until the calling thread consumes it.
	 * </p>
	 */
	<T, R> void forEach(final List<T> blocks, final Function<T, R> work, final BiConsumer<T, R> inOrder) {
		if (!parallel(blocks.size())) {
			for (final T block : blocks)
				inOrder.accept(block, work.apply(block));
			return;
		}
		final Pass<T, R> pass = new Pass<>(blocks, work, Math.min(threads, blocks.size()), threads, dispatch
			.currentScope());
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
			awaitUninterruptibly(ended);
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

	/**
	 * Returns once {@code ended} is down, however often this thread is interrupted meanwhile (a block runs one
	 * dispatched call: it is waited for, not abandoned); the interrupt is kept for the caller.
	 */
	private static void awaitUninterruptibly(final CountDownLatch ended) {
		boolean interrupted = false;
		while (true) {
			try {
				ended.await();
				break;
			}
			catch (final InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) Thread.currentThread().interrupt();
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
