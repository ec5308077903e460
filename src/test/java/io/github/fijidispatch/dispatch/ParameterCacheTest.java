package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.op.filter.MinOp;

import org.junit.jupiter.api.Test;

/**
 * The parameter cache: a map with the content of one seen before gets the
 * parameters resolved then, without resolving again; any other content
 * (value, value type, order, op, a changed array) is resolved afresh; values
 * that could change behind its back and maps that fail are never remembered.
 */
class ParameterCacheTest {

	/** A Gaussian op that counts its resolutions. */
	private static final class CountingGauss extends GaussOp {

		final AtomicInteger resolutions = new AtomicInteger();

		@Override
		public Parameters resolve(final Map<String, ?> raw) {
			resolutions.incrementAndGet();
			return super.resolve(raw);
		}
	}

	private final ParameterCache cache = new ParameterCache();
	private final CountingGauss gauss = new CountingGauss();

	private static Map<String, Object> map(final Object... namesAndValues) {
		final Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2)
			m.put((String) namesAndValues[i], namesAndValues[i + 1]);
		return m;
	}

	@Test
	void aMapWithTheContentOfOneSeenBeforeIsNotResolvedAgain() {
		final Parameters first = cache.resolve(gauss, map("sigma", 1.5));
		final Parameters second = cache.resolve(gauss, map("sigma", 1.5));
		assertSame(first, second, "the remembered parameters, as they are");
		assertEquals(1, gauss.resolutions.get());
		assertEquals(1.5, second.real("sigma"));
		assertSame(cache.resolve(gauss, Collections.emptyMap()), cache.resolve(gauss, null),
			"no map and an empty map are the same call: the defaults");
		assertEquals(2, gauss.resolutions.get());
	}

	@Test
	void anyOtherContentIsResolvedAfresh() {
		final Parameters one = cache.resolve(gauss, map("sigma", 1.0));
		final Parameters two = cache.resolve(gauss, map("sigma", 2.0));
		final Parameters integer = cache.resolve(gauss, map("sigma", 1));
		final Parameters text = cache.resolve(gauss, map("sigma", "1"));
		assertEquals(4, gauss.resolutions.get(), "another value, another value type: resolved each");
		assertEquals(1.0, one.real("sigma"));
		assertEquals(2.0, two.real("sigma"));
		assertEquals(one, integer, "resolving makes 1 and 1.0 the same call");
		assertEquals(one, text);
		final MinOp min = new MinOp();
		final Parameters other = cache.resolve(min, map("radius", 1));
		assertEquals(min.resolve(map("radius", 1)), other, "another op: its own resolution");
	}

	@Test
	void theOrderOfTheCallersMapIsPartOfTheContent() {
		final MinOp min = new MinOp();
		final List<String> names = new ArrayList<>(min.resolve(null).asMap().keySet());
		assertTrue(names.size() >= 2, "min takes several parameters: " + names);
		final Map<String, Object> defaults = min.resolve(null).asMap();
		final Map<String, Object> forward = new LinkedHashMap<>();
		final Map<String, Object> backward = new LinkedHashMap<>();
		for (final String n : names)
			forward.put(n, defaults.get(n));
		final List<String> reversed = new ArrayList<>(names);
		Collections.reverse(reversed);
		for (final String n : reversed)
			backward.put(n, defaults.get(n));
		assertEquals(min.resolve(forward), cache.resolve(min, forward));
		assertEquals(min.resolve(backward), cache.resolve(min, backward), "each order resolves as resolve would");
		assertEquals(2, cache.size());
	}

	@Test
	void anArrayIsRememberedAsACopySoAChangedArrayIsAnotherCall() {
		final double[] sigma = { 1, 2 };
		final Parameters first = cache.resolve(gauss, map("sigma", sigma));
		sigma[1] = 3;
		final Parameters changed = cache.resolve(gauss, map("sigma", sigma));
		assertEquals(2, gauss.resolutions.get(), "the caller changed its array: another call");
		assertArrayEquals(new double[] { 1, 2 }, (double[]) first.get("sigma"));
		assertArrayEquals(new double[] { 1, 3 }, (double[]) changed.get("sigma"));
		assertSame(first, cache.resolve(gauss, map("sigma", new double[] { 1, 2 })), "equal content: remembered");
		final Parameters ints = cache.resolve(gauss, map("sigma", new int[] { 1, 3 }));
		assertEquals(3, gauss.resolutions.get(), "an int[] is another value type: resolved once");
		assertEquals(changed, ints, "to the same parameters");
		assertSame(ints, cache.resolve(gauss, map("sigma", new int[] { 1, 3 })));
		assertEquals(3, gauss.resolutions.get(), "and remembered");
	}

	@Test
	void valuesThatCouldChangeBehindItsBackAreResolvedEveryTime() {
		final List<Double> sigma = Arrays.asList(1.0, 2.0);
		final Parameters first = cache.resolve(gauss, map("sigma", sigma));
		final Parameters second = cache.resolve(gauss, map("sigma", sigma));
		assertEquals(2, gauss.resolutions.get(), "a list is not remembered");
		assertEquals(first, second);
		assertEquals(0, cache.size());
	}

	@Test
	void aMapThatFailsValidationFailsEveryTimeAndIsNotRemembered() {
		for (int i = 0; i < 2; i++) {
			final BadInputException e = assertThrows(BadInputException.class, () -> cache.resolve(gauss, map("sigma", -1.0)));
			assertTrue(e.getMessage().contains("sigma"), e.getMessage());
			assertThrows(BadInputException.class, () -> cache.resolve(gauss, map("radius", 1.0)));
		}
		assertEquals(4, gauss.resolutions.get());
		assertEquals(0, cache.size());
	}

	@Test
	void isBounded() {
		for (int i = 0; i < ParameterCache.CAPACITY + 10; i++)
			cache.resolve(gauss, map("sigma", 0.01 * i));
		assertTrue(cache.size() <= ParameterCache.CAPACITY, "size " + cache.size());
		assertEquals(0.01 * 3, cache.resolve(gauss, map("sigma", 0.01 * 3)).real("sigma"), "still right after starting afresh");
	}

	@Test
	void eightThreadsGetTheParametersResolveWouldGive() throws Exception {
		final ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			final List<Future<?>> results = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				final int thread = t;
				results.add(pool.submit(() -> {
					for (int i = 0; i < 2000; i++) {
						final double sigma = (i + thread) % 13 + 0.5;
						final Parameters p = cache.resolve(gauss, map("sigma", sigma));
						if (p.real("sigma") != sigma) throw new AssertionError("sigma " + sigma + " came back as " + p);
					}
					return null;
				}));
			}
			for (final Future<?> f : results)
				f.get();
		}
		finally {
			pool.shutdownNow();
		}
		assertEquals(13, cache.size());
		assertNotEquals(8 * 2000, gauss.resolutions.get(), "most calls were remembered ones");
	}
}
