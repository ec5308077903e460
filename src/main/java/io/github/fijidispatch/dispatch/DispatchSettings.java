package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import io.github.fijidispatch.op.Flags;

/**
 * The global dispatch settings: backend priority list, mode, fallback and
 * the device budget (the most bytes a device backend may use for one call;
 * a larger call is tiled or declined).
 * Seeded from the environment and system properties (a property beats the
 * environment variable), then changed by the options dialog or by code.
 * Thread-safe: readers take an immutable {@link Snapshot}.
 * <p>
 * Parsing is strict and never fails start-up: a value that is not understood
 * gives one warning saying what is allowed and is ignored.
 * </p>
 */
public final class DispatchSettings {

	public static final String PRIORITY_ENV = "FIJI_DISPATCH_PRIORITY";
	public static final String PRIORITY_PROPERTY = "fiji.dispatch.priority";
	public static final String MODE_ENV = "FIJI_DISPATCH_MODE";
	public static final String MODE_PROPERTY = "fiji.dispatch.mode";
	public static final String FALLBACK_ENV = "FIJI_DISPATCH_FALLBACK";
	public static final String FALLBACK_PROPERTY = "fiji.dispatch.fallback";

	public static final String DEVICE_BUDGET_ENV = "FIJI_DISPATCH_DEVICE_BUDGET";
	public static final String DEVICE_BUDGET_PROPERTY = "fiji.dispatch.device.budget";
	/** The device budget meaning "the device's own limits" (max allocation, global memory). */
	public static final long DEVICE_LIMITS = 0;

	public static final DispatchMode DEFAULT_MODE = DispatchMode.AUTO;
	public static final boolean DEFAULT_FALLBACK = true;

	/** An immutable view of the settings at one moment. */
	public static final class Snapshot {

		private final List<String> priority;
		private final DispatchMode mode;
		private final boolean fallback;
		private final long deviceBudget;

		public Snapshot(final List<String> priority, final DispatchMode mode, final boolean fallback) {
			this(priority, mode, fallback, DEVICE_LIMITS);
		}

		/** @param deviceBudget bytes, or {@link DispatchSettings#DEVICE_LIMITS} for the device's own limits */
		public Snapshot(final List<String> priority, final DispatchMode mode, final boolean fallback, final long deviceBudget) {
			if (deviceBudget < 0) throw new IllegalArgumentException("device budget " + deviceBudget + " is negative");
			this.priority = Collections.unmodifiableList(new ArrayList<>(priority));
			this.mode = mode;
			this.fallback = fallback;
			this.deviceBudget = deviceBudget;
		}

		/** Backend ids, most preferred first; may be empty. */
		public List<String> priority() {
			return priority;
		}

		public DispatchMode mode() {
			return mode;
		}

		public boolean fallback() {
			return fallback;
		}

		/** The most bytes a device backend may use for one call, or {@link DispatchSettings#DEVICE_LIMITS}. */
		public long deviceBudget() {
			return deviceBudget;
		}

		@Override
		public String toString() {
			return "priority=" + String.join(",", priority) + " mode=" + mode + " fallback=" + fallback +
				(deviceBudget == DEVICE_LIMITS ? "" : " deviceBudget=" + ByteSize.format(deviceBudget));
		}
	}

	private final Collection<String> knownBackends;
	private volatile Snapshot current = new Snapshot(Collections.emptyList(), DEFAULT_MODE, DEFAULT_FALLBACK);

	/** @param knownBackends ids of the installed backends, to check priority lists against */
	public DispatchSettings(final Collection<String> knownBackends) {
		this.knownBackends = Collections.unmodifiableList(new ArrayList<>(knownBackends));
	}

	public Snapshot snapshot() {
		return current;
	}

	public List<String> priority() {
		return current.priority();
	}

	public DispatchMode mode() {
		return current.mode();
	}

	public boolean fallback() {
		return current.fallback();
	}

	/** The device budget in bytes, or {@link #DEVICE_LIMITS} for the device's own limits. */
	public long deviceBudget() {
		return current.deviceBudget();
	}

	/**
	 * Sets the priority list.
	 *
	 * @throws IllegalArgumentException for an unknown backend id, listing the known ones
	 */
	public synchronized void setPriority(final List<String> ids) {
		for (final String id : ids)
			if (!knownBackends.contains(id)) throw new IllegalArgumentException("unknown backend '" + id +
				"' in the priority list; known backends: " + String.join(", ", knownBackends));
		current = new Snapshot(ids, current.mode(), current.fallback(), current.deviceBudget());
	}

	public synchronized void setMode(final DispatchMode mode) {
		if (mode == null) throw new IllegalArgumentException("mode must be one of auto, priority, off");
		current = new Snapshot(current.priority(), mode, current.fallback(), current.deviceBudget());
	}

	public synchronized void setFallback(final boolean fallback) {
		current = new Snapshot(current.priority(), current.mode(), fallback, current.deviceBudget());
	}

