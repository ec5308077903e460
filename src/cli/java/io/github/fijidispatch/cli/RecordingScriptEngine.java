package io.github.fijidispatch.cli;

import java.io.Reader;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;

/**
 * A script engine that keeps what the script threw. SciJava's
 * {@code ScriptModule} catches every script failure and only logs it (with a
 * Java trace), so a caller cannot tell that the script failed; this engine
 * records the failure and returns {@code null} instead, so that the caller
 * can report it once, and nothing is logged. Everything else is delegated.
 */
final class RecordingScriptEngine implements ScriptEngine {

	private final ScriptEngine engine;
	private volatile Throwable failure;

	RecordingScriptEngine(final ScriptEngine engine) {
		this.engine = engine;
	}

	/** What the last evaluation threw, or {@code null} when it completed. */
	Throwable failure() {
		return failure;
	}

	private Object record(final Evaluation evaluation) {
		failure = null;
		try {
			return evaluation.run();
		}
		catch (final Throwable t) {
			// NB: everything ScriptModule would have caught and logged, including Groovy's failed assert (an Error)
			failure = t;
			return null;
		}
	}

	private interface Evaluation {

		Object run() throws ScriptException;
	}

	// -- ScriptEngine methods --

	@Override
	public Object eval(final String script, final ScriptContext context) {
		return record(() -> engine.eval(script, context));
	}

	@Override
	public Object eval(final Reader reader, final ScriptContext context) {
		return record(() -> engine.eval(reader, context));
	}

	@Override
	public Object eval(final String script) {
		return record(() -> engine.eval(script));
	}

	@Override
	public Object eval(final Reader reader) {
		return record(() -> engine.eval(reader));
	}

	@Override
	public Object eval(final String script, final Bindings n) {
		return record(() -> engine.eval(script, n));
	}

	@Override
	public Object eval(final Reader reader, final Bindings n) {
		return record(() -> engine.eval(reader, n));
	}

	@Override
	public void put(final String key, final Object value) {
		engine.put(key, value);
	}

	@Override
	public Object get(final String key) {
		return engine.get(key);
	}

	@Override
	public Bindings getBindings(final int scope) {
		return engine.getBindings(scope);
	}

	@Override
	public void setBindings(final Bindings bindings, final int scope) {
		engine.setBindings(bindings, scope);
	}

	@Override
	public Bindings createBindings() {
		return engine.createBindings();
	}

	@Override
	public ScriptContext getContext() {
		return engine.getContext();
	}

	@Override
	public void setContext(final ScriptContext context) {
		engine.setContext(context);
	}

	@Override
	public ScriptEngineFactory getFactory() {
		return engine.getFactory();
	}
}
