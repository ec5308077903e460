package io.github.fijidispatch.fiji.script;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Python (Jython 2.7) for the {@code ScriptService} outside Fiji, through
 * jython-slim's JSR-223 engine. {@code with dispatch.prefer("clij2"):} works
 * because {@code DispatchScope} has {@code __enter__}/{@code __exit__}. NB:
 * Fiji's scripting-jython wins where present (low priority here).
 */
@Plugin(type = ScriptLanguage.class, name = "Python", priority = Priority.VERY_LOW)
public class PythonScriptLanguage extends AdaptedScriptLanguage {

	public PythonScriptLanguage() {
		super("python");
	}
}
