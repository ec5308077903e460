package io.github.fijidispatch.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.plugin.Plugin;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.dispatch.Tiling;
import io.github.fijidispatch.dispatch.TilingRunner;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.IndexMapping;
import io.github.fijidispatch.op.Parameters;

/**
 * The block engine as dispatch's {@link TilingRunner}: a call too large for a
 * device runs on that device by blocks through
 * the {@link BlockEngine}, with the op's plan — local ops with their halo,
 * index mappings by output block, projections by blocks spanning the axis,
 * and the merge passes of the global plans. {@link #plan} picks the largest
 * block size whose largest read (block and halo, clipped at the image) stays
 * within the pixels dispatch allows, then evens the blocks out per axis; the
 * engine's guarantee makes the tiled result equal the whole-image one.
 */
@Plugin(type = TilingRunner.class)
public final class DeviceTiles implements TilingRunner {

	@Override
	public Tiling plan(final OpCall call, final long maxTilePixels) {
		final ImageInfo first = call.info(0);
		final BlockPlan plan = call.op().blockwise(call.params(), first);
		if (plan.kind() == BlockPlan.Kind.NOT_PLANNED) return Tiling.refused(call.opId() + " has no block plan: " +
			plan.reason());
		final long[] grid = gridDims(call, plan);
		long lo = 1;
		long hi = 1;
		for (final long d : grid)
			hi = Math.max(hi, d);
		final long smallest = pixels(readBox(call, plan, uniform(grid.length, lo)));
		if (smallest > maxTilePixels) return Tiling.refused("blocks of 1 px read " + smallest + " px with the plan (" + plan
			.describe() + "), more than the " + maxTilePixels + " px that fit the device");
		// NB: the largest block size whose read fits; reads grow with the size
		while (lo < hi) {
			final long mid = lo + (hi - lo + 1) / 2;
			if (pixels(readBox(call, plan, uniform(grid.length, mid))) <= maxTilePixels) lo = mid;
			else hi = mid - 1;
		}
		final long[] blockSize = balanced(grid, lo);
		return Tiling.of(blockSize, grid(call, plan, blockSize).size(), tileInfos(call, readBox(call, plan, blockSize)),
			tileParams(call, plan, blockSize));
	}

	@Override
	public Object run(final DispatchService dispatch, final OpCall call, final String backendId, final Tiling tiling) {
		final OpRequest request = dispatch.op(call.opId()).on(backendId).set(call.params().asMap());
		for (final Object input : call.inputs())
			request.input(input);
		return new BlockEngine(dispatch).run(request, tiling.blockSize());
	}

	// -- Helper methods --

	/** The image the engine's grid covers: the output for an index mapping, else the first input. */
	private static long[] gridDims(final OpCall call, final BlockPlan plan) {
		return plan.kind() == BlockPlan.Kind.INDEX_MAPPING ? call.outputInfo().dimensions() : call.info(0).dimensions();
	}

	/**
	 * Blocks of at most {@code size} per axis, evened out: as many blocks per axis as {@code size} gives, each the
	 * same size up to one pixel (192 px by at most 94 is three blocks of 64, not 94, 94 and 4), so the largest read
	 * shrinks and the count stays.
	 */
	private static long[] balanced(final long[] dims, final long size) {
		final long[] out = new long[dims.length];
		for (int d = 0; d < dims.length; d++) {
			final long count = (dims[d] + size - 1) / size;
			out[d] = (dims[d] + count - 1) / count;
		}
		return out;
	}

	private static long[] uniform(final int n, final long size) {
		final long[] out = new long[n];
		Arrays.fill(out, size);
		return out;
	}

	/** The grid the engine runs for blocks of {@code size} per axis. */
	private static BlockGrid grid(final OpCall call, final BlockPlan plan, final long[] size) {
		final BlockGrid grid = BlockGrid.of(gridDims(call, plan), size);
		return plan.kind() == BlockPlan.Kind.AXIS_REDUCTION ? grid.spanning(plan.axis()) : grid;
	}

	/** The largest box a block call of {@code size} per axis reads from each input. */
	private static long[] readBox(final OpCall call, final BlockPlan plan, final long[] size) {
		final long[] dims = call.info(0).dimensions();
		final long[] box = new long[dims.length];
		switch (plan.kind()) {
			case LOCAL: {
				final long[] halo = plan.halo();
				for (int d = 0; d < dims.length; d++)
					box[d] = Math.min(dims[d], size[d] + 2 * halo[Math.min(d, halo.length - 1)]);
				return box;
			}
			case INDEX_MAPPING: {
				final long[][] source = firstSource(call, plan.mapping(), size);
				for (int d = 0; d < dims.length; d++)
					box[d] = source[1][d] - source[0][d] + 1;
				return box;
			}
			case AXIS_REDUCTION:
				for (int d = 0; d < dims.length; d++)
					box[d] = d == plan.axis() ? dims[d] : Math.min(dims[d], size[d]);
				return box;
			default:
				for (int d = 0; d < dims.length; d++)
					box[d] = Math.min(dims[d], size[d]);
				return box;
		}
	}

	/** The input box of the output block at the origin (the largest: only the last blocks are clipped). */
	private static long[][] firstSource(final OpCall call, final IndexMapping mapping, final long[] size) {
		final long[] out = call.outputInfo().dimensions();
		final long[] min = new long[out.length];
		final long[] max = new long[out.length];
		for (int d = 0; d < out.length; d++)
			max[d] = Math.min(out[d], size[d]) - 1;
		return mapping.source(min, max);
	}

	/** The largest tile's parameters: an index mapping's own for the block at the origin, else the call's. */
	private static Parameters tileParams(final OpCall call, final BlockPlan plan, final long[] size) {
		if (plan.kind() != BlockPlan.Kind.INDEX_MAPPING) return call.params();
		final long[] out = call.outputInfo().dimensions();
		final long[] min = new long[out.length];
		final long[] max = new long[out.length];
		for (int d = 0; d < out.length; d++)
			max[d] = Math.min(out[d], size[d]) - 1;
		final Map<String, Object> merged = new LinkedHashMap<>(call.params().asMap());
		merged.putAll(plan.mapping().parameters(min, max));
		return call.op().resolve(merged);
	}

	/** Every input's part of the box (clipped to the input), of the input's pixel kind. */
	private static List<ImageInfo> tileInfos(final OpCall call, final long[] box) {
		final List<ImageInfo> infos = new ArrayList<>(call.infos().size());
		for (final ImageInfo in : call.infos()) {
			final long[] dims = new long[in.numDimensions()];
			for (int d = 0; d < dims.length; d++)
				dims[d] = Math.min(in.dimension(d), box[Math.min(d, box.length - 1)]);
			infos.add(new ImageInfo(dims, in.kind()));
		}
		return infos;
	}

	private static long pixels(final long[] box) {
		long n = 1;
		for (final long b : box)
			n *= b;
		return n;
	}
}
