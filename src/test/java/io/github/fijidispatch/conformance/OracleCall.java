package io.github.fijidispatch.conformance;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.NeighbourhoodParameters;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * One conformance case as the oracles see it: the inputs as grids with their
 * pixel kinds, the resolved parameters and the output the op declares (size
 * and kind, from the op definition, never from a backend).
 */
final class OracleCall {

	private final List<Grid> inputs = new ArrayList<>();
	private final List<PixelKind> inputKinds = new ArrayList<>();
	final Parameters params;
	final ImageInfo output;

	OracleCall(final ConformanceCase c) {
		final List<ImageInfo> infos = new ArrayList<>();
		for (final RandomAccessibleInterval<? extends RealType<?>> in : c.inputs()) {
			final ImageInfo info = HostImages.describe(in);
			inputs.add(Grid.of(in));
			inputKinds.add(info.kind());
			infos.add(info);
		}
		params = c.op().resolve(c.params());
		output = c.op().outputInfo(infos, params);
	}

	Grid input(final int i) {
		return inputs.get(i);
	}

	PixelKind inputKind(final int i) {
		return inputKinds.get(i);
	}

	/** A per-axis real parameter, one value per axis of the first input. */
	double[] reals(final String name) {
		return params.reals(name, input(0).numDimensions());
	}

	/** The neighbourhood of the radius and shape parameters. */
	WindowOracle window() {
		return new WindowOracle(params.integers(NeighbourhoodParameters.RADIUS, input(0).numDimensions()),
			NeighbourhoodParameters.SPHERE.equals(params.choice(NeighbourhoodParameters.SHAPE)));
	}
}
