package io.github.fijidispatch.op.math;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PointOp;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code math.abs}: the absolute value of every pixel.
 * <p>
 * Contract: the output has the input's size and kind; unsigned kinds are
 * returned unchanged; for int8/int16/int32 the one value without a positive
 * counterpart saturates (int8 −128 gives 127). Tolerance: exact.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class AbsOp extends AbstractOp implements PointOp {

	public static final String ID = "math.abs";

	public AbsOp() {
		super(ID, "Absolute Value", "Math", "Replaces every pixel by its absolute value.", oneImage());
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.EXACT;
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}
}
