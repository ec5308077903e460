package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import net.imglib2.parallel.Parallelization;
import net.imglib2.parallel.TaskExecutor;
import net.imglib2.parallel.TaskExecutors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which ImgLib2 executor the reference backend's implementations run with. */
class Imglib2BackendThreadsTest {

	private final Imglib2Backend backend = new Imglib2Backend();

	/** A call on an image large enough for the pool ({@value Imglib2Backend#POOL_PIXELS} pixels or more). */
	private final OpCall poolSized = call(net.imglib2.img.array.ArrayImgs.floats(300, 300));

	@AfterEach
	void dispose() {
		backend.dispose();
	}

	@Test
	void callsWithImgLib2sDefaultRunOnOneThreadPerCore() throws Exception {
		final TaskExecutor seen = (TaskExecutor) backend.execute(new Recorder(), poolSized);
		assertNotSame(TaskExecutors.multiThreaded(), seen);
		assertEquals(Runtime.getRuntime().availableProcessors(), seen.getParallelism());
		assertSame(seen, backend.execute(new Recorder(), poolSized), "one pool for all calls");
		assertSame(TaskExecutors.multiThreaded(), Parallelization.getTaskExecutor(), "the caller's executor is restored");
	}

	@Test
	void callsOnSmallImagesRunOnTheCallingThreadAlone() throws Exception {
		final net.imglib2.img.Img<?> small = net.imglib2.img.array.ArrayImgs.floats(200, 200);
		final net.imglib2.img.Img<?> large = net.imglib2.img.array.ArrayImgs.floats(300, 300);
		assertSame(TaskExecutors.singleThreaded(), backend.execute(new Recorder(), call(small)),
			"40,000 pixels: not worth the hand-off");
		assertEquals(Runtime.getRuntime().availableProcessors(), ((TaskExecutor) backend.execute(new Recorder(), call(
			large))).getParallelism(), "90,000 pixels: the pool");
	}

	private static OpCall call(final net.imglib2.img.Img<?> image) {
		final io.github.fijidispatch.op.Op op = new io.github.fijidispatch.op.filter.GaussOp();
		return new OpCall(op, op.resolve(java.util.Collections.singletonMap("sigma", 1.0)), java.util.Collections
			.singletonList(image), java.util.Collections.singletonList(io.github.fijidispatch.backend.HostImages.describe(
				image)));
	}

	@Test
	void aCallersOwnExecutorIsKept() {
		final Object seen = Parallelization.runSingleThreaded(() -> backend.execute(new Recorder(), poolSized));
		assertSame(TaskExecutors.singleThreaded(), seen);
	}

	@Test
	void exceptionsPassThroughUnchanged() {
		final IOException failure = new IOException("disk gone");
		final OpImplementation failing = new Recorder() {

			@Override
			public Object run(final OpCall call, final Backend b) throws Exception {
				throw failure;
			}
		};
		assertSame(failure, assertThrows(IOException.class, () -> backend.execute(failing, poolSized)));
	}

	@Test
	void aDisposedBackendStartsANewPoolWhenUsedAgain() throws Exception {
		final Object first = backend.execute(new Recorder(), poolSized);
		backend.dispose();
		final Object second = backend.execute(new Recorder(), poolSized);
		assertNotSame(first, second);
	}

	/** Returns the executor it runs with. */
	private static class Recorder implements OpImplementation {

		@Override
		public String opId() {
			return "test.recorder";
		}

		@Override
		public String backendId() {
			return Imglib2Backend.ID;
		}

		@Override
		public Support supports(final OpCall call, final Backend b) {
			return Support.yes();
		}

		@Override
		public Object run(final OpCall call, final Backend b) throws Exception {
			return Parallelization.getTaskExecutor();
		}
	}
}
