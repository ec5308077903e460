package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.dispatch.DispatchService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.scijava.Context;

/** Tests that call ops through one dispatch service per test class, its context disposed after them. */
abstract class AbstractClij2DispatchTest {

	private static Context context;
	protected static DispatchService dispatch;

	@BeforeAll
	static void open() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}
}
