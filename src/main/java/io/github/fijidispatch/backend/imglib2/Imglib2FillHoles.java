package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.morphology.FillHolesOp;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.fill_holes} on the CPU, in a {@link BinaryVolume} that becomes
 * the output: it starts as 255 (foreground) / 1 (background not yet reached);
 * a scanline flood fill with an explicit stack of spans (runs along X),
 * seeded from every background pixel on the border, marks the background it
 * reaches through faces as 0; what remains 1 is a hole and becomes 255.
 * Linear time, no recursion, no temporary besides the stack. See
 * {@link FillHolesOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2FillHoles extends AbstractImglib2Implementation {

	private static final byte FOREGROUND = (byte) 255;
	private static final byte UNREACHED = 1;
	private static final byte REACHED = 0;

	public Imglib2FillHoles() {
		super(FillHolesOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final BinaryVolume mask = BinaryVolume.of(call.hostImage(0), FOREGROUND, UNREACHED);
		floodFromBorder(mask.data(), mask.dims());
		fillUnreached(mask.data());
		return mask.img();
	}

	/**
	 * Marks as {@link #REACHED} every {@link #UNREACHED} pixel face-connected
	 * to the border through such pixels: a scanline flood over spans (runs
	 * along X), seeded from every unreached pixel on the border.
	 */
	private static void floodFromBorder(final byte[] data, final int[] dims) {
		final int width = dims[0];
		final int rows = data.length / width;
		final SpanStack spans = new SpanStack();
		// NB: position of the current row along axes 1..n−1, advanced like an odometer (no divisions)
		final int[] line = new int[dims.length];
		for (int row = 0; row < rows; row++) {
			final int start = row * width;
			if (onBorder(line, dims)) {
				for (int x = 0; x < width; x++)
					if (data[start + x] == UNREACHED) x = fillSpan(data, row, x, width, spans);
			}
			else {
				if (data[start] == UNREACHED) fillSpan(data, row, 0, width, spans);
				if (data[start + width - 1] == UNREACHED) fillSpan(data, row, width - 1, width, spans);
			}
			for (int d = 1; d < dims.length && ++line[d] == dims[d]; d++)
				line[d] = 0;
		}
		final int[] rowStrides = new int[dims.length];
		rowStrides[1 % dims.length] = 1;
		for (int d = 2; d < dims.length; d++)
			rowStrides[d] = rowStrides[d - 1] * dims[d - 1];
		while (!spans.isEmpty()) {
			spans.pop();
			final int row = spans.row;
			final int first = spans.first;
			final int last = spans.last;
			int rest = row;
			for (int d = 1; d < dims.length; d++) {
				final int c = rest % dims[d];
				rest /= dims[d];
				if (c > 0) scan(data, row - rowStrides[d], first, last, width, spans);
				if (c < dims[d] - 1) scan(data, row + rowStrides[d], first, last, width, spans);
			}
		}
	}

	/** Fills every unreached run that touches columns {@code first..last} of {@code row}. */
	private static void scan(final byte[] data, final int row, final int first, final int last, final int width,
		final SpanStack spans)
	{
		final int start = row * width;
		for (int x = first; x <= last; x++)
			if (data[start + x] == UNREACHED) x = fillSpan(data, row, x, width, spans);
	}

	/**
	 * Marks the whole unreached run through {@code x} of {@code row} as
	 * reached, pushes it, and returns its last column.
	 */
	private static int fillSpan(final byte[] data, final int row, final int x, final int width, final SpanStack spans) {
		final int start = row * width;
		int first = x;
		while (first > 0 && data[start + first - 1] == UNREACHED)
			first--;
		int last = x;
		while (last < width - 1 && data[start + last + 1] == UNREACHED)
			last++;
		java.util.Arrays.fill(data, start + first, start + last + 1, REACHED);
		spans.push(row, first, last);
		return last;
	}

	/** Holes ({@link #UNREACHED}) become foreground, reached background 0 (multithreaded). */
	private static void fillUnreached(final byte[] data) {
		// NB: 255 and 1 (odd) become 255, 0 stays: branch-free, as holes are scattered unpredictably
		ParallelRanges.forEach(data.length, 1 << 16, (from, to) -> {
			for (int i = (int) from; i < to; i++)
				data[i] = (byte) -(data[i] & 1);
		});
	}

	/** Whether a line along X at this position (axes 1..n−1) lies on the border of another axis. */
	private static boolean onBorder(final int[] line, final int[] dims) {
		for (int d = 1; d < dims.length; d++)
			if (line[d] == 0 || line[d] == dims[d] - 1) return true;
		return false;
	}

	/** A growable stack of spans: runs along X as (row, first column, last column). */
	private static final class SpanStack {

		private int[] items = new int[3 * 1024];
		private int size;
		/** The span {@link #pop} took. */
		int row;
		int first;
		int last;

		void push(final int r, final int f, final int l) {
			if (size + 3 > items.length) items = Arrays.copyOf(items, items.length * 2);
			items[size++] = r;
			items[size++] = f;
			items[size++] = l;
		}

		void pop() {
			last = items[--size];
			first = items[--size];
			row = items[--size];
		}

		boolean isEmpty() {
			return size == 0;
		}
	}
}
