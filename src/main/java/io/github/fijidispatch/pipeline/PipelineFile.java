package io.github.fijidispatch.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a pipeline file (JSON):
 * <pre>
 * {"input": "raw",
 *  "steps": [
 *   {"op": "filter.gauss", "sigma": 2},
 *   {"op": "threshold.auto", "method": "otsu"},
 *   {"op": "label.components", "name": "labels"},
 *   {"op": "label.measure", "inputs": ["labels", "raw"]}]}
 * </pre>
 * {@code input} (optional, default {@value Pipeline#DEFAULT_INPUT}) names the pipeline's input image; each step has
 * an {@code op}, optionally a {@code name} for its result (default {@code stepN}) and {@code inputs} (a name or a
 * list of names, in the op's input order; default: the previous step's result, the input for step 1) and a
 * {@code backend} for every block of the step (default: the run's {@code --backend}, or auto per block); every other
 * key is a parameter of the op, with a number, string, boolean or list of numbers as value. The structure is checked
 * here (naming the file and step); the ops, parameters and references are checked by {@link PipelineValidator}.
 */
public final class PipelineFile {

	/** The keys of a step that are not op parameters. */
	public static final List<String> STEP_KEYS = Arrays.asList("op", "name", "inputs", "backend");

	/** What a name may be made of (it becomes part of a scratch file name). */
	static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private PipelineFile() {
		// NB: static holder
	}

	/**
	 * @throws PipelineException naming the file: missing, not JSON, or not shaped as above
	 */
	public static Pipeline read(final Path file) throws IOException {
		final String label = file.toString();
		final byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (final NoSuchFileException e) {
			throw PipelineException.inFile(label, "no such pipeline file");
		}
		return parse(label, bytes);
	}

	/** Parses the text of a pipeline file; {@code label} names it in messages. */
	public static Pipeline parse(final String label, final byte[] json) {
		final JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (final IOException e) {
			throw PipelineException.inFile(label, "not valid JSON (" + (e instanceof JsonProcessingException
				? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage()) + ")");
		}
		if (root == null || !root.isObject()) throw PipelineException.inFile(label, "a pipeline is a JSON object " +
			"{\"steps\": [...]}");
		for (final Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
			final String key = keys.next();
			if (!key.equals("steps") && !key.equals("input")) throw PipelineException.inFile(label, "unknown key '" + key +
				"'; a pipeline has 'steps' and optionally 'input' (the input image's name)");
		}
		final String inputName = root.has("input") ? name(label, root.get("input"), "'input'") : Pipeline.DEFAULT_INPUT;
		final JsonNode steps = root.path("steps");
		if (!steps.isArray() || steps.size() == 0) throw PipelineException.inFile(label, "'steps' must be a non-empty " +
			"list of steps, e.g. [{\"op\": \"filter.gauss\", \"sigma\": 2}]");
		final List<PipelineStep> parsed = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++)
			parsed.add(step(label, i + 1, steps.get(i)));
		return new Pipeline(label, inputName, parsed);
	}

	private static PipelineStep step(final String label, final int number, final JsonNode step) {
		if (!step.isObject()) throw PipelineException.atStep(label, number, null, "a step is an object such as " +
			"{\"op\": \"filter.gauss\", \"sigma\": 2}, not " + step);
		final JsonNode op = step.path("op");
		if (!op.isTextual() || op.asText().isEmpty()) throw PipelineException.atStep(label, number, null,
			"the step names no op (\"op\": \"filter.gauss\"; 'fiji-dispatch info' lists them)");
		final String opId = op.asText();
		final String name = step.has("name") ? name(label, number, opId, step.get("name")) : "step" + number;
		final List<String> inputs = new ArrayList<>();
		final JsonNode in = step.path("inputs");
		if (in.isTextual()) inputs.add(in.asText());
		else if (in.isArray()) for (final JsonNode n : in) {
			if (!n.isTextual()) throw PipelineException.atStep(label, number, opId, "'inputs' lists names of earlier " +
				"results or of the input, not " + n);
			inputs.add(n.asText());
		}
		else if (!in.isMissingNode()) throw PipelineException.atStep(label, number, opId, "'inputs' is a name or a list " +
			"of names, not " + in);
		final JsonNode backend = step.path("backend");
		if (!backend.isMissingNode() && !backend.isTextual()) throw PipelineException.atStep(label, number, opId,
			"'backend' is a backend id such as \"imglib2\", not " + backend);
		final Map<String, Object> parameters = new LinkedHashMap<>();
		for (final Iterator<Map.Entry<String, JsonNode>> f = step.fields(); f.hasNext();) {
			final Map.Entry<String, JsonNode> e = f.next();
			if (STEP_KEYS.contains(e.getKey())) continue;
			parameters.put(e.getKey(), value(label, number, opId, e.getKey(), e.getValue()));
		}
		return new PipelineStep(number, opId, name, backend.isTextual() ? backend.asText() : null, inputs,
			parameters);
	}

	private static Object value(final String label, final int number, final String op, final String key,
		final JsonNode v)
	{
		if (v.isNumber()) return v.isIntegralNumber() ? (Object) v.asLong() : (Object) v.asDouble();
		if (v.isTextual()) return v.asText();
		if (v.isBoolean()) return v.asBoolean();
		if (v.isArray()) {
			final List<Object> list = new ArrayList<>();
			for (final JsonNode n : v) {
				if (!n.isNumber()) throw PipelineException.atStep(label, number, op, "parameter '" + key + "': a list " +
					"holds numbers (one per axis), not " + n);
				list.add(n.asDouble());
			}
			return list;
		}
		throw PipelineException.atStep(label, number, op, "parameter '" + key + "' = " + v + ": a value is a number, " +
			"a string, true/false or a list of numbers");
	}

	private static String name(final String label, final JsonNode v, final String what) {
		if (!v.isTextual() || !NAME.matcher(v.asText()).matches()) throw PipelineException.inFile(label, what + " " + v +
			" is not a name: a letter, then letters, digits, '_', '.' or '-' (at most 64)");
		return v.asText();
	}

	private static String name(final String label, final int number, final String op, final JsonNode v) {
		if (!v.isTextual() || !NAME.matcher(v.asText()).matches()) throw PipelineException.atStep(label, number, op,
			"'name' " + v + " is not a name: a letter, then letters, digits, '_', '.' or '-' (at most 64)");
		return v.asText();
	}
}
