package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.math.AddOp;

import org.scijava.plugin.Plugin;

/** {@code math.add} with CLIJ2's {@code addImages}, in float; see {@link AddOp}. */
@Plugin(type = OpImplementation.class)
public class Clij2Add extends Clij2PairwiseMath {

	public Clij2Add() {
		super(AddOp.ID, "addImages", (c, a, b, out) -> c.addImages(a, b, out));
	}
}
