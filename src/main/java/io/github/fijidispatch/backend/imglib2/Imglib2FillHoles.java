package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.morphology.FillHolesOp;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code morphology.fillHoles} on the CPU, in the output array itself: it
 * starts as 255 (foreground) / 1 (background not yet reached); a flood fill
 * with an explicit stack, seeded with every background pixel on the border,
 * marks the background it reaches through faces as 0; what remains 1 is a hole
 * and becomes 255. Linear time, no recursion, no temporary besides the stack.
 * See {@link FillHolesOp}.
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
		final RandomAccessibleInterval<? extends RealType<?>> input = call.hostImage(0);
		final ArrayImg<UnsignedByteType, ByteArray> out = ArrayImgs.unsignedBytes(input.dimensionsAsLongArray());
		LoopBuilder.setImages(Views.zeroMin(input), out).multiThreaded()
			.forEachPixel((in, o) -> o.setByte(in.getRealDouble() != 0 ? FOREGROUND : UNREACHED));
		final byte[] data = out.update(null).getCurrentStorageArray();
		final int[] dims = new int[input.numDimensions()];
		for (int d = 0; d < dims.length; d++)
			dims[d] = (int) input.dimension(d);
		floodFromBorder(data, dims);
		LoopBuilder.setImages(out).multiThreaded().forEachPixel(o -> {
			if (o.getByte() == UNREACHED) o.setByte(FOREGROUND);
		});
		return out;
	}

	/** Marks as {@link #REACHED} every {@link #UNREACHED} pixel face-connected to the border through such pixels. */
	private static void floodFromBorder(final byte[] data, final int[] dims) {
		final int n = dims.length;
		final int[] strides = new int[n];
		strides[0] = 1;
		for (int d = 1; d < n; d++)
			strides[d] = strides[d - 1] * dims[d - 1];
		final IndexStack stack = new IndexStack();
		final int[] position = new int[n];
		for (int i = 0; i < data.length; i++) {
			locate(i, dims, position);
			if (data[i] == UNREACHED && onBorder(position, dims)) {
				data[i] = REACHED;
				stack.push(i);
			}
		}
		while (!stack.isEmpty()) {
			final int i = stack.pop();
			locate(i, dims, position);
			for (int d = 0; d < n; d++) {
				if (position[d] > 0) visit(data, i - strides[d], stack);
				if (position[d] < dims[d] - 1) visit(data, i + strides[d], stack);
			}
		}
	}

	private static void visit(final byte[] data, final int j, final IndexStack stack) {
		if (data[j] != UNREACHED) return;
		data[j] = REACHED;
		stack.push(j);
	}

	private static void locate(final int index, final int[] dims, final int[] position) {
		int rest = index;
		for (int d = 0; d < dims.length; d++) {
			position[d] = rest % dims[d];
			rest /= dims[d];
		}
	}

	private static boolean onBorder(final int[] position, final int[] dims) {
		for (int d = 0; d < dims.length; d++)
			if (position[d] == 0 || position[d] == dims[d] - 1) return true;
		return false;
	}

	/** A growable stack of pixel indices. */
	private static final class IndexStack {

		private int[] items = new int[1024];
		private int size;

		void push(final int i) {
			if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
			items[size++] = i;
		}

		int pop() {
			return items[--size];
		}

		boolean isEmpty() {
			return size == 0;
		}
	}
}
