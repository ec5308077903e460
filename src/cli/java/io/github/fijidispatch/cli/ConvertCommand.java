package io.github.fijidispatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.dispatch.Provenance;
import io.github.fijidispatch.ij.CalibratedImage;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrImages;
import io.github.fijidispatch.zarr.ZarrProvenance;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code convert}: a whole image that fits in memory between TIFF/PNG and OME-Zarr 0.4, either way, with its
 * calibration (a TIFF's pixel width, height and depth and units become the axes' {@code scale} and {@code unit}, and
 * back). A path ending in {@code .zarr} is OME-Zarr (a folder); anything else is an image file.
 */
@Plugin(type = Subcommand.class)
public class ConvertCommand implements Subcommand {

	@Override
	public String name() {
		return "convert";
	}

	@Override
	public String summary() {
		return "converts a whole image between TIFF/PNG and OME-Zarr 0.4 (a path ending in .zarr), either way";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch convert -i IN -o OUT [--compressor NAME] [--chunks X,Y[,Z]] [--overwrite]\n" +
			"  IN, OUT: a TIFF/PNG file or an OME-Zarr folder (name ending in .zarr, e.g. out.ome.zarr)\n" +
			"  --compressor: " + ChunkCodecs.NAMES + "; default blosc:zstd:5\n" +
			"  --chunks: the chunk size, x first; default 1024x1024 in 2D, 128^3 in 3D\n" +
			"  --overwrite: replace an existing OME-Zarr output (refused without it)\n" +
			"  the calibration (pixel size and unit per axis) is carried either way";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		final Arguments a = Arguments.parse(args, Arrays.asList("i", "o", "compressor", "chunks"), Collections
			.singletonList("overwrite"), Collections.<String, String> emptyMap());
		final String in = a.option("i");
		final String to = a.option("o");
		if (in == null || to == null) throw new IllegalArgumentException("convert needs -i IN and -o OUT\n" + usage());
		if (isZarr(in) == isZarr(to)) throw new IllegalArgumentException("convert: one of -i '" + in + "' and -o '" + to +
			"' must be OME-Zarr (a name ending in .zarr) and the other a TIFF/PNG file");
		if (isZarr(to)) {
			final CalibratedImage image = ImageFiles.readCalibrated(in);
			toZarr(image.image(), image.axes(), in, Paths.get(to), a);
		}
		else fromZarr(Paths.get(in), to);
		out.println("wrote " + to);
		return 0;
	}

	private static <T extends NativeType<T> & RealType<T>> void fromZarr(final Path in, final String to)
		throws java.io.IOException
	{
		final RandomAccessibleInterval<T> image = OmeZarrImages.read(in);
		ImageFiles.write(image, to, null, OmeZarrImage.open(in).axes());
	}

	private static boolean isZarr(final String path) {
		final String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		return p.toLowerCase().endsWith(".zarr");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void toZarr(final RandomAccessibleInterval<? extends RealType<?>> image, final List<OmeAxis> axes,
		final String in, final Path to, final Arguments a) throws java.io.IOException
	{
		final Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("input", in);
		final String compressor = a.option("compressor", "blosc:zstd:5");
		parameters.put("compressor", compressor);
		write((RandomAccessibleInterval) image, axes, to, chunks(a.option("chunks"), image.numDimensions()), compressor, a
			.flag("overwrite"), new ZarrProvenance("convert", parameters, Collections.<String, Long> emptyMap(),
				"Fiji Dispatch " + Provenance.version()));
	}

	private static <T extends NativeType<T> & RealType<T>> void write(final RandomAccessibleInterval<T> image,
		final List<OmeAxis> axes, final Path to, final int[] chunks, final String compressor, final boolean overwrite, final ZarrProvenance p)
		throws java.io.IOException
	{
		OmeZarrImages.write(image, to, axes, chunks, ChunkCodecs.named(compressor), overwrite, p);
	}

	private static int[] chunks(final String option, final int n) {
		if (option == null) return null;
		// NB: -1 keeps empty parts: "10,10," is refused, not read as 10,10
		final String[] parts = option.split("[,x]", -1);
		if (parts.length != n) throw new IllegalArgumentException("--chunks '" + option + "' needs " + n +
			" sizes (x first) for this " + n + "D image");
		final int[] chunks = new int[n];
		for (int d = 0; d < n; d++) {
			try {
				chunks[d] = Integer.parseInt(parts[d].trim());
			}
			catch (final NumberFormatException e) {
				chunks[d] = 0;
			}
			if (chunks[d] < 1) throw new IllegalArgumentException("--chunks '" + option + "': '" + parts[d] +
				"' is not a whole number >= 1");
		}
		return chunks;
	}
}
