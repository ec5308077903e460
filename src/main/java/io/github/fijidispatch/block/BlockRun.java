package io.github.fijidispatch.block;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.dispatch.PreparedCall;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * One blockwise run of one call: what the strategies share. It knows the
 * call (op, inputs, parameters, named backend), its plan and block size, and
 * sends each block through the dispatch service as a call of its own, so
 * that every block gets its own backend choice. Its passes run on its
 * {@link BlockWorkers}; the bookkeeping (blocks per backend, progress) is
 * thread-safe, as block calls may run on several threads at once.
 */
final class BlockRun {

	private final DispatchService dispatch;
	private final OpRequest request;
	private final Op op;
	private final Parameters params;
	private final List<? extends BlockSource> inputs;
	private final List<ImageInfo> infos;
	private final BlockOutput output;
	private final Map<String, LongAdder> blocksByBackend = new ConcurrentHashMap<>();
	private final BlockPlan plan;
	private final long[] blockSize;
	private final ProgressListener listener;
	private final BlockWorkers workers;
	/** The call of this run's op on a block with the call's own parameters: checked once, for every block. */
	private final PreparedCall blockCall;
	private volatile BlockProgress progress;

	BlockRun(final DispatchService dispatch, final OpRequest request, final Op op, final Parameters params,
		final List<? extends BlockSource> inputs, final List<ImageInfo> infos, final BlockOutput output,
		final BlockPlan plan, final long[] blockSize, final ProgressListener listener, final BlockWorkers workers)
	{
		this.dispatch = dispatch;
		this.request = request;
		this.op = op;
		this.params = params;
		this.inputs = inputs;
		this.infos = infos;
		this.output = output;
		this.plan = plan;
		this.blockSize = blockSize;
		this.listener = listener;
		this.workers = workers;
		this.blockCall = dispatch.op(op.id()).on(request.backend()).set(request.params()).prepare();
	}

	/**
	 * One pass over {@code blocks}: {@code work} of each (on the run's worker threads; it may call the op, read the
	 * inputs, count host blocks) and {@code inOrder} of each result on the calling thread, in block order (it writes
	 * the output or merges, so its result does not depend on the thread count).
	 */
	<R> void forEach(final List<Block> blocks, final Function<Block, R> work, final BiConsumer<Block, R> inOrder) {
		workers.forEach(blocks, work, inOrder);
	}

	/**
	 * {@link #forEach} for work that writes each block's result itself and returns nothing to hold: the calling thread
	 * and the workers take runs of consecutive blocks ({@link BlockWorkers#forEachInPlace(List, Function)}).
	 */
	void forEachInPlace(final List<Block> blocks, final Function<Block, Void> work) {
		workers.forEachInPlace(blocks, work);
	}

	Op op() {
		return op;
	}

	Parameters params() {
		return params;
	}

	BlockPlan plan() {
		return plan;
	}

	/** Whether every input is an image in memory and an image result goes to a new image in memory. */
	boolean inMemory() {
		for (final BlockSource in : inputs)
			if (!(in instanceof ImageSource)) return false;
		return output == BlockOutput.IN_MEMORY;
	}

	/** The box of input {@code i}, as an image whose first pixel is 0. */
	RandomAccessibleInterval<? extends RealType<?>> read(final int i, final Interval box) {
		return inputs.get(i).read(box);
	}

	/**
	 * Opens the sink for the whole output image of {@code info}, written in blocks of {@code chunk} (one per output
	 * axis, x first).
	 */
	BlockSink output(final ImageInfo info, final long[] chunk) {
		return output.open(info, chunk);
	}

	/** Completes the output with this run's summary; returns what the run returns. */
	Object complete(final BlockSink sink) {
		return sink.complete(summary());
	}

	private BlockRunSummary summary() {
		final Map<String, Long> counts = new TreeMap<>();
		blocksByBackend.forEach((backend, blocks) -> counts.put(backend, blocks.sum()));
		return new BlockRunSummary(op.id(), params.asMap(), counts);
	}

	/**
	 * A new empty scratch for the provisional labels of a stitching run over {@code grid}: beside the output when it
	 * is on disk ({@link ScratchOutput}), else in memory. The caller closes it (which deletes it).
	 */
	LabelScratch labelScratch(final BlockGrid grid) {
		return output instanceof ScratchOutput ? ((ScratchOutput) output).labelScratch(grid.dimensions(), grid
			.blockSize()) : new MemoryLabelScratch(grid.dimensions());
	}

