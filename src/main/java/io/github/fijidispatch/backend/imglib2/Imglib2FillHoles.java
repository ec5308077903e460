package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.morphology.FillHolesOp;

import net.imglib2.parallel.Parallelization;
import net.imglib2.parallel.TaskExecutor;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.fillHoles} on the CPU, in a {@link ByteMask} that becomes
 * the output: it starts as 255 (foreground) / 1 (background not yet reached);
 * a flood fill with an explicit stack, seeded with every background pixel on
 * the border, marks the background it reaches through faces as 0; what
 * remains 1 is a hole and becomes 255. Linear time, no recursion, no
 * temporary besides the stack. See {@link FillHolesOp}.
 * <p>
 * All border background is marked before the flood starts, so the flood only
 * ever pushes interior pixels, whose 2·n face neighbours all exist: the inner
 * loop needs no coordinates and no bounds checks.
 * </p>
 */
@Plugin(type = OpImplementation.class)
public class Imglib2FillHoles extends AbstractOpImplementation<Imglib2Backend> {

	private static final byte FOREGROUND = (byte) 255;
	private static final byte UNREACHED = 1;
	private static final byte REACHED = 0;

	public Imglib2FillHoles() {
		super(FillHolesOp.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Imglib2Limits.fitsVolume(call);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final ByteMask mask = ByteMask.of(call.hostImage(0), FOREGROUND, UNREACHED);
		floodFromBorder(mask.data(), mask.dims());
		fillUnreached(mask.data());
		return mask.img();
	}

	/** Marks as {@link #REACHED} every {@link #UNREACHED} pixel face-connected to the border through such pixels. */
	private static void floodFromBorder(final byte[] data, final int[] dims) {
		final int n = dims.length;
		final int[] strides = new int[n];
		strides[0] = 1;
		for (int d = 1; d < n; d++)
			strides[d] = strides[d - 1] * dims[d - 1];
		final IndexStack seeds = borderSeeds(data, dims);
		final IndexStack stack = new IndexStack();
		final int[] position = new int[n];
		for (int s = 0; s < seeds.size(); s++) {
			final int i = seeds.get(s);
			locate(i, dims, position);
			for (int d = 0; d < n; d++) {
				if (position[d] > 0) visit(data, i - strides[d], stack);
				if (position[d] < dims[d] - 1) visit(data, i + strides[d], stack);
			}
		}
		while (!stack.isEmpty()) {
			final int i = stack.pop();
			for (int d = 0; d < n; d++) {
				visit(data, i - strides[d], stack);
				visit(data, i + strides[d], stack);
			}
		}
	}

	/** Marks every unreached border pixel as reached and returns their indices. */
	private static IndexStack borderSeeds(final byte[] data, final int[] dims) {
		final IndexStack seeds = new IndexStack();
		final int width = dims[0];
		// NB: position of the current line along axes 1..n−1, advanced like an odometer (no divisions)
		final int[] line = new int[dims.length];
		for (int start = 0; start < data.length; start += width) {
			if (onBorder(line, dims)) {
				for (int i = start; i < start + width; i++)
					seed(data, i, seeds);
			}
			else {
				seed(data, start, seeds);
				seed(data, start + width - 1, seeds);
			}
			for (int d = 1; d < dims.length && ++line[d] == dims[d]; d++)
				line[d] = 0;
		}
		return seeds;
	}

	private static void seed(final byte[] data, final int i, final IndexStack seeds) {
		if (data[i] != UNREACHED) return;
		data[i] = REACHED;
		seeds.push(i);
	}

	private static void visit(final byte[] data, final int j, final IndexStack stack) {
		if (data[j] != UNREACHED) return;
		data[j] = REACHED;
		stack.push(j);
	}

	/** Holes ({@link #UNREACHED}) become foreground, reached background 0 (multithreaded). */
	private static void fillUnreached(final byte[] data) {
		final TaskExecutor executor = Parallelization.getTaskExecutor();
		final int tasks = (int) Math.max(1, Math.min(data.length / 65536 + 1, executor.suggestNumberOfTasks()));
		final List<int[]> ranges = new ArrayList<>(tasks);
		for (int t = 0; t < tasks; t++)
			ranges.add(new int[] { (int) ((long) data.length * t / tasks), (int) ((long) data.length * (t + 1) / tasks) });
		// NB: 255 and 1 (odd) become 255, 0 stays: branch-free, as holes are scattered unpredictably
		executor.forEach(ranges, range -> {
			for (int i = range[0]; i < range[1]; i++)
				data[i] = (byte) -(data[i] & 1);
		});
	}

	private static void locate(final int index, final int[] dims, final int[] position) {
		int rest = index;
		for (int d = 0; d < dims.length; d++) {
			position[d] = rest % dims[d];
			rest /= dims[d];
		}
	}

	/** Whether a line along X at this position (axes 1..n−1) lies on the border of another axis. */
	private static boolean onBorder(final int[] line, final int[] dims) {
		for (int d = 1; d < dims.length; d++)
			if (line[d] == 0 || line[d] == dims[d] - 1) return true;
		return false;
	}

	/** A growable stack of pixel indices. */
	private static final class IndexStack {

		private int[] items = new int[1024];
		private int size;

		void push(final int i) {
			if (size == items.length) items = Arrays.copyOf(items, size * 2);
			items[size++] = i;
		}

		int pop() {
			return items[--size];
		}

		int get(final int k) {
			return items[k];
		}

		int size() {
			return size;
		}

		boolean isEmpty() {
			return size == 0;
		}
	}
}
