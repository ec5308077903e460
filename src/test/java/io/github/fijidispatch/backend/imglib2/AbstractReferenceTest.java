package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.scijava.Context;

/**
 * Base of the reference backend's tests: one dispatch service per test
 * class, in mode {@code off} so that every un-named call runs on
 * {@code imglib2}, whatever other backends are installed.
 */
abstract class AbstractReferenceTest {

	private static Context context;
	protected static DispatchService dispatch;

	@BeforeAll
	static void createDispatch() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
		dispatch.settings().setMode(DispatchMode.OFF);
	}

	@AfterAll
	static void disposeDispatch() {
		context.dispose();
	}
}
