package io.github.fijidispatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.block.BlockEngine;
import io.github.fijidispatch.block.BlockOutput;
import io.github.fijidispatch.block.BlockSource;
import io.github.fijidispatch.block.StderrProgress;
import io.github.fijidispatch.files.StaleScratch;
import io.github.fijidispatch.block.ZarrBlocks;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.ij.CalibratedImage;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.pipeline.OutputAxes;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrWriter;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * {@code run} through the block engine: taken when an input or the output is
 * OME-Zarr (a path ending in {@code .zarr}) or {@code --block} is given.
 * Inputs are read block by block from OME-Zarr (TIFF/PNG inputs are read
 * whole, then cut into blocks); an OME-Zarr output is written block by block,
 * with chunks of the block size, and marked complete with its provenance only
 * when every block is written. The first input's calibration (OME-Zarr axes, or
 * a TIFF's pixel size and unit) is carried into the output. Progress goes to stderr.
 */
final class BlockwiseRun {

	/** The compressor of an OME-Zarr output unless {@code --compressor} says otherwise (as {@code convert}'s). */
	static final String DEFAULT_COMPRESSOR = "blosc:zstd:5";

	private final DispatchService dispatch;
	private final Op op;
	private final Arguments args;

	BlockwiseRun(final DispatchService dispatch, final Op op, final Arguments args) {
		this.dispatch = dispatch;
		this.op = op;
		this.args = args;
	}

	/** Whether a call takes this path: an OME-Zarr input or output, or a block size. */
	static boolean applies(final Arguments a) {
		if (a.option("block") != null || isZarr(a.option("output"))) return true;
		for (final String in : a.options("input"))
			if (isZarr(in)) return true;
		return false;
	}

	/** A path ending in {@code .zarr} (a folder, with or without a trailing slash). */
	static boolean isZarr(final String path) {
		if (path == null) return false;
		final String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		return p.toLowerCase(Locale.ROOT).endsWith(".zarr");
	}

	/** Runs the call; prints a one-line summary (or JSON with {@code --json}). */
	int run(final Map<String, String> params, final PrintStream out) throws IOException {
		refuseOptionsOfTheWholeImagePath();
		final List<String> inputs = args.options("input");
		if (inputs.isEmpty()) throw new BadInputException(op.id() + ": give -i IN (an OME-Zarr folder or a TIFF/PNG file)",
			op.id(), "input", null, "an OME-Zarr image or a TIFF/PNG file");
		final String output = args.option("output");
		checkOutput(output, inputs);
		final OpRequest request = dispatch.op(op.id()).on(args.option("backend")).set(params);
		final BlockEngine engine = new BlockEngine(dispatch).progress(new StderrProgress());
		// NB: the engine checks the parameters, block size and plan before it creates the output.
		final List<BlockSource> sources = new ArrayList<>();
		final List<OmeAxis> inputAxes = sources(inputs, sources);
		final long[] block = blockSize(args.option("block"), sources.get(0).info());
		final List<OmeAxis> axes = outputAxes(params, sources, inputAxes);
		if (isZarr(output)) for (final String line : StaleScratch.sweepBeside(Paths.get(output)))
			System.err.println(line);
		final long start = System.nanoTime();
		final Object result = engine.run(request, sources, output(output, axes), block);
		final double millis = (System.nanoTime() - start) / 1e6;
		final Map<String, Object> report = new LinkedHashMap<>();
		report.put("op", op.id());
		report.put("blockSize", sizeList(block));
		report.put("totalMillis", millis);
		if (result instanceof ResultTable) RunCommand.writeTable((ResultTable) result, output, args.flag("json"), out,
			report);
		else if (result instanceof Path) report.put("output", output);
		else writeImage(result, output, axes, report);
		if (args.flag("json")) out.println(Json.write(report));
		else out.println(String.format(Locale.ROOT, "%s ran by blocks of %s in %.1f ms%s", op.id(), sizeText(block),
			millis, output == null ? "" : " → " + output));
		return 0;
	}

	private void refuseOptionsOfTheWholeImagePath() {
		for (final String flag : new String[] { "in-place", "dry-run", "explain" })
			if (args.flag(flag)) throw new BadInputException(op.id() + ": --" + flag + " is not offered for a run by " +
				"blocks (OME-Zarr input or output, or --block); run it on a TIFF/PNG file without --block", op.id(), flag,
				null, "no --" + flag);
		if (args.option("prefer") != null) throw new BadInputException(op.id() + ": --prefer is not offered for a run " +
			"by blocks; give --backend B or let auto choose per block", op.id(), "prefer", args.option("prefer"),
			"--backend B or none");
	}

