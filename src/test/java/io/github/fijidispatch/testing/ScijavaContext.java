package io.github.fijidispatch.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.dispatch.DispatchService;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.scijava.Context;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.service.Service;

/**
 * A SciJava context for tests, as a JUnit 5 extension on a
 * {@code @RegisterExtension} field. {@link #perClass} (on a static field) opens
 * one before the class's first test and disposes it after the last;
 * {@link #perTest} (on an instance field) gives every test a fresh one. Either
 * records the text of every warning logged in the context.
 */
public final class ScijavaContext implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
	AfterEachCallback
{

	private final boolean perTest;
	private final Class<? extends Service>[] services;
	private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
	private Context context;

	private ScijavaContext(final boolean perTest, final Class<? extends Service>[] services) {
		this.perTest = perTest;
		this.services = services.clone();
	}

	/** One context with {@code services} for all tests of the class; register it on a static field. */
	@SafeVarargs
	public static ScijavaContext perClass(final Class<? extends Service>... services) {
		return new ScijavaContext(false, services);
	}

	/** A new context with {@code services} for each test; register it on an instance field. */
	@SafeVarargs
	public static ScijavaContext perTest(final Class<? extends Service>... services) {
		return new ScijavaContext(true, services);
	}

	@Override
	public void beforeAll(final ExtensionContext extension) {
		if (!perTest) open();
	}

	@Override
	public void beforeEach(final ExtensionContext extension) {
		if (perTest) open();
	}

	@Override
	public void afterEach(final ExtensionContext extension) {
		if (perTest) close();
	}

	@Override
	public void afterAll(final ExtensionContext extension) {
		if (!perTest) close();
	}

	/** The open context's service of {@code type}. */
	public <S extends Service> S service(final Class<S> type) {
		if (context == null) throw new IllegalStateException("no open context: register " + getClass().getSimpleName() +
			" with @RegisterExtension (perClass on a static field, perTest on an instance field)");
		return context.service(type);
	}

	/** The open context's dispatch service. */
	public DispatchService dispatch() {
		return service(DispatchService.class);
	}

	/** The texts of the warnings logged in the context since it opened, oldest first (a live view). */
	public List<String> warnings() {
		return Collections.unmodifiableList(warnings);
	}

	private void open() {
		warnings.clear();
		context = new Context(services);
		context.service(LogService.class).addLogListener(m -> {
			if (m.level() == LogLevel.WARN) warnings.add(m.text());
		});
	}

	private void close() {
		context.dispose();
		context = null;
	}
}
