package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.math.AddScalarOp;
import io.github.fijidispatch.op.morphology.FillHolesOp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;

/**
 * The ImageJ 1 route takes a renamed op's former id too: {@code Ij1Command}'s
 * argument (what plugins.config and a macro's {@code runPlugIn} give) and the
 * command lookup by op id find the op's command and warn once; menu labels
 * are unchanged.
 */
class DeprecatedOpCommandsTest {

	private Context context;
	private DispatchCommandService commands;
	private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void start() {
		context = new Context(DispatchCommandService.class);
		commands = context.service(DispatchCommandService.class);
		context.service(LogService.class).addLogListener(m -> {
			if (m.level() == LogLevel.WARN) warnings.add(m.text());
		});
	}

	@AfterEach
	void stop() {
		context.dispose();
	}

	@Test
	void formerIdsFindTheRenamedOpsCommandAndWarnOnce() {
		final OpModuleInfo current = commands.opCommand(AddScalarOp.ID);
		assertEquals("dispatch:math.add_scalar", current.getIdentifier());
		assertEquals("Add Value (Dispatch)", DispatchMenus.commandLabel(current.op()), "menu labels are unchanged");
		assertTrue(warnings.isEmpty(), warnings.toString());
		assertSame(current, commands.opCommand("math.addScalar"));
		// NB: identifiers were lowercased before ids were: dispatch:math.addscalar is what an older plugins.config names.
		assertSame(current, Ij1Command.find(commands, "dispatch:math.addscalar"));
		assertSame(commands.opCommand(FillHolesOp.ID), Ij1Command.find(commands, "dispatch:morphology.fillholes"));
		assertEquals(java.util.Arrays.asList("[dispatch] math.addScalar is deprecated; use math.add_scalar",
			"[dispatch] morphology.fillHoles is deprecated; use morphology.fill_holes"), warnings);
		assertNull(Ij1Command.find(commands, "dispatch:math.nothing"));
	}
}
