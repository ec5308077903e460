package io.github.fijidispatch.bench;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.fiji.StandaloneContexts;

import org.scijava.Context;

/**
 * The SciJava context a benchmark main runs in: by default one with the dispatch service and what it needs; with
 * the system property {@code bench.context=full}, the one the command line uses ({@link StandaloneContexts#create()}:
 * every service on the class path, scijava-common's event history among them, as in Fiji).
 */
final class BenchContexts {

	private BenchContexts() {
		// NB: static utility
	}

	static Context create() {
		return "full".equals(System.getProperty("bench.context")) ? StandaloneContexts.create() : new Context(
			DispatchService.class);
	}

	/** Which {@link #create} makes, for a benchmark's report. */
	static String name() {
		return "full".equals(System.getProperty("bench.context")) ? "the command line's context"
			: "a minimal context";
	}
}
