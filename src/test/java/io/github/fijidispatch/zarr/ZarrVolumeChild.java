package io.github.fijidispatch.zarr;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.github.fijidispatch.op.PixelKind;

/**
 * The child JVM of {@link ZarrBoundedMemoryTest}: writes a uint16 OME-Zarr volume far larger than its heap block by
 * block (two threads), reads it back block by block, and prints the whole-run checksum of each pass; every 5th block
 * read is also checked pixel by pixel against the generator.
 * <p>
 * Usage: {@code ZarrVolumeChild DIR X Y Z CODEC}.
 */
public final class ZarrVolumeChild {

	static final int[] BLOCK = { 256, 256, 64 };
	static final int[] CHUNK = { 128, 128, 64 };

	private ZarrVolumeChild() {
		// NB: entry point only
	}

	/** The generator: a value that differs along every axis and is cheap to recompute. */
	static short value(final long x, final long y, final long z) {
		return (short) (x * 7 + y * 13 + z * 29 + (x * y >> 5));
	}

	public static void main(final String[] args) throws Exception {
		final Path path = Paths.get(args[0]);
		final long[] dims = { Long.parseLong(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]) };
		final OmeZarrWriter writer = OmeZarrWriter.create(path, dims, PixelKind.UINT16, OmeAxis.spatial(3), CHUNK,
			ChunkCodecs.named(args[4]), false);
		final List<long[]> blocks = blocks(dims);
		final AtomicLong written = new AtomicLong();
		final ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			run(pool, blocks, (min, size) -> {
				final short[] data = new short[size[0] * size[1] * size[2]];
				int i = 0;
				for (int z = 0; z < size[2]; z++)
					for (int y = 0; y < size[1]; y++)
						for (int x = 0; x < size[0]; x++)
							data[i++] = value(min[0] + x, min[1] + y, min[2] + z);
				writer.array().write(min, size, data);
				written.addAndGet(checksum(min, size, data));
			});
			writer.complete(new ZarrProvenance("test.generate", java.util.Collections.emptyMap(), java.util.Collections
				.emptyMap(), "ZarrVolumeChild"));
			final ZarrArray array = OmeZarrImage.open(path).array();
			final AtomicLong read = new AtomicLong();
			final AtomicLong checked = new AtomicLong();
			run(pool, blocks, (min, size) -> {
				final short[] data = new short[size[0] * size[1] * size[2]];
				array.read(min, size, data);
				read.addAndGet(checksum(min, size, data));
				if ((min[0] / BLOCK[0] + min[1] / BLOCK[1] + min[2] / BLOCK[2]) % 5 == 0) {
					int i = 0;
					for (int z = 0; z < size[2]; z++)
						for (int y = 0; y < size[1]; y++)
							for (int x = 0; x < size[0]; x++)
								if (data[i++] != value(min[0] + x, min[1] + y, min[2] + z)) throw new AssertionError(
									"pixel " + (min[0] + x) + "," + (min[1] + y) + "," + (min[2] + z));
					checked.incrementAndGet();
				}
			});
			System.out.println("heap " + Runtime.getRuntime().maxMemory() + " bytes " + dims[0] * dims[1] * dims[2] * 2 +
				" blocks " + blocks.size() + " checked " + checked + " written " + written + " read " + read);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A position-weighted checksum of a block, so that a block read from the wrong place changes it. */
	private static long checksum(final long[] min, final int[] size, final short[] data) {
		long sum = 0;
		int i = 0;
		for (int z = 0; z < size[2]; z++)
			for (int y = 0; y < size[1]; y++)
				for (int x = 0; x < size[0]; x++) {
					final long index = ((min[2] + z) * 1_000_003L + min[1] + y) * 1_000_033L + min[0] + x;
					sum += (data[i++] & 0xffff) * (index * 0x9E3779B97F4A7C15L >>> 40);
				}
		return sum;
	}

	private static List<long[]> blocks(final long[] dims) {
		final List<long[]> blocks = new ArrayList<>();
		for (long z = 0; z < dims[2]; z += BLOCK[2])
			for (long y = 0; y < dims[1]; y += BLOCK[1])
				for (long x = 0; x < dims[0]; x += BLOCK[0])
					blocks.add(new long[] { x, y, z, Math.min(BLOCK[0], dims[0] - x), Math.min(BLOCK[1], dims[1] - y), Math
						.min(BLOCK[2], dims[2] - z) });
		return blocks;
	}

	@FunctionalInterface
	private interface BlockTask {

		void run(long[] min, int[] size) throws Exception;
	}

	private static void run(final ExecutorService pool, final List<long[]> blocks, final BlockTask task)
		throws Exception
	{
		final List<Future<?>> futures = new ArrayList<>();
		for (final long[] b : blocks)
			futures.add(pool.submit(() -> {
				task.run(new long[] { b[0], b[1], b[2] }, new int[] { (int) b[3], (int) b[4], (int) b[5] });
				return null;
			}));
		for (final Future<?> f : futures)
			f.get();
	}
}
