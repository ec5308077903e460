package io.github.fijidispatch.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Runs an op call block by block and returns what the whole-image call
 * returns. The op's {@link Op#blockwise plan} says how: local ops read each
 * block with its halo and keep the interior; crop, flip and rotate map each
 * output block to its input box; projections reduce blocks that span the
 * axis; statistics, metrics, automatic thresholds, labelling, fill holes and
 * label measurements merge partial results per block. Every block is a call
 * of its own through the {@link DispatchService}, so each gets its own backend
 * choice ({@code auto} decides per block; a backend named on the request is
 * used for every block).
 * <pre>
 * BlockEngine engine = new BlockEngine(dispatch).progress(new StderrProgress());
 * RandomAccessibleInterval&lt;?&gt; blurred = (RandomAccessibleInterval&lt;?&gt;) engine.run(
 *     dispatch.op("filter.gauss").input(img).set("sigma", 2), 128);
 * </pre>
 * <p>
 * Guarantee: the result equals the whole-image run, bit for bit where the
 * op's tolerance is exact and within it otherwise (a test holds every op to
 * it). Inputs are {@link BlockSource}s and an image result goes to a
 * {@link BlockOutput}: host images in memory by default, or OME-Zarr images
 * on disk ({@link ZarrBlocks}) for images larger than memory; ops whose
 * plan is {@link BlockPlan.Kind#NOT_PLANNED} are refused with the reason.
 * </p>
 * <p>
 * Threads: up to {@link #threads(int)} blocks run at once (default: one per
 * available processor), each a call of its own on a worker thread under the
 * calling thread's dispatch scope, while the calling thread writes the
 * results to the output and merges them in block order. Memory holds the
 * blocks in flight (the threads' blocks and one being written), not more, and
 * a run whose blocks in flight would not fit in the free heap uses fewer
 * threads ({@link BlockMemory}, at least one); the
 * result is the same whatever the thread count (label numbers and merged
 * tables included). Configure an engine before sharing it; runs may then be
 * started from several threads.
 * </p>
 */
public final class BlockEngine {

	private final DispatchService dispatch;
	private volatile ProgressListener listener = ProgressListener.NONE;
	private volatile int threads = Runtime.getRuntime().availableProcessors();
	private volatile LongSupplier freeHeap = BlockMemory::freeHeap;

	public BlockEngine(final DispatchService dispatch) {
		this.dispatch = dispatch;
	}

	/** Where progress goes (blocks done of total, with an ETA); default: nowhere. */
	public BlockEngine progress(final ProgressListener progressListener) {
		this.listener = progressListener == null ? ProgressListener.NONE : progressListener;
		return this;
	}

	/**
	 * How many blocks may run at once (default: the available processors); 1 runs them one after the other on the
	 * calling thread.
	 *
	 * @throws IllegalArgumentException for a count below 1
	 */
	public BlockEngine threads(final int count) {
		if (count < 1) throw new IllegalArgumentException("block engine threads: " + count +
			" is not allowed; give 1 or more (1 runs the blocks one after the other)");
		this.threads = count;
		return this;
	}

	/** How many blocks may run at once. */
	public int threads() {
		return threads;
	}

	/** For tests: where a run reads the free heap that bounds its blocks in flight ({@link BlockMemory}). */
	BlockEngine freeHeap(final LongSupplier bytes) {
		this.freeHeap = bytes;
		return this;
	}

	/**
	 * The plan the op declares for this call.
	 *
	 * @throws IllegalArgumentException as the dispatch service would for the call
	 */
	public BlockPlan plan(final OpRequest request) {
		final Op op = dispatch.opDefinition(request.opId());
		final Parameters params = op.resolve(request.params());
		return op.blockwise(params, checked(op, params, request).get(0));
	}

	/**
	 * Runs the call by blocks of {@code blockSize} pixels (one value for every
	 * axis, or one per axis; a block larger than the image is the whole image).
	 *
	 * @return an image (host) or a table, as the whole-image call returns
	 * @throws BadInputException for a block size below 1, an input that is not a host image, or an op without a
	 *           blockwise plan (naming why)
	 */
	public Object run(final OpRequest request, final long... blockSize) {
		final Op op = dispatch.opDefinition(request.opId());
		describe(op, request.inputs());
		final List<BlockSource> sources = new ArrayList<>();
		for (final Object in : request.inputs())
			sources.add(BlockSource.of(realImage(in)));
		return runOn(op, request, sources, BlockOutput.IN_MEMORY, blockSize);
	}

	/**
	 * Runs the call by blocks, reading its inputs from {@code inputs} (the request names no inputs of its own) and
	 * writing an image result to {@code output} block by block: memory holds the blocks in flight (each with its halo
	 * and its result: one per {@link #threads(int) thread}, and one being written), not the image
	 * ({@code label.components} and {@code morphology.fill_holes} keep their provisional labels in a scratch array
	 * beside an output on disk, deleted afterwards, and a table per component in memory).
	 * See {@link ZarrBlocks} for an example on OME-Zarr.
	 *
	 * @return a table, as the whole-image call returns, or for an image what {@code output} returns
	 *         ({@link BlockOutput#IN_MEMORY}: the image; {@link ZarrBlocks#output}: the written image's path)
	 * @throws BadInputException for a block size below 1, a request with inputs of its own, or an op without a
	 *           blockwise plan (naming why)
	 */
	public Object run(final OpRequest request, final List<? extends BlockSource> inputs, final BlockOutput output,
		final long... blockSize)
	{
		final Op op = dispatch.opDefinition(request.opId());
		if (!request.inputs().isEmpty()) throw new BadInputException(op.id() + ": the request names " + request.inputs()
			.size() + " input(s) of its own; a run from block sources takes its inputs from the sources only", op.id(),
			"image", String.valueOf(request.inputs().size()), "a request without inputs");
		return runOn(op, request, inputs, output, blockSize);
	}

	private Object runOn(final Op op, final OpRequest request, final List<? extends BlockSource> inputs,
		final BlockOutput output, final long... blockSize)
	{
		final Parameters params = op.resolve(request.params());
		final List<ImageInfo> infos = new ArrayList<>(inputs.size());
		for (final BlockSource in : inputs)
			infos.add(in.info());
		checked(op, params, infos);
		checkBlockSize(op, blockSize, infos.get(0).numDimensions());
		final BlockPlan plan = op.blockwise(params, infos.get(0));
		final BlockStrategy strategy = strategy(op, plan);
		final long[] blocks = BlockGrid.perAxis(blockSize, infos.get(0).numDimensions(), "block size");
		final int inFlight = BlockMemory.threads(threads, BlockMemory.bytesPerBlock(plan, infos, op.outputInfo(infos,
			params), blocks), freeHeap.getAsLong());
		final BlockRun run = new BlockRun(dispatch, request, op, params, inputs, infos, output, plan, blocks, listener,
			new BlockWorkers(inFlight, dispatch));
		return strategy.run(run);
	}

	// -- Helper methods --

	private static BlockStrategy strategy(final Op op, final BlockPlan plan) {
		switch (plan.kind()) {
			case LOCAL:
				return new LocalBlocks();
			case INDEX_MAPPING:
				return new MappedBlocks();
			case AXIS_REDUCTION:
				return new ReducedBlocks();
			case MERGED_MOMENTS:
				return new MomentMerge();
			case MERGED_SUMS:
				return new SquaredErrorMerge();
			case GLOBAL_RANGE:
				return new RangeConversion();
			case GLOBAL_HISTOGRAM:
				return new HistogramThreshold();
			case LABEL_STITCH:
				return new LabelStitch();
			case BORDER_STITCH:
				return new HoleFill();
			case LABEL_SUMS:
				return new LabelSumMerge();
			default:
				throw new BadInputException(op.id() + " has no blockwise plan yet: " + plan.reason() +
					"; run it on the whole image", op.id(), "block", null,
					"an op with a blockwise plan");
		}
	}

	/** The inputs described, after the op's own checks of the call. */
	private static List<ImageInfo> checked(final Op op, final Parameters params, final OpRequest request) {
		return checked(op, params, describe(op, request.inputs()));
	}

	private static List<ImageInfo> checked(final Op op, final Parameters params, final List<ImageInfo> infos) {
		if (infos.isEmpty()) throw new BadInputException(op.id() + ": no input image", op.id(), "image", null,
			"an image");
		op.check(infos, params);
		return infos;
	}

	private static List<ImageInfo> describe(final Op op, final List<Object> inputs) {
		final List<ImageInfo> infos = new ArrayList<>(inputs.size());
		for (int i = 0; i < inputs.size(); i++) {
			final Object in = inputs.get(i);
			if (!HostImages.isHostImage(in)) {
				final String name = i < op.inputNames().size() ? op.inputNames().get(i) : "#" + i;
				throw new BadInputException(op.id() + ": input '" + name + "' is " + (in == null ? "null" : in.getClass()
					.getSimpleName()) + "; blockwise runs take host images (ImgLib2 RandomAccessibleInterval)", op.id(), name,
					String.valueOf(in), "a host image");
			}
			infos.add(HostImages.describe((RandomAccessibleInterval<?>) in));
		}
		if (infos.isEmpty()) throw new BadInputException(op.id() + ": no input image", op.id(), "image", null,
			"an image");
		return infos;
	}

	private static void checkBlockSize(final Op op, final long[] blockSize, final int n) {
		final boolean wellFormed = blockSize != null && (blockSize.length == 1 || blockSize.length == n) &&
			Arrays.stream(blockSize).allMatch(s -> s >= 1);
		if (!wellFormed) {
			final String value = blockSize == null ? "null" : Arrays.toString(blockSize);
			throw new BadInputException(op.id() + ": block size " + value + " is not allowed; give one size ≥ 1 or " + n +
				" (one per axis)", op.id(), "block", value, "one size ≥ 1 or one per axis");
		}
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends RealType<?>> realImage(final Object image) {
		return (RandomAccessibleInterval<? extends RealType<?>>) image;
	}
}
