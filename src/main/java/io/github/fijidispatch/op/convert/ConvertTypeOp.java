package io.github.fijidispatch.op.convert;

import io.github.fijidispatch.op.BlockPlan;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code convert.type}: converts to another pixel kind.
 * <p>
 * Contract, as ImageJ 1's conversions with "Scale when converting":
 * </p>
 * <ul>
 * <li>{@code scale = true} and a narrowing conversion (an integer target whose
 * range does not hold every value of the source kind: float → uint8/uint16,
 * uint16 → uint8, ...): the image's own finite [min, max] maps linearly onto
 * [0, target max], {@code out = round((v − min) · R / (max − min))} rounded
 * half up, {@code R} = 255 or 65535; a constant image gives 0; NaN gives 0,
 * −Inf 0 and +Inf {@code R}.</li>
 * <li>otherwise (scale off, or a widening conversion such as uint8 → uint16
 * or anything → float32, which ImageJ never scales): values kept, rounded
 * half up and saturated to the target range (NaN gives 0).</li>
 * </ul>
 * <p>
 * Output: the input's size in the target kind. Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32
 * ulps of the largest magnitude), integer |Δ| ≤ 1. (The integer bound also covers ImageJ's own 16 → 8-bit
 * scaling, which uses 256 / (max − min + 1).)
 * </p>
 * <p>
 * Non-finite pixels: to an integer type NaN gives 0 and ±Inf saturate,
 * scale=true maps the finite [min, max], float32 keeps every value, and an
 * all-NaN image gives 0 (NaN as float32).
 * </p>
 * <p>
 * Internal (no part of the contract above; given by the block engine only):
 * {@value #RANGE_MIN} and {@value #RANGE_MAX}, together, are the finite
 * [min, max] a scaling conversion maps instead of the image's own (the whole
 * image's, for a block of it); a call without scaling ignores them.
 * </p>
 */
@Plugin(type = Op.class)
public class ConvertTypeOp extends AbstractOp {

	public static final String ID = "convert.type";
	/** Internal: the finite minimum a scaling conversion maps to 0, instead of the image's own. */
	public static final String RANGE_MIN = "rangeMin";
	/** Internal: the finite maximum a scaling conversion maps to the target's top, instead of the image's own. */
	public static final String RANGE_MAX = "rangeMax";

	public ConvertTypeOp() {
		super(ID, "Convert Type", "Convert", "Converts the pixel type, optionally scaling [min, max] to the target range.",
			oneImage(),
			ParameterSpec.choice("target", "uint8", "uint16", "float32").defaultValue("float32")
				.description("the pixel type of the result").build(),
			ParameterSpec.flag("scale").defaultValue(true)
				.description("narrowing conversions map [min, max] of the image onto the target range").build(),
			ParameterSpec.real(RANGE_MIN).internal()
				.description("internal: the minimum a scaling conversion maps, instead of the image's own").build(),
			ParameterSpec.real(RANGE_MAX).internal()
				.description("internal: the maximum a scaling conversion maps, instead of the image's own").build());
	}

	/**
	 * The {min, max} a scaling conversion maps when the call gives them (the internal parameters), else
	 * {@code null}: the image's own finite range.
	 */
	public static double[] givenRange(final Parameters params) {
		return params.has(RANGE_MIN) ? new double[] { params.real(RANGE_MIN), params.real(RANGE_MAX) } : null;
	}

	@Override
	protected void checkCall(final List<ImageInfo> inputs, final Parameters params) {
		if (params.has(RANGE_MIN) != params.has(RANGE_MAX)) throw new IllegalArgumentException(id() +
			": the internal parameters '" + RANGE_MIN + "' and '" + RANGE_MAX + "' go together; give both or neither");
		if (params.has(RANGE_MIN) && params.real(RANGE_MIN) > params.real(RANGE_MAX))
			throw new IllegalArgumentException(id() + ": internal parameters '" + RANGE_MIN + "' = " + ParameterSpec.toText(
				params.get(RANGE_MIN)) + " and '" + RANGE_MAX + "' = " + ParameterSpec.toText(params.get(RANGE_MAX)) +
				" are not a range; allowed: min ≤ max");
	}

	/** The target kind of a call. */
	public static PixelKind target(final Parameters params) {
		return PixelKind.byId(params.choice("target"));
	}

	/** Whether converting {@code source} to {@code target} with {@code scale} on maps [min, max] onto the target. */
	public static boolean scales(final PixelKind source, final PixelKind target, final boolean scale) {
		if (!scale || !target.isInteger()) return false;
		final RealType<?> s = source.createType();
		final RealType<?> t = target.createType();
		return !source.isInteger() || s.getMinValue() < t.getMinValue() || s.getMaxValue() > t.getMaxValue();
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return inputs.get(0).withKind(target(params));
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.conversion();
	}

	/** In place: yes, a conversion within a kind (target = the input's kind) can run in place. */
	@Override
	public boolean allowsInPlace() {
		return true;
	}

	/**
	 * Point-wise, unless the conversion scales the whole image's [min, max]: then that range merged from the blocks,
	 * and each block converted with it.
	 */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return scales(image.kind(), target(params), params.flag("scale")) && givenRange(params) == null ? BlockPlan
			.global(BlockPlan.Kind.GLOBAL_RANGE) : BlockPlan.pointwise(image.numDimensions());
	}
}
