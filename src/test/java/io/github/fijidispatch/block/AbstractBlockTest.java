package io.github.fijidispatch.block;

import io.github.fijidispatch.dispatch.DispatchService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.scijava.Context;

/** A dispatch service with the installed backends for the tests of a class, disposed after them. */
abstract class AbstractBlockTest {

	static Context context;
	static DispatchService dispatch;

	@BeforeAll
	static void start() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}
}
