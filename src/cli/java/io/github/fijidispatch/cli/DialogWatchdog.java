package io.github.fijidispatch.cli;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Label;
import java.awt.TextComponent;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Batch work never blocks on a dialog: while a macro runs, any dialog ImageJ
 * shows (a macro error, "Unrecognized command", a command asking for values
 * the macro did not give) is read, recorded as a failure and closed as if
 * cancelled, so the macro ends instead of waiting for a click on an
 * invisible display. NB: ImageJ 1 shows its macro errors in a modal
 * {@code GenericDialog} even in batch mode ({@code Interpreter.showError}).
 */
final class DialogWatchdog implements AutoCloseable {

	private static final long PERIOD_MILLIS = 100;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		final Thread t = new Thread(r, "fiji-dispatch-dialog-watchdog");
		t.setDaemon(true);
		return t;
	});
	private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
	private final Set<Window> handled = Collections.newSetFromMap(new WeakHashMap<>());

	DialogWatchdog start() {
		timer.scheduleWithFixedDelay(this::closeDialogs, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
		return this;
	}

	/** What the closed dialogs said, one entry per dialog: {@code title: text}. */
	List<String> closedDialogs() {
		synchronized (seen) {
			return new ArrayList<>(seen);
		}
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

	private void closeDialogs() {
		for (final Window w : Window.getWindows()) {
			if (!(w instanceof Dialog) || !w.isShowing() || !handled.add(w)) continue;
			final Dialog d = (Dialog) w;
			seen.add(d.getTitle() + ": " + text(d).trim());
			// NB: a window-closing event is what ImageJ's dialogs treat as Cancel; dispose alone would read as OK.
			EventQueue.invokeLater(() -> {
				d.dispatchEvent(new WindowEvent(d, WindowEvent.WINDOW_CLOSING));
				d.dispose();
			});
		}
	}

	private static String text(final Container c) {
		final StringBuilder sb = new StringBuilder();
		for (final Component child : c.getComponents()) {
			if (child instanceof Label) append(sb, ((Label) child).getText());
			else if (child instanceof TextComponent) append(sb, ((TextComponent) child).getText());
			else if (child.getClass().getName().equals("ij.gui.MultiLineLabel")) append(sb, lines(child));
			if (child instanceof Container) append(sb, text((Container) child));
		}
		return sb.toString();
	}

	/** NB: ImageJ's MultiLineLabel keeps its text in a package-private array only. */
	private static String lines(final Component label) {
		try {
			final Field f = label.getClass().getDeclaredField("lines");
			f.setAccessible(true);
			final String[] lines = (String[]) f.get(label);
			return lines == null ? "" : String.join(" ", lines);
		}
		catch (final ReflectiveOperationException | RuntimeException e) {
			return "(the dialog's text could not be read: " + e + ")";
		}
	}

	private static void append(final StringBuilder sb, final String s) {
		if (s == null || s.trim().isEmpty()) return;
		if (sb.length() > 0) sb.append(' ');
		sb.append(s.trim());
	}
}
