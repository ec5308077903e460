package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.fijidispatch.conformance.Checksums;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.op.math.AddScalarOp;
import io.github.fijidispatch.testing.ScijavaContext;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A prepared call runs as the same request would, image after image: the same pixels, the same checks of each run's
 * images and output, one trace record per run, the scope of the running thread; what it keeps (op, backend,
 * parameters) is checked once, when it is prepared.
 */
class PreparedCallTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@Test
	void eachRunGivesWhatTheRequestGivesOnThatImage() {
		final DispatchService dispatch = context.dispatch();
		final PreparedCall blur = dispatch.op(GaussOp.ID).set("sigma", 1.5).on("imglib2").prepare();
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.FLOAT32 }) {
			for (long seed = 1; seed <= 3; seed++) {
				final Img<?> image = ConformanceImages.random(kind, seed, 40 + seed, 31);
				final RandomAccessibleInterval<?> expected = dispatch.op(GaussOp.ID).input(image).set("sigma", 1.5).on(
					"imglib2").runImage();
				final RandomAccessibleInterval<?> prepared = blur.run(image);
				assertEquals(checksum(expected), checksum(prepared), kind + " seed " + seed);
			}
		}
	}

	@Test
	void runIntoWritesTheOutputItIsGivenAndChecksIt() {
		final DispatchService dispatch = context.dispatch();
		final PreparedCall add = dispatch.op(AddScalarOp.ID).set("value", 3).prepare();
		final Img<?> image = ConformanceImages.random(PixelKind.UINT16, 4, 17, 9);
		final Img<?> output = ConformanceImages.random(PixelKind.UINT16, 5, 17, 9);
		assertSame(output, add.runInto(output, image));
		assertEquals(checksum(dispatch.op(AddScalarOp.ID).input(image).set("value", 3).runImage()), checksum(output));

		final Img<?> small = ConformanceImages.random(PixelKind.UINT16, 5, 16, 9);
		final long before = checksum(small);
		final BadInputException e = assertThrows(BadInputException.class, () -> add.runInto(small, image));
		assertEquals("output", e.parameter());
		assertTrue(e.getMessage().startsWith(AddScalarOp.ID + ": the output is a "), e.getMessage());
		assertEquals(before, checksum(small), "a refused run writes nothing");
	}

	@Test
	void eachRunChecksItsImages() {
		final PreparedCall add = context.dispatch().op(AddScalarOp.ID).set("value", 3).prepare();
		final IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> add.run());
		assertTrue(none.getMessage().contains("takes 1 image input(s) [image] but got 0"), none.getMessage());
		final IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> add.run("image.tif"));
		assertTrue(text.getMessage().startsWith(AddScalarOp.ID + ": input 'image' is a java.lang.String"), text
			.getMessage());
	}

	@Test
	void whatItKeepsIsCheckedWhenItIsPrepared() {
		final DispatchService dispatch = context.dispatch();
		final IllegalArgumentException op = assertThrows(IllegalArgumentException.class, () -> dispatch.op("filter.blur")
			.prepare());
		assertTrue(op.getMessage().contains("filter.blur"), op.getMessage());
		final IllegalArgumentException backend = assertThrows(IllegalArgumentException.class, () -> dispatch.op(GaussOp.ID)
			.set("sigma", 1).on("cuda").prepare());
		assertTrue(backend.getMessage().startsWith(GaussOp.ID + ": unknown backend 'cuda'"), backend.getMessage());
		final IllegalArgumentException sigma = assertThrows(IllegalArgumentException.class, () -> dispatch.op(GaussOp.ID)
			.set("sigma", -1).prepare());
		assertTrue(sigma.getMessage().contains("sigma"), sigma.getMessage());

		final Img<?> image = ConformanceImages.random(PixelKind.UINT8, 1, 8, 8);
		final IllegalArgumentException withImage = assertThrows(IllegalArgumentException.class, () -> dispatch.op(
			GaussOp.ID).set("sigma", 1).input(image).prepare());
		assertTrue(withImage.getMessage().startsWith(GaussOp.ID + ": prepare() keeps the op, its backend and its " +
			"parameters; give the images"), withImage.getMessage());
		assertThrows(IllegalArgumentException.class, () -> dispatch.op(GaussOp.ID).set("sigma", 1).into(image).prepare());
	}

	@Test
	void everyRunIsRecordedUnderTheCurrentIdOnTheBackendThatRanIt() {
		final DispatchService dispatch = context.dispatch();
		final PreparedCall add = dispatch.op("math.addScalar").set("value", 2).on("imglib2").prepare();
		assertEquals(AddScalarOp.ID, add.opId());
		final long before = dispatch.trace().last() == null ? 0 : dispatch.trace().last().sequence();
		for (int i = 0; i < 3; i++)
			add.run(ConformanceImages.random(PixelKind.FLOAT32, i, 5, 5));
		final CallRecord last = dispatch.trace().last();
		assertEquals(before + 3, last.sequence());
		assertEquals(AddScalarOp.ID, last.opId());
		assertEquals("imglib2", last.backendId());
	}

	@Test
	void runsObeyTheScopeOfTheirOwnThread() {
		final DispatchService dispatch = context.dispatch();
		final PreparedCall add = dispatch.op(AddScalarOp.ID).set("value", 2).prepare();
		final Img<?> image = ConformanceImages.random(PixelKind.FLOAT32, 3, 6, 6);
		try (DispatchScope only = dispatch.only("imglib2")) {
			add.run(image);
			assertEquals("imglib2", dispatch.trace().last().backendId());
			assertEquals(dispatch.explain(dispatch.op(AddScalarOp.ID).input(image).set("value", 2)).plan(), dispatch.trace()
				.last().decision().plan(), "the same plan as the request's in the same scope");
		}
	}

	@Test
	void runsOnSeveralThreadsAtOnceAreIndependentCalls() throws Exception {
		final DispatchService dispatch = context.dispatch();
		final PreparedCall blur = dispatch.op(GaussOp.ID).set("sigma", 2).on("imglib2").prepare();
		final List<Img<?>> images = new ArrayList<>();
		final List<Long> expected = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			final Img<?> image = ConformanceImages.random(PixelKind.FLOAT32, 10 + i, 33, 20 + i);
			images.add(image);
			expected.add(checksum(dispatch.op(GaussOp.ID).input(image).set("sigma", 2).on("imglib2").runImage()));
		}
		final ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			final List<Future<Long>> results = new ArrayList<>();
			for (final Img<?> image : images)
				results.add(threads.submit(() -> checksum(blur.run(image))));
			for (int i = 0; i < images.size(); i++)
				assertEquals(expected.get(i), results.get(i).get(30, TimeUnit.SECONDS), "image " + i);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@SuppressWarnings("unchecked")
	private static long checksum(final Object image) {
		return Checksums.of((RandomAccessibleInterval<? extends RealType<?>>) image);
	}
}
