package io.github.fijidispatch.fiji;

/**
 * Where a command's one-line status goes: the SciJava status bar in Fiji,
 * ImageJ 1's status bar when it runs alone.
 */
public interface Statuses {

	void show(String message);
}
