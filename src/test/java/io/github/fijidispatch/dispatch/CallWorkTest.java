package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

/** The work of a call shape: asked of each implementation once, and what that implementation says. */
class CallWorkTest {

	/** States a fixed work per pixel, counting how often it is asked. */
	private static final class Counting implements OpImplementation {

		final AtomicInteger asked = new AtomicInteger();
		private final long perPixel;

		Counting(final long perPixel) {
			this.perPixel = perPixel;
		}

		@Override
		public String opId() {
			return GaussOp.ID;
		}

		@Override
		public String backendId() {
			return "counting";
		}

		@Override
		public Support supports(final OpCall call, final Backend backend) {
			return Support.yes();
		}

		@Override
		public Object run(final OpCall call, final Backend backend) {
			throw new UnsupportedOperationException("not run in this test");
		}

		@Override
		public long work(final OpCall call) {
			asked.incrementAndGet();
			return perPixel * call.pixelCount();
		}
	}

	private static OpCall call() {
		final Op op = new GaussOp();
		return new OpCall(op, op.resolve(null), Collections.singletonList(ArrayImgs.floats(4, 5)),
			Collections.singletonList(new ImageInfo(new long[] { 4, 5 }, PixelKind.FLOAT32)));
	}

	@Test
	void eachImplementationIsAskedOnceAndAnsweredAsItSaid() {
		final CallWork work = new CallWork();
		final Counting three = new Counting(3);
		final Counting seven = new Counting(7);
		final OpCall call = call();
		for (int i = 0; i < 5; i++) {
			assertEquals(60, work.of(three, call));
			assertEquals(140, work.of(seven, call));
		}
		assertEquals(1, three.asked.get());
		assertEquals(1, seven.asked.get());
		assertEquals(60, new CallWork().of(three, call), "another shape asks again");
		assertEquals(2, three.asked.get());
	}
}