	ImageInfo info(final int i) {
		return infos.get(i);
	}

	/** The size and kind of the whole result ({@code null} for a table). */
	ImageInfo outputInfo() {
		return op.outputInfo(infos, params);
	}

	/** The grid over an image of {@code dims} with this run's block size. */
	BlockGrid grid(final long[] dims, final long[] halo) {
		return BlockGrid.of(dims, blockSize, halo);
	}

	/** A grid without halo over the first input. */
	BlockGrid grid() {
		return grid(infos.get(0).dimensions(), new long[] { 0 });
	}

	/** Announces the number of block calls the whole run makes (every pass). */
	void expect(final int blocks) {
		progress = new BlockProgress(op.id(), blocks, listener);
	}

	/** The box of every input, each a zero-min view. */
	List<RandomAccessibleInterval<?>> boxes(final Interval box) {
		return Arrays.asList(boxArray(box));
	}

	private RandomAccessibleInterval<?>[] boxArray(final Interval box) {
		final RandomAccessibleInterval<?>[] parts = new RandomAccessibleInterval<?>[inputs.size()];
		for (int i = 0; i < parts.length; i++)
			parts[i] = inputs.get(i).read(box);
		return parts;
	}

	/** Counts a block of a pass that runs on the host (a histogram, a merge), for progress. */
	void hostBlockDone() {
		blockDone(BlockRunSummary.HOST);
	}

	private void blockDone(final String backendId) {
		// NB: no lock: block calls on several threads count at once
		final LongAdder known = blocksByBackend.get(backendId);
		(known != null ? known : blocksByBackend.computeIfAbsent(backendId, id -> new LongAdder())).increment();
		final BlockProgress p = progress;
		if (p != null) p.blockDone();
	}

	/** The op of this run on the box of every input, with {@code overrides} replacing the call's parameters. */
	Object call(final Interval box, final Map<String, ?> overrides) {
		if (!overrides.isEmpty()) return call(op.id(), boxes(box), overrides);
		final Object result = blockCall.run((Object[]) boxArray(box));
		blockDone(backendOfLastCall());
		return result;
	}

	/** The op of this run on the box of every input, with the call's parameters. */
	Object call(final Interval box) {
		return call(box, Collections.<String, Object> emptyMap());
	}

	/**
	 * Any op (a helper call of a merge pass, e.g. {@code label.components} for fill holes) on block images, with
	 * the call's named backend, counted as one block done.
	 */
	Object call(final String opId, final List<? extends RandomAccessibleInterval<?>> images, final Map<String, ?> parameters) {
		final Object result = request(opId, images, parameters).run();
		blockDone(backendOfLastCall());
		return result;
	}

	/**
	 * The op of this run on the box of every input, with the call's parameters, written into {@code output} (an image
	 * of the block's result size and kind: a {@link BlockSink#region region} of the output), counted as one block
	 * done.
	 */
	void callInto(final Interval box, final RandomAccessibleInterval<?> output) {
		callInto(box, Collections.<String, Object> emptyMap(), output);
	}

	/** As {@link #callInto(Interval, RandomAccessibleInterval)}, with {@code overrides} replacing the call's parameters. */
	void callInto(final Interval box, final Map<String, ?> overrides, final RandomAccessibleInterval<?> output) {
		if (overrides.isEmpty()) blockCall.runInto(output, (Object[]) boxArray(box));
		else request(op.id(), boxes(box), overrides).into(output).run();
		blockDone(backendOfLastCall());
	}

	private OpRequest request(final String opId, final List<? extends RandomAccessibleInterval<?>> images,
		final Map<String, ?> parameters)
	{
		final OpRequest block = dispatch.op(opId).on(request.backend());
		for (final RandomAccessibleInterval<?> image : images)
			block.input(image);
		if (opId.equals(op.id())) block.set(request.params());
		block.set(parameters);
		return block;
	}

	/**
	 * The backend of the newest call of the calling thread: the newest record of the shared trace with this
	 * thread's name (the engine's worker threads have names of their own), else the newest record.
	 */
	private String backendOfLastCall() {
		final CallRecord own = dispatch.trace().lastOfCallingThread();
		return (own != null ? own : dispatch.trace().last()).backendId();
	}
}
