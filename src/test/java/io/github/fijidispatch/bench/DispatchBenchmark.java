package io.github.fijidispatch.bench;

import java.util.Collections;
import java.util.concurrent.TimeUnit;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.parallel.Parallelization;
import net.imglib2.type.numeric.real.FloatType;

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
 * What dispatch adds to a call: the same implementation called directly
 * (prebuilt call) and through the dispatch service (validation, selection,
 * result check, trace record, event), on a tiny image, with the suite's two
 * backends installed (imglib2, and clij2 on an OpenCL device). Run with {@code scripts/jmh DispatchBenchmark}. Target: under
 * 0.5 µs added per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {

	@Param({ "auto", "priority" })
	public String mode;

	private Context context;
	private DispatchService dispatch;
	private Img<FloatType> tiny;
	private OpImplementation implementation;
	private Backend backend;
	private OpCall call;

	@Setup
	public void setUp() {
		// NB: the installed backends (imglib2, and clij2 where OpenCL exists); the
		// test doubles stay unavailable, as for a user.
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
		dispatch.settings().setMode(DispatchMode.parse(mode));
		dispatch.settings().setPriority(java.util.Collections.singletonList("imglib2"));
		tiny = ArrayImgs.floats(4, 4);
		final Op op = dispatch.opDefinition(GaussOp.ID);
		implementation = dispatch.implementation(GaussOp.ID, "imglib2");
		backend = dispatch.backend("imglib2");
		call = new OpCall(op, op.resolve(Collections.singletonMap("sigma", 1.0)), Collections.singletonList(tiny),
			Collections.singletonList(HostImages.describe(tiny)));
		// NB: both benchmarks run with every backend started (the OpenCL runtime's threads included), as the first
		// dispatched call would leave them: otherwise only the dispatched one shares the cores with them.
		for (final Backend b : dispatch.backends())
			dispatch.availability(b);
	}

	@TearDown
	public void tearDown() {
		context.dispose();
	}

	@Benchmark
	public Object direct() throws Exception {
		return Parallelization.runSingleThreaded(() -> implementation.run(call, backend));
	}

	@Benchmark
	public Object dispatched() {
		return Parallelization.runSingleThreaded(() -> dispatch.op(GaussOp.ID).input(tiny).set("sigma", 1.0).run());
	}
}
