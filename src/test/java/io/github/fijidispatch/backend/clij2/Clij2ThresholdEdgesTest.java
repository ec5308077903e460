package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The float bin edges reproduce the contract's double-precision binning exactly (no device needed). */
class Clij2ThresholdEdgesTest {

	@Test
	void eachEdgeIsTheSmallestFloatOfItsBin() {
		for (final double[] range : new double[][] { { 0, 256 }, { -49.99, 199.97 }, { 3, 3997 }, { 1e-3, 7e-3 } }) {
			final Clij2ThresholdEdges edges = new Clij2ThresholdEdges(range[0], range[1]);
			final float[] e = edges.edges();
			assertEquals(257, e.length);
			for (int b = 1; b < 256; b++) {
				assertTrue(edges.bin(e[b]) >= b, "edge " + b + " of " + range[0] + "+" + range[1] + " is in bin " + edges.bin(e[b]));
				assertTrue(edges.bin(Math.nextDown(e[b])) < b, "float below edge " + b + " is in bin " + edges.bin(Math.nextDown(e[b])));
			}
		}
	}

	@Test
	void uint8EdgesAreTheGreyValues() {
		final float[] e = new Clij2ThresholdEdges(0, 256).edges();
		for (int b = 1; b < 256; b++)
			assertEquals(b, e[b]);
	}
}