	/**
	 * An output that the run could not write is refused before anything is read: an image op needs one, a table
	 * does not go to OME-Zarr, an output never replaces an input.
	 */
	private void checkOutput(final String output, final List<String> inputs) {
		final boolean table = op.outputKind() != OutputKind.IMAGE;
		if (output == null && !table) throw new BadInputException(op.id() + ": give -o OUT for the result image (an " +
			"OME-Zarr folder ending in .zarr, or .tif/.png)", op.id(), "output", null, ".zarr, .tif, .tiff, .png");
		if (output == null) return;
		if (table && isZarr(output)) throw new BadInputException(op.id() + " returns a table, not an image: give -o " +
			"OUT.csv or OUT.json, not the OME-Zarr folder '" + output + "'", op.id(), "output", output, ".csv, .json");
		final Path target = Paths.get(output).toAbsolutePath().normalize();
		for (final String in : inputs)
			if (Paths.get(in).toAbsolutePath().normalize().equals(target)) throw new BadInputException(op.id() +
				": the output '" + output + "' is an input; a run never replaces its input: give another -o", op.id(),
				"output", output, "a path that is not an input");
		if (args.option("compressor") != null) ChunkCodecs.named(args.option("compressor"));
	}

	/** Adds a source per input to {@code sources}; returns the first input's calibration (x first). */
	private static List<OmeAxis> sources(final List<String> inputs, final List<BlockSource> sources) throws IOException {
		List<OmeAxis> first = null;
		for (final String in : inputs) {
			final List<OmeAxis> axes;
			if (isZarr(in)) {
				sources.add(ZarrBlocks.source(Paths.get(in)));
				axes = OmeZarrImage.open(Paths.get(in)).axes();
			}
			else {
				final CalibratedImage image = ImageFiles.readCalibrated(in);
				sources.add(BlockSource.of(image.image()));
				axes = image.axes();
			}
			if (first == null) first = axes;
		}
		return first;
	}

	/**
	 * The result's calibration: the first input's, as {@link OutputAxes} carries it (checked as the engine will, so
	 * that a bad call is refused with the op's message).
	 */
	private List<OmeAxis> outputAxes(final Map<String, String> params, final List<BlockSource> sources,
		final List<OmeAxis> inputAxes)
	{
		if (op.outputKind() != OutputKind.IMAGE) return null;
		final Parameters resolved = op.resolve(params);
		final List<ImageInfo> infos = new ArrayList<>();
		for (final BlockSource s : sources)
			infos.add(s.info());
		op.check(infos, resolved);
		return OutputAxes.of(inputAxes, infos.get(0), op.outputInfo(infos, resolved), op.blockwise(resolved, infos.get(0)),
			op.pixelSizeDivisors(resolved, infos.get(0)));
	}

	private BlockOutput output(final String output, final List<OmeAxis> axes) {
		if (!isZarr(output)) return BlockOutput.IN_MEMORY;
		return ZarrBlocks.output(Paths.get(output), ChunkCodecs.named(args.option("compressor", DEFAULT_COMPRESSOR)), axes,
			args.flag("overwrite"));
	}

	/**
	 * {@code N} or one per axis {@code X,Y[,Z]}; without the option, the default chunk size of an OME-Zarr output
	 * (1024 x 1024 in 2D, 128^3 in 3D).
	 */
	static long[] blockSize(final String option, final ImageInfo input) {
		if (option == null) {
			final int[] chunk = OmeZarrWriter.defaultChunkSize(input.dimensions(), input.kind());
			final long[] size = new long[chunk.length];
			for (int d = 0; d < size.length; d++)
				size[d] = chunk[d];
			return size;
		}
		final String[] parts = option.split("[,x]");
		final long[] size = new long[parts.length];
		for (int d = 0; d < parts.length; d++) {
			try {
				size[d] = Long.parseLong(parts[d].trim());
			}
			catch (final NumberFormatException e) {
				size[d] = 0;
			}
			if (size[d] < 1 || (parts.length != 1 && parts.length != input.numDimensions()))
				throw new BadInputException("--block '" + option + "' is not allowed for this " + input.numDimensions() +
					"D input: give one whole number >= 1 or one per axis (x first), e.g. 128 or 256,256,64", null, "block",
					option, "N or one N per axis, each >= 1");
		}
		return size;
	}

	/** A block size as a JSON list (x first). */
	static List<Long> sizeList(final long[] block) {
		final List<Long> list = new ArrayList<>();
		for (final long b : block)
			list.add(b);
		return list;
	}

	private static String sizeText(final long[] block) {
		final StringBuilder s = new StringBuilder();
		for (final long b : block)
			s.append(s.length() == 0 ? "" : "x").append(b);
		return s.toString();
	}

	@SuppressWarnings("unchecked")
	private static void writeImage(final Object result, final String output, final List<OmeAxis> axes,
		final Map<String, Object> report) throws IOException
	{
		ImageFiles.write((RandomAccessibleInterval<? extends RealType<?>>) result, output, null, axes);
		report.put("output", output);
	}
}
