package io.github.fijidispatch.block;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.github.fijidispatch.dispatch.Provenance;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.zarr.ChunkCodec;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrWriter;
import io.github.fijidispatch.zarr.ZarrArray;
import io.github.fijidispatch.zarr.ZarrProvenance;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

/**
 * OME-Zarr images as block sources and outputs of the {@link BlockEngine}, so
 * that a run on an image larger than memory holds only its blocks in flight
 * (each block with its halo, and its result).
 * <pre>
 * BlockEngine engine = new BlockEngine(dispatch).progress(new StderrProgress());
 * Path written = (Path) engine.run(dispatch.op("filter.gauss").set("sigma", 2),
 *     Collections.singletonList(ZarrBlocks.source(Paths.get("in.ome.zarr"))),
 *     ZarrBlocks.output(Paths.get("out.ome.zarr"), ChunkCodecs.named("blosc:zstd:5"), null, false), 128);
 * </pre>
 * The output's chunks are the engine's blocks (each block is written once, as
 * whole chunks, each chunk file under a temporary name then renamed); its
 * {@code .zattrs} says complete, with the provenance (op, parameters, blocks
 * per backend), only once every block is written: a failed or killed run
 * leaves an image that {@link OmeZarrImage#open} refuses. Labelling and fill
 * holes keep their provisional labels in a scratch array beside the output
 * ({@code OUT.scratch-*}, with the output's compressor), deleted when the run
 * ends.
 */
public final class ZarrBlocks {

	private ZarrBlocks() {
		// NB: static holder
	}

	/**
	 * The full-resolution array of an OME-Zarr image (or a plain Zarr v2 array) as a source.
	 *
	 * @throws IOException naming the file when there is no image the suite reads (missing, incomplete, unsupported)
	 */
	public static BlockSource source(final Path path) throws IOException {
		return new Source(OmeZarrImage.open(path).array());
	}

	/**
	 * An OME-Zarr 0.4 image to create as a run's output.
	 *
	 * @param axes one per output dimension, x first, or {@code null} for x, y (, z) in pixels (also used when the
	 *          output's dimensions differ from theirs)
	 * @param overwrite whether an existing Zarr image at {@code path} may be replaced (data that is not Zarr never is)
	 */
	public static BlockOutput output(final Path path, final ChunkCodec codec, final List<OmeAxis> axes,
		final boolean overwrite)
	{
		return output(path, codec, axes, overwrite, ZarrBlocks::provenance);
	}

	/**
	 * As {@link #output(Path, ChunkCodec, List, boolean)}, with the provenance that completes the image made from the
	 * run's summary by {@code provenance} (e.g. a pipeline that lists every step, not only the last).
	 */
	public static BlockOutput output(final Path path, final ChunkCodec codec, final List<OmeAxis> axes,
		final boolean overwrite, final Function<BlockRunSummary, ZarrProvenance> provenance)
	{
		return new Output(path, codec, axes, overwrite, provenance);
	}

	/** Creates the output array when a run opens it; hosts a labelling run's scratch beside it. */
	private static final class Output implements BlockOutput, ScratchOutput {

		private final Path path;
		private final ChunkCodec codec;
		private final List<OmeAxis> axes;
		private final boolean overwrite;
		private final Function<BlockRunSummary, ZarrProvenance> provenance;

		Output(final Path path, final ChunkCodec codec, final List<OmeAxis> axes, final boolean overwrite,
			final Function<BlockRunSummary, ZarrProvenance> provenance)
		{
			this.path = path;
			this.codec = codec;
			this.axes = axes;
			this.overwrite = overwrite;
			this.provenance = provenance;
		}

		@Override
		public BlockSink open(final ImageInfo info, final long[] chunk) {
			final long[] dims = info.dimensions();
			final int[] chunks = chunk == null ? OmeZarrWriter.defaultChunkSize(dims, info.kind()) : toInts(chunk, dims);
			try {
				return new Sink(OmeZarrWriter.create(path, dims, info.kind(), axes != null && axes.size() == dims.length ? axes
					: OmeAxis.spatial(dims.length), chunks, codec, overwrite), provenance);
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e.getMessage(), e);
			}
		}

		@Override
		public LabelScratch labelScratch(final long[] dims, final long[] chunk) {
			return ZarrLabelScratch.beside(path, dims, chunk, codec);
		}
	}

	/** What a single run's output records: its op, resolved parameters and blocks per backend. */
	public static ZarrProvenance provenance(final BlockRunSummary summary) {
		return new ZarrProvenance(summary.op(), summary.parameters(), summary.blocksByBackend(), "Fiji Dispatch " +
			Provenance.version());
	}

	private static int[] toInts(final long[] chunk, final long[] dims) {
		final int[] out = new int[dims.length];
		for (int d = 0; d < out.length; d++)
			out[d] = Math.toIntExact(Math.max(1, Math.min(chunk[d], dims[d])));
		return out;
	}

	/** Reads each box from the array's chunks into a new array image. */
	private static final class Source implements BlockSource {

		private final ZarrArray array;
		private final ImageInfo info;

		Source(final ZarrArray array) {
			this.array = array;
			this.info = new ImageInfo(array.header().dimensions(), array.kind());
		}

		@Override
		public ImageInfo info() {
			return info;
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public RandomAccessibleInterval<? extends RealType<?>> read(final Interval box) {
			try {
				// NB: the pixel type is the array's kind; the witness only satisfies javac (erased)
				final RandomAccessibleInterval image = array.<UnsignedByteType> read(box);
				return Views.zeroMin(image);
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e.getMessage(), e);
			}
		}
	}

	/** Writes each block's part as whole chunks of the output array. */
	private static final class Sink implements BlockSink {

		private final OmeZarrWriter writer;
		private final Function<BlockRunSummary, ZarrProvenance> provenance;

		Sink(final OmeZarrWriter writer, final Function<BlockRunSummary, ZarrProvenance> provenance) {
			this.writer = writer;
			this.provenance = provenance;
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public void write(final RandomAccessibleInterval<?> result, final Interval part, final long[] min) {
			final RandomAccessibleInterval block = Views.translate(BlockImages.box(result, part), min);
			try {
				writer.array().write(block);
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e.getMessage(), e);
			}
		}

		@Override
		public Object complete(final BlockRunSummary summary) {
			try {
				writer.complete(provenance.apply(summary));
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e.getMessage(), e);
			}
			return writer.path();
		}
	}
}
