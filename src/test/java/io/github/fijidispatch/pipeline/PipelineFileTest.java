package io.github.fijidispatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The pipeline file's structure: steps, names (given and default), inputs, backends, parameters; bad shapes refused naming the file and step. */
class PipelineFileTest {

	@Test
	void stepsNamesInputsAndParametersAreRead() {
		final Pipeline p = parse("{\"input\": \"raw\", \"steps\": [{\"op\": \"filter.gauss\", \"sigma\": [2, 2, 1]}," +
			"{\"op\": \"threshold.auto\", \"method\": \"Otsu\", \"name\": \"mask\", \"backend\": \"imglib2\"}," +
			"{\"op\": \"label.measure\", \"inputs\": [\"mask\", \"raw\"]}, {\"op\": \"math.add_scalar\", \"inputs\": \"raw\"," +
			"\"value\": 1, \"flag\": true}]}");
		assertEquals("raw", p.inputName());
		assertEquals(4, p.steps().size());
		final PipelineStep first = p.steps().get(0);
		assertEquals("step1", first.name(), "the default name");
		assertTrue(first.inputs().isEmpty(), "the previous result by default");
		assertEquals(Arrays.asList(2.0, 2.0, 1.0), first.parameters().get("sigma"));
		assertNull(first.backend());
		assertEquals("mask", p.steps().get(1).name());
		assertEquals("imglib2", p.steps().get(1).backend());
		assertEquals("Otsu", p.steps().get(1).parameters().get("method"));
		assertEquals(Arrays.asList("mask", "raw"), p.steps().get(2).inputs());
		assertEquals(Arrays.asList("raw"), p.steps().get(3).inputs());
		assertEquals(1L, p.steps().get(3).parameters().get("value"));
		assertEquals(true, p.steps().get(3).parameters().get("flag"));
		assertEquals(2, p.steps().get(3).parameters().size(), "op, name, inputs and backend are not parameters");
	}

	@Test
	void badShapesAreRefusedNamingTheFileAndStep() {
		refused("[1, 2]", "f.json: a pipeline is a JSON object");
		refused("{\"steps\": []}", "f.json: 'steps' must be a non-empty list");
		refused("{\"steps\": [{\"op\": \"filter.gauss\"}], \"output\": \"x\"}", "f.json: unknown key 'output'");
		refused("{\"steps\": [{\"op\": \"filter.gauss\"}, {\"sigma\": 2}]}", "f.json, step 2: the step names no op");
		refused("{\"steps\": [{\"op\": \"filter.gauss\", \"name\": \"../up\"}]}", "f.json, step 1 (filter.gauss): 'name'");
		refused("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": [1, \"a\"]}]}",
			"f.json, step 1 (filter.gauss): parameter 'sigma': a list holds numbers");
		refused("{\"steps\": [{\"op\": \"filter.gauss\", \"sigma\": {\"x\": 1}}]}",
			"f.json, step 1 (filter.gauss): parameter 'sigma' = {\"x\":1}");
		refused("{\"steps\": [{\"op\": \"math.add\", \"inputs\": [1, 2]}]}", "f.json, step 1 (math.add): 'inputs' lists names");
		refused("{\"input\": 3, \"steps\": [{\"op\": \"filter.gauss\"}]}", "f.json: 'input' 3 is not a name");
	}

	private static Pipeline parse(final String json) {
		return PipelineFile.parse("f.json", json.getBytes(StandardCharsets.UTF_8));
	}

	private static void refused(final String json, final String expected) {
		final PipelineException e = assertThrows(PipelineException.class, () -> parse(json));
		assertTrue(e.getMessage().startsWith(expected), "'" + expected + "' in: " + e.getMessage());
	}
}
