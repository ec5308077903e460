package io.github.fijidispatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.fijidispatch.block.BlockEngine;
import io.github.fijidispatch.block.BlockOutput;
import io.github.fijidispatch.block.BlockRunSummary;
import io.github.fijidispatch.block.BlockSource;
import io.github.fijidispatch.block.ProgressListener;
import io.github.fijidispatch.block.ZarrBlocks;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.dispatch.Provenance;
import io.github.fijidispatch.zarr.ChunkCodec;
import io.github.fijidispatch.zarr.ZarrProvenance;

/**
 * Runs a validated pipeline step by step through the {@link BlockEngine}, so that no result is ever held whole in
 * memory (except where an op's own plan needs it: see {@link BlockEngine#run(OpRequest, List, BlockOutput, long...)}).
 * <ul>
 * <li>Each step reads its inputs block by block (the pipeline's input, or earlier results) and writes its result
 * block by block: an intermediate goes to an OME-Zarr array in a {@link ScratchFolder} next to the output, deleted
 * as soon as no later step reads it; the last step's image goes to the output, or its table is returned.</li>
 * <li>The output is completed (its completion marker written) only after the last block of the last step, with a
 * provenance listing every step (op, inputs, resolved parameters, blocks per backend): a run that fails or is
 * killed leaves no completion marker. The scratch folder is deleted on success and on failure.</li>
 * <li>Every step's result carries the calibration of its first input ({@link OutputAxes}).</li>
 * </ul>
 * Not thread-safe: one runner per run.
 */
public final class PipelineRunner {

	private final DispatchService dispatch;
	private String backend;
	private ProgressListener progress = ProgressListener.NONE;
	private java.io.PrintStream log;

	public PipelineRunner(final DispatchService dispatch) {
		this.dispatch = dispatch;
	}

	/** The backend every block of every step runs on, or {@code null} for the dispatch service's choice per block. */
	public PipelineRunner on(final String backendId) {
		this.backend = backendId;
		return this;
	}

	public PipelineRunner progress(final ProgressListener listener) {
		this.progress = listener == null ? ProgressListener.NONE : listener;
		return this;
	}

	/** Where a line goes as each step starts ({@code pipeline step 2/4: mask = threshold.auto(blurred)}); default: nowhere. */
	public PipelineRunner log(final java.io.PrintStream stepLog) {
		this.log = stepLog;
		return this;
	}

	/**
	 * Runs the plan.
	 *
	 * @param input the pipeline's input (the image the plan was validated against)
	 * @param output the OME-Zarr image to write the last step's image to ({@code null} when it returns a table)
	 * @param codec the compressor of the output and of the intermediates
	 * @param overwrite whether an existing OME-Zarr image at {@code output} may be replaced
	 * @param scratchBeside the path the scratch folder goes next to (the output's, or the input's for a table)
	 * @param blockSize one size for every axis, or one per axis of the input (x first)
	 * @throws IOException naming the file when a result cannot be written or read
	 */
	public PipelineResult run(final PipelinePlan plan, final BlockSource input, final Path output,
		final ChunkCodec codec, final boolean overwrite, final Path scratchBeside, final long... blockSize)
		throws IOException
	{
		if (!plan.returnsTable() && output == null) throw new IllegalArgumentException("the pipeline " + plan.pipeline()
			.source() + " returns an image: give an output");
		final Map<String, Integer> lastRead = lastReads(plan);
		final List<Map<String, Object>> records = new ArrayList<>();
		final Map<String, Path> written = new HashMap<>();
		final BlockEngine engine = new BlockEngine(dispatch).progress(progress);
		try (ScratchFolder scratch = ScratchFolder.beside(scratchBeside)) {
			Object result = null;
			for (final PlannedStep step : plan.steps()) {
				final boolean last = step == plan.last();
				final List<BlockSource> sources = new ArrayList<>();
				for (final String name : step.inputs())
					sources.add(name.equals(plan.pipeline().inputName()) ? input : ZarrBlocks.source(written.get(name)));
				final Map<String, Object> record = record(step);
				records.add(record);
				final Path target = last ? output : scratch.intermediate(step.number(), step.name());
				final BlockOutput sink = step.output() == null ? BlockOutput.IN_MEMORY : ZarrBlocks.output(target, codec, step
					.axes(), last && overwrite, summary -> {
						record.put("backends", summary.blocksByBackend());
						return last ? provenance(plan, records) : stepProvenance(step, summary);
					});
				if (log != null) log.println("pipeline step " + step.number() + "/" + plan.steps().size() + ": " + step.name() +
					" = " + step.op().id() + "(" + String.join(", ", step.inputs()) + ")");
				final OpRequest request = dispatch.op(step.op().id()).on(step.backend() != null ? step.backend() : backend)
					.set(step.rawParameters());
				final long start = System.nanoTime();
				try {
					result = engine.run(request, sources, sink, forInput(blockSize, sources.get(0).info()
						.numDimensions()));
				}
				catch (final UncheckedIOException e) {
					throw e.getCause();
				}
				record.put("millis", (System.nanoTime() - start) / 1e6);
				if (step.output() != null && !last) written.put(step.name(), target);
				for (final Map.Entry<String, Integer> e : lastRead.entrySet())
					if (e.getValue() == step.number() && written.containsKey(e.getKey())) scratch.delete(written.remove(e
						.getKey()));
			}
			return new PipelineResult(result, records);
		}
	}

	/** For each result, the number of the last step that reads it. */
	private static Map<String, Integer> lastReads(final PipelinePlan plan) {
		final Map<String, Integer> last = new HashMap<>();
		for (final PlannedStep s : plan.steps())
			for (final String in : s.inputs())
				last.put(in, s.number());
		return last;
	}

	/** The block size for a step whose first input has {@code n} axes (a projection drops one). */
	private static long[] forInput(final long[] blockSize, final int n) {
		if (blockSize.length == 1 || blockSize.length == n) return blockSize;
		return Arrays.copyOf(blockSize, Math.min(n, blockSize.length));
	}

	private static Map<String, Object> record(final PlannedStep step) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("step", step.number());
		m.put("name", step.name());
		m.put("op", step.op().id());
		m.put("inputs", step.inputs());
		m.put("parameters", JsonValues.of(step.parameters().asMap()));
		return m;
	}

	private static ZarrProvenance stepProvenance(final PlannedStep step, final BlockRunSummary summary) {
		return new ZarrProvenance(summary.op(), summary.parameters(), summary.blocksByBackend(), software() +
			" (pipeline step " + step.number() + ")");
	}

	/** The output's provenance: op {@code pipeline}, the file and every step; blocks per backend summed. */
	private static ZarrProvenance provenance(final PipelinePlan plan, final List<Map<String, Object>> records) {
		final Map<String, Long> total = new TreeMap<>();
		for (final Map<String, Object> r : records) {
			@SuppressWarnings("unchecked")
			final Map<String, Long> b = (Map<String, Long>) r.get("backends");
			if (b != null) for (final Map.Entry<String, Long> e : b.entrySet())
				total.merge(e.getKey(), e.getValue(), Long::sum);
		}
		final Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("file", plan.pipeline().source());
		parameters.put("input", plan.pipeline().inputName());
		parameters.put("steps", new ArrayList<>(records));
		return new ZarrProvenance("pipeline", parameters, total, software());
	}

	private static String software() {
		return "Fiji Dispatch " + Provenance.version();
	}
}
