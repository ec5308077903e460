package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kernel sources as CLIJ2 receives them: every include line replaced by
 * its helper, each helper once, no include line left for CLIJ2 to misread.
 * Needs no OpenCL device.
 */
class Clij2KernelSourcesTest {

	@ParameterizedTest
	@ValueSource(strings = { "bin_counts", "census", "divide", "flood_step", "label_statistics", "median",
		"neighbourhood", "project", "resample", "sobel" })
	void everyKernelSourceIsCompleteWithoutIncludeLines(final String kernel) {
		final String source = Clij2KernelSources.of(kernel);
		assertFalse(source.contains("#include"), kernel + " still has an include line");
		assertEquals(1, occurrences(source, "__kernel void " + kernel + "("), kernel + " defines its kernel once");
		if (source.contains("clampi(")) assertEquals(1, occurrences(source, "inline int clampi("), kernel +
			" defines the clamped index once");
	}

	@ParameterizedTest
	@ValueSource(strings = { "median", "neighbourhood" })
	void theNeighbourhoodKernelsShareOneShapeTest(final String kernel) {
		final String source = Clij2KernelSources.of(kernel);
		assertEquals(1, occurrences(source, "inline bool inside("), kernel);
	}

	private static int occurrences(final String text, final String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1))
			count++;
		return count;
	}
}
