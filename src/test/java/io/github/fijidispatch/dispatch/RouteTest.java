package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Collections;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.filter.GaussOp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.plugin.PluginService;

/** A decision's plan resolved to the registry's backends and implementations, in the plan's order. */
class RouteTest {

	private Context context;
	private Registry registry;

	@BeforeEach
	void setUp() {
		context = new Context(PluginService.class);
		final PluginService plugins = context.service(PluginService.class);
		registry = new Registry(plugins.createInstancesOfType(Op.class), plugins.createInstancesOfType(Backend.class),
			plugins.createInstancesOfType(OpImplementation.class));
	}

	@AfterEach
	void tearDown() {
		context.dispose();
	}

	@Test
	void followsThePlanWithEachBackendsImplementation() {
		final Decision decision = new Decision(GaussOp.ID, "call", DispatchMode.PRIORITY, Arrays.asList("clij2", "imglib2"),
			Collections.emptyList(), "test");
		final Route route = Route.of(decision, registry);
		assertEquals(2, route.size());
		for (int i = 0; i < 2; i++) {
			final String id = decision.plan().get(i);
			assertEquals(id, route.id(i));
			assertSame(registry.backend(id), route.backend(i));
			assertSame(registry.implementation(GaussOp.ID, id), route.implementation(i));
			assertNull(route.tiling(i), "no candidate, no tiles");
		}
	}

	@Test
	void anEmptyPlanIsAnEmptyRoute() {
		final Decision none = new Decision(GaussOp.ID, "call", DispatchMode.AUTO, Collections.emptyList(),
			Collections.emptyList(), "no backend can");
		assertEquals(0, Route.of(none, registry).size());
	}
}
