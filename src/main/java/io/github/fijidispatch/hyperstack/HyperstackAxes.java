package io.github.fijidispatch.hyperstack;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.github.fijidispatch.op.BadInputException;

/**
 * Which axes of an image are space, channel and time, in the order Fiji uses:
 * {@code X Y [Z] [C] [T]}. ImgLib2 images carry no axis metadata, so a caller
 * of a 4D/5D image says what its axes are with one of the strings in
 * {@link #ALLOWED} ({@code "XYZCT"}, {@code "XYCT"}, ...). The spatial axes
 * ({@code XY} or {@code XYZ}) form one <em>volume</em>; every (channel, frame)
 * pair is one volume. An immutable value.
 */
public final class HyperstackAxes {

	/** Every axis string accepted, in the order Fiji orders the axes. */
	public static final List<String> ALLOWED = Collections.unmodifiableList(Arrays.asList("XY", "XYZ", "XYC", "XYT",
		"XYZC", "XYZT", "XYCT", "XYZCT"));

	private final String axes;

	private HyperstackAxes(final String axes) {
		this.axes = axes;
	}

	/**
	 * The axes named by {@code text} (case-insensitive).
	 *
	 * @param opId the op of the call, named in the error
	 * @throws BadInputException for a string not in {@link #ALLOWED}, naming the op, parameter {@code axes}, the
	 *           value and the allowed strings
	 */
	public static HyperstackAxes parse(final String opId, final String text) {
		final String upper = text == null ? null : text.trim().toUpperCase(Locale.ROOT);
		if (upper == null || !ALLOWED.contains(upper)) throw new BadInputException(opId + ": axes '" + text +
			"' are not allowed; give one of " + String.join(", ", ALLOWED) + " (X Y [Z] [C] [T], in this order)", opId,
			"axes", text, String.join(", ", ALLOWED));
		return new HyperstackAxes(upper);
	}

	/** The axes of an image with these spatial axes (2 or 3) and a channel and/or a frame axis. */
	public static HyperstackAxes of(final int spatialAxes, final boolean channels, final boolean frames) {
		return new HyperstackAxes("XYZ".substring(0, spatialAxes) + (channels ? "C" : "") + (frames ? "T" : ""));
	}

	/** Number of axes. */
	public int count() {
		return axes.length();
	}

	/** Number of spatial axes: 2 (XY) or 3 (XYZ). */
	public int spatialCount() {
		return axes.indexOf('Z') >= 0 ? 3 : 2;
	}

	/** Whether there is a channel axis. */
	public boolean hasChannels() {
		return channelAxis() >= 0;
	}

	/** Whether there is a time axis. */
	public boolean hasFrames() {
		return frameAxis() >= 0;
	}

	/** The index of the channel axis, or −1. */
	public int channelAxis() {
		return axes.indexOf('C');
	}

	/** The index of the time axis, or −1. */
	public int frameAxis() {
		return axes.indexOf('T');
	}

	/** The same channel and time axes after an op made volumes of {@code spatialAxes} (2 or 3) axes. */
	public HyperstackAxes withSpatialCount(final int spatialAxes) {
		return of(spatialAxes, hasChannels(), hasFrames());
	}

	/** E.g. {@code XYZCT}. */
	@Override
	public String toString() {
		return axes;
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof HyperstackAxes && ((HyperstackAxes) o).axes.equals(axes);
	}

	@Override
	public int hashCode() {
		return axes.hashCode();
	}
}
