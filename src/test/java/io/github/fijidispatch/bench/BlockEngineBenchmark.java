package io.github.fijidispatch.bench;

import java.util.concurrent.TimeUnit;

import io.github.fijidispatch.block.BlockEngine;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.img.Img;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.scijava.Context;

/**
 * What running by blocks costs on an image that fits: the same call on the whole image and through the
 * {@link BlockEngine} (halo reads, one dispatched call per block, interior copies), on the reference backend, float32.
 * Run with {@code scripts/jmh BlockEngineBenchmark -f 1 -wi 2 -i 5}; report {@code blocks / whole}. Target: ≤ 1.15.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BlockEngineBenchmark {

	/** {@code filter.gauss} σ = 2 (halo 8), {@code filter.median} radius 1 (halo 1), {@code math.add_scalar} (no halo). */
	@Param({ "filter.gauss", "filter.median", "math.add_scalar" })
	public String op;

	/** The image size, {@code WxH} or {@code WxHxD}. */
	@Param({ "2048x2048", "256x256x256" })
	public String size;

	/** The block edge in pixels, every axis. */
	@Param({ "128" })
	public long block;

	private Context context;
	private DispatchService dispatch;
	private BlockEngine engine;
	private Img<?> image;

	@Setup
	public void setUp() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
		engine = new BlockEngine(dispatch);
		final String[] parts = size.split("x");
		final long[] dims = new long[parts.length];
		for (int d = 0; d < dims.length; d++)
			dims[d] = Long.parseLong(parts[d]);
		image = ConformanceImages.random(PixelKind.FLOAT32, 7, dims);
	}

	@TearDown
	public void tearDown() {
		context.dispose();
	}

	@Benchmark
	public Object whole() {
		return call().run();
	}

	@Benchmark
	public Object blocks() {
		return engine.run(call(), block);
	}

	private OpRequest call() {
		final OpRequest call = dispatch.op(op).input(image).on("imglib2");
		if (op.equals("filter.gauss")) call.set("sigma", 2.0);
		if (op.equals("math.add_scalar")) call.set("value", 3.5);
		return call;
	}
}
