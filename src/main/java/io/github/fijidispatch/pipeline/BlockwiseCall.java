package io.github.fijidispatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.block.BlockEngine;
import io.github.fijidispatch.block.BlockOutput;
import io.github.fijidispatch.block.BlockSource;
import io.github.fijidispatch.block.ProgressListener;
import io.github.fijidispatch.block.ZarrBlocks;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.files.StaleScratch;
import io.github.fijidispatch.ij.CalibratedImage;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.zarr.ChunkCodec;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrWriter;

/**
 * One op through the block engine, from paths: the part of a blockwise run that every front shares (the command
 * line's {@code run} on OME-Zarr or with {@code --block}, Fiji's {@code Run Op on OME-Zarr...}). Inputs are OME-Zarr
 * folders (read block by block) or TIFF/PNG files (read whole, then cut into blocks); an OME-Zarr output is written
 * block by block with chunks of the block size, complete with its provenance only when every block is written; any
 * other output is left to the front (the result comes back in memory). The first input's calibration is carried into
 * the output. Everything that can be known from the headers is checked before the output is created.
 */
public final class BlockwiseCall {

	/** The compressor of an OME-Zarr output unless the caller names another (as {@code convert}'s). */
	public static final String DEFAULT_COMPRESSOR = "blosc:zstd:5";

	/** What a run gave: the result (a table, an image in memory, or the written OME-Zarr {@link Path}). */
	public static final class Outcome {

		private final Object result;
		private final long[] block;
		private final double millis;
		private final List<OmeAxis> axes;

		Outcome(final Object result, final long[] block, final double millis, final List<OmeAxis> axes) {
			this.result = result;
			this.block = block.clone();
			this.millis = millis;
			this.axes = axes;
		}

		/** The result image's calibration (x first), {@code null} for a table: for a front that writes it itself. */
		public List<OmeAxis> axes() {
			return axes;
		}

		/** A {@code ResultTable}, an image in memory, or the {@link Path} of the OME-Zarr output written. */
		public Object result() {
			return result;
		}

		/** The block size the run used, x first. */
		public long[] block() {
			return block.clone();
		}

		/** Wall time of the run in milliseconds. */
		public double millis() {
			return millis;
		}
	}

	private final DispatchService dispatch;
	private final Op op;
	private String backend;
	private String compressor = DEFAULT_COMPRESSOR;
	private boolean overwrite;
	private ProgressListener progress = ProgressListener.NONE;

	public BlockwiseCall(final DispatchService dispatch, final Op op) {
		this.dispatch = dispatch;
		this.op = op;
	}

	/** Every block on this backend ({@code null} or {@code auto}: the dispatch service chooses per block). */
	public BlockwiseCall on(final String backendId) {
		this.backend = backendId == null || "auto".equals(backendId) ? null : backendId;
		return this;
	}

	/**
	 * The OME-Zarr output's compressor ({@code null}: {@link #DEFAULT_COMPRESSOR}).
	 *
	 * @throws IllegalArgumentException naming the compressor and those allowed
	 */
	public BlockwiseCall compressor(final String name) {
		final String n = name == null || name.trim().isEmpty() ? DEFAULT_COMPRESSOR : name.trim();
		ChunkCodecs.named(n);
		this.compressor = n;
		return this;
	}

	/** Whether an existing OME-Zarr output may be replaced (refused otherwise). */
	public BlockwiseCall overwrite(final boolean replace) {
		this.overwrite = replace;
		return this;
	}

	/** Where the engine reports the blocks done. */
	public BlockwiseCall progress(final ProgressListener listener) {
		this.progress = listener;
		return this;
	}

	/** A path ending in {@code .zarr} (a folder, with or without a trailing slash). */
	public static boolean isZarr(final String path) {
		if (path == null) return false;
		final String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		return p.toLowerCase(Locale.ROOT).endsWith(".zarr");
	}

