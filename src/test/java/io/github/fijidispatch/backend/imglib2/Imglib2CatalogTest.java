package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.testing.ScijavaContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class Imglib2CatalogTest {

	private static final String[] IDS = { "threshold.auto", "threshold.value", "label.components", "label.measure",
		"math.add", "math.subtract", "math.multiply", "math.divide", "math.add_scalar", "math.multiply_scalar", "math.abs",
		"project.max", "project.min", "project.mean", "project.sum", "transform.scale", "transform.flip",
		"transform.rotate90", "transform.crop", "convert.type", "measure.stats", "metrics.mse", "metrics.psnr" };

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@Test
	void everyCatalogOpIsDeclaredAndHasAReferenceImplementation() {
		for (final String id : IDS) {
			final Op op = context.dispatch().opDefinition(id);
			assertEquals(id, op.id());
			assertNotNull(context.dispatch().implementation(id, Imglib2Backend.ID), id);
			final boolean table = id.startsWith("measure.") || id.startsWith("metrics.") || id.equals("label.measure");
			assertEquals(table ? OutputKind.TABLE : OutputKind.IMAGE, op.outputKind(), id);
		}
	}
}
