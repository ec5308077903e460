package io.github.fijidispatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.dispatch.DispatchService;

import org.junit.jupiter.api.Test;
import org.scijava.Context;

/** The output-mode cells on a tiny image: the five columns in order, each measured, and their table (structure, never times). */
class OutputModeBenchTest {

	@Test
	void theProbesAndTheThreeModesAreMeasuredAndTabulated() {
		final Context context = new Context(DispatchService.class);
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			final BenchCase c = new BenchCatalog().get("math.add_scalar");
			final BenchSize size = new BenchSize(64, 48);
			final List<OutputModeBench.Cell> cells = new OutputModeBench(dispatch).run(c, size, Backends.REFERENCE, 3);
			final List<String> columns = new ArrayList<>();
			for (final OutputModeBench.Cell cell : cells) {
				columns.add(cell.column);
				assertTrue(cell.medianMillis > 0 && cell.gigabytesPerSecond > 0, cell.column);
				assertTrue(cell.cpuMillis > 0 && cell.cpuGigabytesPerSecond > 0 && cell.cpuMillis < 1e4, cell.column);
			}
			assertEquals(Arrays.asList(OutputModeBench.PROBE, OutputModeBench.LOOP_PROBE, "function", "into", "inPlace"), columns);
			final String table = OutputModeBench.markdown(c, size, Backends.REFERENCE, cells);
			assertTrue(table.startsWith("output modes: math.add_scalar value=5, 64x48 float32 on imglib2"), table);
			assertEquals(2 + 2 + cells.size(), table.split("\n").length, table);
			assertTrue(table.contains("| 1-thread CPU ms | GB/s | share |\n"), table);
		}
		finally {
			context.dispose();
		}
	}
}
