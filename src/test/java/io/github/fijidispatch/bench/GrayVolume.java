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
 * Writes a uint16 OME-Zarr volume for the out-of-core Gaussian measurements, chunk by chunk (never whole in memory):
 * a value that differs along every axis, as {@code OutOfCoreRunTest} generates.
 * <p>
 * Usage: {@code GrayVolume OUT.ome.zarr X Y Z CHUNK CODEC}, e.g. {@code g.ome.zarr 512 512 128 64 blosc:lz4:1}.
 * </p>
 */
public final class GrayVolume {

	private GrayVolume() {
		// NB: a main only
	}

	public static void main(final String... args) throws IOException {
		final long[] dims = { Long.parseLong(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]) };
		final int side = Integer.parseInt(args[4]);
		final OmeZarrWriter writer = OmeZarrWriter.create(Paths.get(args[0]), dims, PixelKind.UINT16, OmeAxis.spatial(3),
			new int[] { side, side, side }, ChunkCodecs.named(args[5]), false);
		for (long z0 = 0; z0 < dims[2]; z0 += side)
			for (long y0 = 0; y0 < dims[1]; y0 += side)
				for (long x0 = 0; x0 < dims[0]; x0 += side) {
					final long[] min = { x0, y0, z0 };
					final int[] size = new int[3];
					for (int d = 0; d < 3; d++)
						size[d] = (int) Math.min(side, dims[d] - min[d]);
					final short[] data = new short[size[0] * size[1] * size[2]];
					int i = 0;
					for (int z = 0; z < size[2]; z++)
						for (int y = 0; y < size[1]; y++)
							for (int x = 0; x < size[0]; x++)
								data[i++] = value(x0 + x, y0 + y, z0 + z);
					writer.array().write(min, size, data);
				}
		writer.complete(new ZarrProvenance("bench.gray", Collections.<String, Object> emptyMap(), Collections
			.<String, Long> emptyMap(), "GrayVolume"));
	}

	private static short value(final long x, final long y, final long z) {
		return (short) (x * 7 + y * 13 + z * 29 + (x * y >> 5) + ((x ^ z) & 63) * 97);
	}
}
