package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Neighbourhood sizes and runs against hand-counted shapes. */
class NeighbourhoodTest {

	@Test
	void boxHasTwoRPlusOnePerAxis() {
		assertEquals(15, Neighbourhood.box(2, 1).size());
		assertEquals(3 * 5 * 7, Neighbourhood.box(1, 2, 3).size());
		assertEquals(5 * 7, Neighbourhood.box(1, 2, 3).rowCount());
	}

	@Test
	void discsHaveTheLatticePointCounts() {
		// x² + y² ≤ r²: 5, 13, 29, 49 lattice points for r = 1..4
		assertEquals(5, Neighbourhood.sphere(1, 1).size());
		assertEquals(13, Neighbourhood.sphere(2, 2).size());
		assertEquals(29, Neighbourhood.sphere(3, 3).size());
		assertEquals(49, Neighbourhood.sphere(4, 4).size());
		// r = 5 includes the Pythagorean boundary points (3, 4): 81 points
		assertEquals(81, Neighbourhood.sphere(5, 5).size());
	}

	@Test
	void ballsAndEllipsesHaveTheirCounts() {
		assertEquals(7, Neighbourhood.sphere(1, 1, 1).size());
		assertEquals(33, Neighbourhood.sphere(2, 2, 2).size());
		// x²/4 + y² ≤ 1: y = 0 → 5 points, y = ±1 → x = 0
		final Neighbourhood ellipse = Neighbourhood.sphere(2, 1);
		assertEquals(7, ellipse.size());
		assertEquals(3, ellipse.rowCount());
		assertArrayEquals(new int[] { -1 }, ellipse.rowOffset(0));
		assertEquals(0, ellipse.halfWidth(0));
		assertEquals(2, ellipse.halfWidth(1));
	}

	@Test
	void zeroRadiusAxesOnlyAdmitOffsetZero() {
		assertEquals(5, Neighbourhood.sphere(2, 0).size());
		assertEquals(1, Neighbourhood.sphere(0, 0, 0).size());
		assertEquals(3, Neighbourhood.sphere(0, 1, 0).size());
		assertEquals(3, Neighbourhood.sphere(0, 1, 0).rowCount());
	}
}
