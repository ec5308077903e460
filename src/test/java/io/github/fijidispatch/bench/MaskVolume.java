package io.github.fijidispatch.bench;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.Collections;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrWriter;
import io.github.fijidispatch.zarr.ZarrProvenance;

/**
 * Writes a uint8 OME-Zarr mask for the out-of-core labelling measurements, chunk by chunk (never whole in memory):
 * cells of 4^3 pixels, each foreground (255) with probability 0.3 from a hash of its position, so that clusters of
 * every size cross the blocks.
 * <p>
 * Usage: {@code MaskVolume OUT.ome.zarr X Y Z CHUNK CODEC}, e.g. {@code m.ome.zarr 512 512 128 64 blosc:lz4:1}.
 * </p>
 */
public final class MaskVolume {

	private MaskVolume() {
		// NB: a main only
	}

	public static void main(final String... args) throws IOException {
		final long[] dims = { Long.parseLong(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]) };
		final int side = Integer.parseInt(args[4]);
		final int[] chunk = { side, side, side };
		final OmeZarrWriter writer = OmeZarrWriter.create(Paths.get(args[0]), dims, PixelKind.UINT8, OmeAxis.spatial(3),
			chunk, ChunkCodecs.named(args[5]), false);
		for (long z0 = 0; z0 < dims[2]; z0 += side)
			for (long y0 = 0; y0 < dims[1]; y0 += side)
				for (long x0 = 0; x0 < dims[0]; x0 += side) {
					final int[] size = new int[3];
					final long[] min = { x0, y0, z0 };
					for (int d = 0; d < 3; d++)
						size[d] = (int) Math.min(side, dims[d] - min[d]);
					final byte[] data = new byte[size[0] * size[1] * size[2]];
					int i = 0;
					for (int z = 0; z < size[2]; z++)
						for (int y = 0; y < size[1]; y++)
							for (int x = 0; x < size[0]; x++)
								data[i++] = foreground(x0 + x, y0 + y, z0 + z) ? (byte) 255 : 0;
					writer.array().write(min, size, data);
				}
		writer.complete(new ZarrProvenance("bench.mask", Collections.<String, Object> emptyMap(), Collections
			.<String, Long> emptyMap(), "MaskVolume"));
	}

	private static boolean foreground(final long x, final long y, final long z) {
		long h = (x >> 2) * 0x9E3779B97F4A7C15L ^ (y >> 2) * 0xC2B2AE3D27D4EB4FL ^ (z >> 2) * 0x165667B19E3779F9L;
		h ^= h >>> 29;
		h *= 0xBF58476D1CE4E5B9L;
		h ^= h >>> 32;
		return (h & 1023) < 307;
	}
}
