package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.github.fijidispatch.conformance.AbstractBackendContractTest;
import io.github.fijidispatch.conformance.ConformanceCase;
import io.github.fijidispatch.conformance.ConformanceCases;
import io.github.fijidispatch.conformance.Oracles;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.testing.ScijavaContext;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference backend keeps the backend contract. Its agreement half
 * compares the reference with itself, so there only the invariants count
 * (unmodified inputs, declared output, a new image, repeatable results); what
 * makes its results right is checked here against the independent brute-force
 * oracles ({@link Oracles}), case by case, under each op's tolerance: every
 * finite case here, every case with NaN and infinities in the contract suite.
 */
class Imglib2BackendContractTest extends AbstractBackendContractTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@Override
	protected String backendId() {
		return Imglib2Backend.ID;
	}

	@TestFactory
	Stream<DynamicNode> everyCaseAgreesWithAnIndependentOracle() {
		final List<DynamicNode> ops = new ArrayList<>();
		for (final Op op : context.dispatch().ops()) {
			final List<DynamicNode> tests = new ArrayList<>();
			for (final ConformanceCase c : ConformanceCases.of(op))
				// NB: the contract suite itself holds the cases with NaN/±Inf to the same oracles
				if (c.nonFinitePattern() == null) tests.add(DynamicTest.dynamicTest(c.name(), () -> agreesWithTheOracle(c)));
			ops.add(DynamicContainer.dynamicContainer(op.id(), tests));
		}
		return ops.stream();
	}

	private void agreesWithTheOracle(final ConformanceCase c) {
		final Object actual = context.dispatch().op(c.opId()).inputs(c.inputArray()).set(c.params()).on(backendId()).run();
		final ResultComparison cmp = ResultComparison.compare(c.op(), c.params(), Oracles.expected(c), actual,
			c.inputScale());
		assertTrue(cmp.agrees(), c + " against the oracle: " + cmp);
	}

	@Test
	void everyOpHasAnOracle() {
		final Set<String> without = new TreeSet<>();
		for (final Op op : context.dispatch().ops())
			if (!Oracles.opIds().contains(op.id())) without.add(op.id());
		assertEquals(Collections.emptySet(), without, "ops without an independent oracle");
	}
}
