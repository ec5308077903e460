package io.github.fijidispatch.hyperstack;

import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.op.ResultTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * What a per-volume run of one op over a hyperstack produced: either an image
 * with its {@link HyperstackAxes} (the volumes' results stacked back along the
 * channel and time axes) or one table whose rows carry {@code channel} and
 * {@code frame} columns; and the dispatch record of every volume, in the order
 * they ran (channels fastest, then frames).
 */
public final class HyperstackResult {

	private final RandomAccessibleInterval<? extends RealType<?>> image;
	private final HyperstackAxes axes;
	private final ResultTable table;
	private final List<CallRecord> records;

	HyperstackResult(final RandomAccessibleInterval<? extends RealType<?>> image, final HyperstackAxes axes,
		final ResultTable table, final List<CallRecord> records)
	{
		this.image = image;
		this.axes = axes;
		this.table = table;
		this.records = Collections.unmodifiableList(records);
	}

	/** Whether the op returned an image (else a table). */
	public boolean isImage() {
		return image != null;
	}

	/** The result image, or {@code null} for a table result. */
	public RandomAccessibleInterval<? extends RealType<?>> image() {
		return image;
	}

	/** The axes of {@link #image()}, or {@code null} for a table result. */
	public HyperstackAxes axes() {
		return axes;
	}

	/** The result table, or {@code null} for an image result. */
	public ResultTable table() {
		return table;
	}

	/** The result: {@link #image()} or {@link #table()}. */
	public Object value() {
		return image != null ? image : table;
	}

	/** One dispatch record per volume, channels fastest, then frames. */
	public List<CallRecord> records() {
		return records;
	}
}
