package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.op.math.AddScalarOp;
import io.github.fijidispatch.op.morphology.FillHolesOp;
import io.github.fijidispatch.testing.ScijavaContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ImageJ 1 route takes a renamed op's former id too: {@code Ij1Command}'s
 * argument (what plugins.config and a macro's {@code runPlugIn} give) and the
 * command lookup by op id find the op's command and warn once; menu labels
 * are unchanged.
 */
class DeprecatedOpCommandsTest {

	@RegisterExtension
	final ScijavaContext context = ScijavaContext.perTest(DispatchCommandService.class);

	@Test
	void formerIdsFindTheRenamedOpsCommandAndWarnOnce() {
		final DispatchCommandService commands = context.service(DispatchCommandService.class);
		final OpModuleInfo current = commands.opCommand(AddScalarOp.ID);
		assertEquals("dispatch:math.add_scalar", current.getIdentifier());
		assertEquals("Add Value (Dispatch)", DispatchMenus.commandLabel(current.op()), "menu labels are unchanged");
		assertTrue(context.warnings().isEmpty(), context.warnings().toString());
		assertSame(current, commands.opCommand("math.addScalar"));
		// NB: identifiers were lowercased before ids were: dispatch:math.addscalar is what an older plugins.config names.
		assertSame(current, Ij1Command.find(commands, "dispatch:math.addscalar"));
		assertSame(commands.opCommand(FillHolesOp.ID), Ij1Command.find(commands, "dispatch:morphology.fillholes"));
		assertEquals(java.util.Arrays.asList("[dispatch] math.addScalar is deprecated; use math.add_scalar",
			"[dispatch] morphology.fillHoles is deprecated; use morphology.fill_holes"), context.warnings());
		assertNull(Ij1Command.find(commands, "dispatch:math.nothing"));
	}
}