	/**
	 * The block size {@code text} stands for: {@code N} or one per axis {@code X,Y[,Z]}; {@code null} or empty, the
	 * default chunk size of an OME-Zarr output (1024 x 1024 in 2D, 128^3 in 3D).
	 *
	 * @param option how the caller names the value in its message, e.g. {@code --block} or {@code block}
	 * @throws BadInputException naming the value and what is allowed
	 */
	public static long[] blockSize(final String text, final ImageInfo input, final String option) {
		if (text == null || text.trim().isEmpty()) {
			final int[] chunk = OmeZarrWriter.defaultChunkSize(input.dimensions(), input.kind());
			final long[] size = new long[chunk.length];
			for (int d = 0; d < size.length; d++)
				size[d] = chunk[d];
			return size;
		}
		// NB: -1 keeps empty parts, so that "64x" or "64," is refused rather than read as 64
		final String[] parts = text.trim().split("[,x]", -1);
		final long[] size = new long[parts.length];
		for (int d = 0; d < parts.length; d++) {
			try {
				size[d] = Long.parseLong(parts[d].trim());
			}
			catch (final NumberFormatException e) {
				size[d] = 0;
			}
			if (size[d] < 1 || (parts.length != 1 && parts.length != input.numDimensions()))
				throw new BadInputException(option + " '" + text + "' is not allowed for this " + input.numDimensions() +
					"D input: give one whole number >= 1 or one per axis (x first), e.g. 128 or 256,256,64", null, "block",
					text, "N or one N per axis, each >= 1");
		}
		return size;
	}

	/**
	 * Refuses an output the run could not write, before anything is read: an image op needs one, a table does not go
	 * to OME-Zarr, an output never replaces an input.
	 */
	public void checkOutput(final String output, final List<String> inputs) {
		final boolean table = op.outputKind() != OutputKind.IMAGE;
		if (output == null && !table) throw new BadInputException(op.id() + ": give an output for the result image (an " +
			"OME-Zarr folder ending in .zarr, or .tif/.png)", op.id(), "output", null, ".zarr, .tif, .tiff, .png");
		if (output == null) return;
		if (table && isZarr(output)) throw new BadInputException(op.id() + " returns a table, not an image: give " +
			"OUT.csv or OUT.json, not the OME-Zarr folder '" + output + "'", op.id(), "output", output, ".csv, .json");
		final Path target = Paths.get(output).toAbsolutePath().normalize();
		for (final String in : inputs)
			if (Paths.get(in).toAbsolutePath().normalize().equals(target)) throw new BadInputException(op.id() +
				": the output '" + output + "' is an input; a run never replaces its input: give another output", op.id(),
				"output", output, "a path that is not an input");
	}

	/**
	 * Runs the op on {@code inputs} into {@code output} by blocks of {@code blockText} (see
	 * {@link #blockSize(String, ImageInfo, String)}, named {@code blockOption} in a refusal).
	 *
	 * @throws BadInputException for a bad call, naming the op, the parameter and what is allowed
	 * @throws IOException naming the file when an input cannot be read or the output written
	 */
	public Outcome run(final Map<String, ?> params, final List<String> inputs, final String output,
		final String blockText, final String blockOption) throws IOException
	{
		if (inputs.isEmpty()) throw new BadInputException(op.id() + ": give an input (an OME-Zarr folder or a TIFF/PNG " +
			"file)", op.id(), "input", null, "an OME-Zarr image or a TIFF/PNG file");
		checkOutput(output, inputs);
		final OpRequest request = dispatch.op(op.id()).on(backend).set(params);
		final List<BlockSource> sources = new ArrayList<>();
		final List<OmeAxis> inputAxes = sources(inputs, sources);
		final long[] block = blockSize(blockText, sources.get(0).info(), blockOption);
		final List<OmeAxis> axes = outputAxes(params, sources, inputAxes);
		final BlockEngine engine = new BlockEngine(dispatch).progress(progress);
		// NB: scratch folders beside the output left by a killed run of the suite (their owner is dead), said on stderr
		if (isZarr(output)) for (final String line : StaleScratch.sweepBeside(Paths.get(output)))
			System.err.println(line);
		final long start = System.nanoTime();
		// NB: the engine checks the parameters, block size and plan before it creates the output.
		final Object result = engine.run(request, sources, output(output, axes), block);
		return new Outcome(result, block, (System.nanoTime() - start) / 1e6, axes);
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
	private List<OmeAxis> outputAxes(final Map<String, ?> params, final List<BlockSource> sources,
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
		final ChunkCodec codec = ChunkCodecs.named(compressor);
		return ZarrBlocks.output(Paths.get(output), codec, axes, overwrite);
	}
}
