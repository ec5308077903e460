package io.github.fijidispatch.cli;

import javax.script.ScriptEngine;

import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * A script language whose engines record what the script threw
 * ({@link RecordingScriptEngine}); names, engines and the decoding of
 * outputs come from the language it wraps.
 */
final class RecordingScriptLanguage extends AdaptedScriptLanguage {

	private final ScriptLanguage language;
	private RecordingScriptEngine engine;

	RecordingScriptLanguage(final ScriptLanguage language) {
		super(language);
		this.language = language;
	}

	/** What the script run by the last engine threw, or {@code null}. */
	Throwable failure() {
		return engine == null ? null : engine.failure();
	}

	@Override
	public ScriptEngine getScriptEngine() {
		engine = new RecordingScriptEngine(language.getScriptEngine());
		return engine;
	}

	@Override
	public Object decode(final Object object) {
		return language.decode(object);
	}
}
