package io.github.fijidispatch.op;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Parameter text is read strictly: what is accepted is exactly a number or a list of numbers. */
class ParameterSpecTest {

	private static final ParameterSpec SIGMA = ParameterSpec.real("sigma").defaultValue(2.0).range(0, 1000).unit("px")
		.perAxis().build();

	private static String refusal(final ParameterSpec spec, final String text) {
		return assertThrows(IllegalArgumentException.class, () -> spec.coerce("filter.gauss", text), text).getMessage();
	}

	@Test
	void javaNumberSuffixesAndTrailingCommasAreRefused() {
		// NB: Double.parseDouble takes "2d" and "2f", and String.split drops a trailing empty part
		for (final String text : new String[] { "2d,", "2d", "2f", "2,", "2,,3", ",2", "0x1p1", "NaN", "Infinity", "2 3", "" }) {
			final String message = refusal(SIGMA, text);
			assertEquals("filter.gauss: parameter 'sigma' = \"" + text + "\" is not allowed; expected " + SIGMA.allowed(),
				message);
		}
	}

	@Test
	void plainNumbersAndListsAreRead() {
		assertEquals(2.0, SIGMA.coerce("filter.gauss", "2"));
		assertEquals(2.5, SIGMA.coerce("filter.gauss", " 2.5 "));
		assertEquals(0.5, SIGMA.coerce("filter.gauss", ".5"));
		assertEquals(3.0, SIGMA.coerce("filter.gauss", "3."));
		assertEquals(100.0, SIGMA.coerce("filter.gauss", "1e2"));
		assertEquals(0.25, SIGMA.coerce("filter.gauss", "+2.5E-1"));
		assertArrayEquals(new double[] { 2, 2, 1 }, (double[]) SIGMA.coerce("filter.gauss", "2, 2 ,1"), 0);
	}

	@Test
	void anExclusiveMinimumIsRefusedAndShownAsAnOpenInterval() {
		final ParameterSpec factors = ParameterSpec.real("factors").defaultValue(1.0).rangeAbove(0, 1000).perAxis().build();
		assertEquals("a finite number or one per axis (x,y[,z]) in (0, 1000]", factors.allowed());
		assertTrue(refusal(factors, "0").endsWith("expected " + factors.allowed()));
		assertTrue(refusal(factors, "1,0").endsWith("expected " + factors.allowed()));
		assertEquals(1e-9, factors.coerce("transform.scale", "1e-9"));
		assertEquals(1000.0, factors.coerce("transform.scale", "1000"));
	}
}
