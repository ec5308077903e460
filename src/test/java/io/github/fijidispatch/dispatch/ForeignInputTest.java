package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.testing.ScijavaContext;
import ij.ImagePlus;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An input that is not an image the backends take is refused naming its class and what is expected; an ImageJ 1
 * {@code ImagePlus}, which scripts in Fiji hold, is told how to wrap it.
 */
class ForeignInputTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	private static String refusal(final Object input) {
		final DispatchService dispatch = context.dispatch();
		return assertThrows(IllegalArgumentException.class, () -> dispatch.op("filter.gauss").input(input).run())
			.getMessage();
	}

	@Test
	void anImagePlusIsToldHowToWrapIt() {
		final String m = refusal(new ImagePlus("blobs", new ByteProcessor(8, 8)));
		assertTrue(m.contains("input 'image' is a ij.ImagePlus; expected an ImgLib2 RandomAccessibleInterval"), m);
		assertTrue(m.contains("ImagePlusImages.wrap(imp)") && m.contains("wrapHyperstack"), m);
	}

	@Test
	void anythingElseIsNamed() {
		final String m = refusal("a file name");
		assertTrue(m.contains("input 'image' is a java.lang.String"), m);
		assertFalse(m.contains("ImagePlus"), m);
	}
}
