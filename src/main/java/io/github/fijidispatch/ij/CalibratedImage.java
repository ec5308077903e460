package io.github.fijidispatch.ij;

import java.util.List;

import io.github.fijidispatch.zarr.OmeAxis;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

/** An image read from a file with its calibration: one axis per dimension, x first (pixel size and unit). */
public final class CalibratedImage {

	private final Img<? extends RealType<?>> image;
	private final List<OmeAxis> axes;

	public CalibratedImage(final Img<? extends RealType<?>> image, final List<OmeAxis> axes) {
		this.image = image;
		this.axes = axes;
	}

	public Img<? extends RealType<?>> image() {
		return image;
	}

	/** One per dimension, x first. */
	public List<OmeAxis> axes() {
		return axes;
	}
}