	/**
	 * Caps what a device backend may use for one call's buffers: a call beyond it runs tile by tile on the device
	 * when its op has a block plan, or is declined naming the budget.
	 *
	 * @param bytes at least 1, or {@link #DEVICE_LIMITS} for the device's own limits
	 * @throws IllegalArgumentException for a negative value
	 */
	public synchronized void setDeviceBudget(final long bytes) {
		if (bytes < 0) throw new IllegalArgumentException("device budget " + bytes + " is not allowed; allowed: " +
			ByteSize.ALLOWED + ", or 0 for the device's own limits");
		current = new Snapshot(current.priority(), current.mode(), current.fallback(), bytes);
	}

	/**
	 * The device budget from text: {@code 64M}, {@code 2G}, plain bytes, or {@code device} for the device's own limits.
	 *
	 * @throws IllegalArgumentException naming the value and what is allowed
	 */
	public void setDeviceBudget(final String text) {
		setDeviceBudget(parseDeviceBudget(text));
	}

	/** A device budget as {@link #parseDeviceBudget} reads it back: {@code device}, or e.g. {@code 64M}. */
	public static String formatDeviceBudget(final long bytes) {
		return bytes == DEVICE_LIMITS ? "device" : ByteSize.format(bytes);
	}

	/** The device budget {@code text} stands for; see {@link #setDeviceBudget(String)}. */
	public static long parseDeviceBudget(final String text) {
		if (text != null && text.trim().equalsIgnoreCase("device")) return DEVICE_LIMITS;
		try {
			return ByteSize.parse(text);
		}
		catch (final IllegalArgumentException e) {
			throw new IllegalArgumentException("device budget " + e.getMessage() + ", or device for the device's own limits");
		}
	}

	/**
	 * Seeds the settings from environment variables and system properties
	 * ({@code FIJI_DISPATCH_PRIORITY} / {@code -Dfiji.dispatch.priority},
	 * {@code FIJI_DISPATCH_MODE}, {@code FIJI_DISPATCH_FALLBACK}, {@code FIJI_DISPATCH_DEVICE_BUDGET}). Anything not
	 * understood is reported through {@code warn} once and ignored.
	 */
	public synchronized void seed(final Map<String, String> env, final Properties props, final Consumer<String> warn) {
		final String priorityText = value(env, props, PRIORITY_ENV, PRIORITY_PROPERTY);
		if (priorityText != null) setPriorityLeniently(priorityText, source(props, PRIORITY_ENV, PRIORITY_PROPERTY), warn);
		final String modeText = value(env, props, MODE_ENV, MODE_PROPERTY);
		if (modeText != null) {
			final DispatchMode mode = DispatchMode.parse(modeText);
			if (mode == null) warn.accept(source(props, MODE_ENV, MODE_PROPERTY) + "=\"" + modeText +
				"\" is not a mode; allowed: auto, priority, off. Using " + current.mode() + ".");
			else setMode(mode);
		}
		final String fallbackText = value(env, props, FALLBACK_ENV, FALLBACK_PROPERTY);
		if (fallbackText != null) {
			final Boolean fallback = Flags.parse(fallbackText);
			if (fallback == null) warn.accept(source(props, FALLBACK_ENV, FALLBACK_PROPERTY) + "=\"" + fallbackText +
				"\" is not a yes/no value; allowed: true, false, 1, 0, yes, no, on, off. Using " + current.fallback() + ".");
			else setFallback(fallback);
		}
		final String budgetText = value(env, props, DEVICE_BUDGET_ENV, DEVICE_BUDGET_PROPERTY);
		if (budgetText != null) {
			try {
				setDeviceBudget(budgetText);
			}
			catch (final IllegalArgumentException e) {
				warn.accept(source(props, DEVICE_BUDGET_ENV, DEVICE_BUDGET_PROPERTY) + ": " + e.getMessage() + ". Using " +
					(current.deviceBudget() == DEVICE_LIMITS ? "the device's own limits" : ByteSize.format(current.deviceBudget())) + ".");
			}
		}
	}

	/** Sets the priority from comma-separated text, ignoring (with one warning) unknown ids. */
	public synchronized void setPriorityLeniently(final String text, final String source, final Consumer<String> warn) {
		final List<String> ids = new ArrayList<>();
		final List<String> unknown = new ArrayList<>();
		for (final String part : text.split(",")) {
			final String id = part.trim();
			if (id.isEmpty()) continue;
			if (knownBackends.contains(id)) {
				if (!ids.contains(id)) ids.add(id);
			}
			else unknown.add(id);
		}
		if (!unknown.isEmpty()) warn.accept(source + ": unknown backend(s) " + String.join(", ", unknown) +
			" ignored; known backends: " + String.join(", ", knownBackends));
		current = new Snapshot(ids, current.mode(), current.fallback(), current.deviceBudget());
	}

	private static String value(final Map<String, String> env, final Properties props, final String envName, final String propName) {
		final String p = props.getProperty(propName);
		if (p != null) return p;
		return env.get(envName);
	}

	private static String source(final Properties props, final String envName, final String propName) {
		return props.getProperty(propName) != null ? "-D" + propName : envName;
	}

	@Override
	public String toString() {
		return current.toString();
	}
}
