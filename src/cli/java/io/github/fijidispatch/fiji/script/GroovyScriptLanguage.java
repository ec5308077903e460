package io.github.fijidispatch.fiji.script;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Groovy for the {@code ScriptService} outside Fiji, through the JSR-223
 * engine of groovy-jsr223. NB: Fiji's scripting-groovy wins where present
 * (low priority here).
 */
@Plugin(type = ScriptLanguage.class, name = "Groovy", priority = Priority.VERY_LOW)
public class GroovyScriptLanguage extends AdaptedScriptLanguage {

	public GroovyScriptLanguage() {
		super("groovy");
	}
}
