package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.LinkedHashMap;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.MemoryEstimate;

import ij.ImagePlus;
import ij.VirtualStack;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

/**
 * An op command that would not fit in the heap is refused before it reads a plane: a virtual stack far larger than
 * the heap (an opened OME-Zarr volume, say) gets a message naming the op, the image, what it needs, what is free and
 * the two ways out, and no plane of it is read; an image that fits runs.
 */
class CommandMemoryTest {

	private static Context context;
	private static DispatchService dispatch;
	private static DispatchCommandService commands;

	@BeforeAll
	static void start() {
		context = new Context(DispatchCommandService.class);
		dispatch = context.service(DispatchService.class);
		commands = context.service(DispatchCommandService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	/** A virtual stack of blank 16-bit planes that counts the planes read. */
	private static final class CountingStack extends VirtualStack {

		private final int size;
		int reads;

		CountingStack(final int width, final int height, final int size) {
			super(width, height, null, null);
			this.size = size;
		}

		@Override
		public int getSize() {
			return size;
		}

		@Override
		public ImageProcessor getProcessor(final int n) {
			reads++;
			return new ShortProcessor(getWidth(), getHeight());
		}

		@Override
		public Object getPixels(final int n) {
			return getProcessor(n).getPixels();
		}
	}

	@Test
	void aVirtualStackLargerThanTheHeapIsRefusedBeforeAPlaneIsRead() {
		// NB: planes of 2 MiB, as many as make four times the heap
		final int planes = (int) Math.min(Integer.MAX_VALUE, 4 * Runtime.getRuntime().maxMemory() / (1024L * 1024 * 2));
		final CountingStack stack = new CountingStack(1024, 1024, planes);
		final ImagePlus imp = new ImagePlus("huge.ome.zarr", stack);
		stack.reads = 0;
		final BadInputException e = assertThrows(BadInputException.class, () -> commands.imagePlusCall().run(dispatch
			.opDefinition("filter.gauss"), Collections.singletonList(imp), new LinkedHashMap<String, Object>(), "imglib2"));
		final String m = e.getMessage();
		assertTrue(m.startsWith("filter.gauss: image 'huge.ome.zarr' is too large for ImageJ's memory: the call needs about "),
			m);
		assertTrue(m.contains("is free (maximum " + MemoryEstimate.size(Runtime.getRuntime().maxMemory()) + ")"), m);
		assertTrue(m.contains("Edit > Options > Memory & Threads...") && m.contains("Run Op on OME-Zarr..."), m);
		assertEquals(0, stack.reads, "planes read before the refusal");
	}

	@Test
	void aVirtualStackThatFitsRuns() {
		final CountingStack stack = new CountingStack(16, 8, 3);
		final ImagePlus imp = new ImagePlus("small", stack);
		stack.reads = 0;
		final ImagePlusCall.Outcome outcome = commands.imagePlusCall().run(dispatch.opDefinition("filter.gauss"),
			Collections.singletonList(imp), new LinkedHashMap<String, Object>(), "imglib2");
		final ImagePlus result = (ImagePlus) outcome.result();
		assertEquals(3, result.getStackSize());
		assertEquals(16, result.getBitDepth());
		assertEquals(3, stack.reads, "each plane read once");
	}
}
