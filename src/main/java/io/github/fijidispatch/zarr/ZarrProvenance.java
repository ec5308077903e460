package io.github.fijidispatch.zarr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What made an output array, stored in its {@code .zattrs} under
 * {@code fiji-dispatch/provenance}: the op, its resolved parameters, the
 * number of blocks each backend ran, and the software version. The block
 * engine builds one and hands it to {@link OmeZarrWriter#complete(ZarrProvenance)}.
 */
public final class ZarrProvenance {

	private final String op;
	private final Map<String, Object> parameters;
	private final Map<String, Long> blocksByBackend;
	private final String software;

	/**
	 * @param op the op id, e.g. {@code filter.gauss}, or {@code convert} for a plain copy
	 * @param parameters the resolved parameters, by name (JSON values: numbers, strings, booleans, lists)
	 * @param blocksByBackend how many blocks each backend id ran
	 * @param software the suite's name and version
	 */
	public ZarrProvenance(final String op, final Map<String, ?> parameters, final Map<String, Long> blocksByBackend,
		final String software)
	{
		this.op = op;
		this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		this.blocksByBackend = Collections.unmodifiableMap(new TreeMap<>(blocksByBackend));
		this.software = software;
	}

	public String op() {
		return op;
	}

	public Map<String, Object> parameters() {
		return parameters;
	}

	public Map<String, Long> blocksByBackend() {
		return blocksByBackend;
	}

	public String software() {
		return software;
	}

	Map<String, Object> json() {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("op", op);
		m.put("parameters", parameters);
		m.put("backends", blocksByBackend);
		m.put("software", software);
		return m;
	}

	@Override
	public String toString() {
		return json().toString();
	}
}
