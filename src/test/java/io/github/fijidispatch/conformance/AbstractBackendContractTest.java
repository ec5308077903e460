package io.github.fijidispatch.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Bound;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.scijava.Context;

/**
 * The contract every backend owes, as one suite each backend subclasses in
 * a few lines (name the backend in {@link #backendId()}; a backend that needs
 * a device overrides {@link #requireAvailable}). For every op and every
 * conformance case, through dispatch with the backend named on the call:
 * <ul>
 * <li>the result agrees with the reference backend within the op's tolerance,
 * and the comparison applied the bound {@link Tolerance} gives for the case
 * (checked value and derivation, with the measured error within it);</li>
 * <li>the inputs are unmodified (checksums before and after);</li>
 * <li>the result is a new image of the declared size and pixel kind
 * (writing into it leaves the inputs alone);</li>
 * <li>the same call twice gives the same result;</li>
 * <li>on inputs with NaN and infinities ({@link NonFinitePattern}), the result
 * also equals, within the op's tolerance, what the op's non-finite rule gives
 * by brute force ({@link Oracles}): the reference and every backend
 * are held to the rule itself, not only to each other.</li>
 * </ul>
 * A decline is allowed only with a reason; it is reported as a skipped test
 * with that reason and listed at the end, never passed silently.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractBackendContractTest {

	private Context context;
	private DispatchService dispatch;
	private ConformanceRunner runner;
	private final List<String> declines = new CopyOnWriteArrayList<>();

	/** The id of the backend under test, e.g. {@code clij2}. */
	protected abstract String backendId();

	/** The context the suite runs in; override to add services. */
	protected Context createContext() {
		return new Context(DispatchService.class);
	}

	/**
	 * Makes sure the backend can run here; by default a backend that is not
	 * installed fails and one that is unavailable skips with a visible notice.
	 */
	protected void requireAvailable(final DispatchService service) {
		final Backend b = service.backend(backendId());
		if (b == null) fail("backend '" + backendId() + "' is not installed: is its jar on the class path?");
		final Support s = b.availability();
		if (!s.isYes()) {
			System.err.println("NOTICE: skipping the " + backendId() + " contract: " + s.reason());
			Assumptions.abort(backendId() + " is not available: " + s.reason());
		}
	}

	@BeforeAll
	void open() {
		context = createContext();
		dispatch = context.service(DispatchService.class);
		runner = new ConformanceRunner(dispatch);
	}

	@AfterAll
	void close() {
		if (!declines.isEmpty()) {
			System.out.println("[contract " + backendId() + "] " + declines.size() + " declined case(s):");
			for (final String d : declines)
				System.out.println("  " + d);
		}
		context.dispose();
	}

	@TestFactory
	Stream<DynamicNode> everyCaseAgreesWithTheReferenceAndKeepsTheInvariants() {
		final List<DynamicNode> ops = new ArrayList<>();
		for (final Op op : dispatch.ops()) {
			final List<DynamicNode> tests = new ArrayList<>();
			for (final ConformanceCase c : ConformanceCases.of(op))
				tests.add(DynamicTest.dynamicTest(c.name(), () -> check(c)));
			ops.add(DynamicContainer.dynamicContainer(op.id(), tests));
		}
		return ops.stream();
	}

	/**
	 * The same contract on views and other storages (PlanarImg, CellImg,
	 * translated, cropped, permuted): each result agrees with the reference
	 * result on ArrayImgs of the same pixels ({@link ConformanceCases#views}).
	 */
	@TestFactory
	Stream<DynamicNode> viewInputsAgreeWithTheArrayImgResult() {
		final List<DynamicNode> ops = new ArrayList<>();
		for (final Op op : dispatch.ops()) {
			final List<DynamicNode> tests = new ArrayList<>();
			for (final ConformanceCase c : ConformanceCases.views(op))
				tests.add(DynamicTest.dynamicTest(c.name(), () -> check(c)));
			ops.add(DynamicContainer.dynamicContainer(op.id(), tests));
		}
		return ops.stream();
	}

	@Test
	void everyOpHasViewCases() {
		final Map<String, Integer> counts = new TreeMap<>();
		for (final Op op : dispatch.ops())
			counts.put(op.id(), ConformanceCases.views(op).size());
		assertFalse(counts.containsValue(0), "ops without view cases: " + counts);
	}

	private void check(final ConformanceCase c) {
		requireAvailable(dispatch);
		final ConformanceOutcome o = runner.outcome(c, backendId());
		switch (o.status()) {
			case AGREES:
				assertTheDecisionFollowsTheTolerance(c, o);
				if (c.nonFinitePattern() != null) checkAgainstTheOracle(c);
				return;
			case DECLINED:
				assertFalse(o.detail().trim().isEmpty(), "a decline needs a reason: " + c);
				declines.add(c.name() + ": " + o.detail());
				Assumptions.abort("declined: " + o.detail());
				return;
			default:
				fail(o.toString());
		}
	}

	/**
	 * What the comparison decided, not only that it agreed: the bound it
	 * applied is the one the op's {@link Tolerance} gives for this case
	 * (value and derivation, recomputed here from the reference result), and
	 * the largest difference it measured is a number within that bound — zero
	 * where the rule is exact.
	 */
	private void assertTheDecisionFollowsTheTolerance(final ConformanceCase c, final ConformanceOutcome o) {
		final Tolerance rule = c.op().tolerance().forCall(c.op().resolve(c.params()));
		final Object reference = runner.referenceResult(c);
		final Bound expected;
		if (reference instanceof ResultTable) {
			assertFalse(o.column().isEmpty(), "a table comparison names its decisive column: " + o);
			expected = rule.column(o.column()).bound(o.column(), ((ResultTable) reference).column(o.column()), c.inputScale());
		}
		else {
			final RandomAccessibleInterval<? extends RealType<?>> image = ResultComparison.realImage(reference);
			expected = rule.pixelBound(HostImages.describe(image).kind(), c.inputScale(), ConformanceImages.magnitude(image));
		}
		assertEquals(expected.derivation(), o.appliedBound().derivation(), o.toString());
		assertEquals(expected.value(), o.bound(), o.toString());
		assertTrue(o.maxError() >= 0 && o.maxError() <= o.bound(), "the verdict follows the measured error: " + o);
		if (expected.value() == 0) assertEquals(0, o.maxError(), "an exact rule admits no difference: " + o);
	}

	/** The backend's result equals the brute-force result of the op's non-finite rule. */
	private void checkAgainstTheOracle(final ConformanceCase c) {
		final Object actual = dispatch.op(c.opId()).inputs(c.inputArray()).set(c.params()).on(backendId()).run();
		final ResultComparison rule = ResultComparison.compare(c.op(), c.params(), Oracles.expected(c), actual,
			c.inputScale());
		assertTrue(rule.agrees(), c.op().id() + " on " + backendId() + " breaks its non-finite rule (" +
			c.op().nonFinite() + "): " + rule);
	}

	@Test
	void everyOpHasNonFiniteCases() {
		for (final Op op : dispatch.ops()) {
			int count = 0;
			for (final ConformanceCase c : ConformanceCases.of(op))
				if (c.nonFinitePattern() != null) count++;
			assertTrue(count >= NonFinitePattern.values().length, op.id() + " has " + count + " non-finite case(s)");
		}
	}

	@Test
	void everyOpHasConformanceCases() {
		final Map<String, Integer> counts = new TreeMap<>();
		for (final Op op : dispatch.ops())
			counts.put(op.id(), ConformanceCases.of(op).size());
		assertFalse(counts.containsValue(0), "ops without conformance cases: " + counts);
	}
}
