package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.conformance.ConformanceCase;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;

/**
 * One conformance case as the oracles see it: the inputs as flat arrays, the
 * resolved parameters and the output the op declares (size and kind, from
 * the op definition, never from a backend).
 */
final class OracleCall {

	final List<FlatImage> inputs = new ArrayList<>();
	final Parameters params;
	final ImageInfo output;

	OracleCall(final ConformanceCase c) {
		final List<ImageInfo> infos = new ArrayList<>();
		for (final RandomAccessibleInterval<? extends net.imglib2.type.numeric.RealType<?>> in : c.inputs()) {
			inputs.add(FlatImage.of(in));
			infos.add(HostImages.describe(in));
		}
		params = c.op().resolve(c.params());
		output = c.op().outputInfo(infos, params);
	}

	FlatImage input(final int i) {
		return inputs.get(i);
	}

	/** A zero image of the declared output size and kind. */
	FlatImage newOutput() {
		final int[] dims = new int[output.numDimensions()];
		for (int d = 0; d < dims.length; d++)
			dims[d] = (int) output.dimension(d);
		return FlatImage.zeros(dims, output.kind());
	}

	PixelKind outputKind() {
		return output.kind();
	}
}
