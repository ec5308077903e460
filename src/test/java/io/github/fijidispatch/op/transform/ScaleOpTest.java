package io.github.fijidispatch.op.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;

import io.github.fijidispatch.op.ParameterSpec;

import org.junit.jupiter.api.Test;

/** What the docs say {@code factors} allows is what the op accepts. */
class ScaleOpTest {

	@Test
	void factorZeroIsRefusedAndTheDocsSayNotIncluded() {
		final ScaleOp op = new ScaleOp();
		final ParameterSpec factors = op.parameters().get(0);
		assertEquals("a finite number or one per axis (x,y[,z]) in (0, 1000]", factors.allowed());
		final String message = assertThrows(IllegalArgumentException.class,
			() -> op.resolve(Collections.singletonMap("factors", "0"))).getMessage();
		assertEquals("transform.scale: parameter 'factors' = \"0\" is not allowed; expected " + factors.allowed(), message);
	}
}
