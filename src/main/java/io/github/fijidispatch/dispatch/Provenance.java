package io.github.fijidispatch.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.op.ParameterSpec;

/**
 * Where a result came from: the op, its resolved parameters, the backend and
 * device that ran it, whether it fell back (and from what), and the suite's
 * version. As text it is one {@code DispatchKey = value} line per fact, the
 * shape of ImageJ's {@code Info} property (Image › Show Info, saved into
 * TIFFs), which a macro reads back with {@code getInfo("DispatchBackend")}
 * (NB: ImageJ treats keys with a dot as its own, hence no dot);
 * {@link #toMap()} gives the same facts for JSON.
 */
public final class Provenance {

	/** The prefix of every key this class writes. */
	public static final String PREFIX = "Dispatch";

	private static final String VERSION = readVersion();

	private final Map<String, String> facts;

	private Provenance(final Map<String, String> facts) {
		this.facts = facts;
	}

	/** The provenance of the call a record describes, with the parameters as the op resolved them. */
	public static Provenance of(final CallRecord record, final Map<String, ?> parameters, final DispatchService dispatch) {
		final Map<String, String> f = new LinkedHashMap<>();
		f.put("op", record.opId());
		final List<String> params = new ArrayList<>();
		for (final Map.Entry<String, ?> e : parameters.entrySet())
			params.add(e.getKey() + "=" + ParameterSpec.toText(e.getValue()));
		f.put("parameters", String.join(" ", params));
		f.put("backend", record.backendId());
		f.put("device", device(dispatch.backend(record.backendId())));
		final List<String> failed = new ArrayList<>();
		for (final Attempt a : record.attempts())
			if (!a.succeeded()) failed.add(a.backendId() + " (" + a.failure() + ")");
		f.put("fallback", failed.isEmpty() ? "no" : "yes, after " + String.join("; ", failed));
		f.put("version", VERSION);
		return new Provenance(f);
	}

	/** The facts by key (without the prefix), in a fixed order. */
	public Map<String, String> toMap() {
		return Collections.unmodifiableMap(facts);
	}

	/** One {@code DispatchKey = value} line per fact, e.g. {@code DispatchBackend = imglib2}. */
	public String toText() {
		final StringBuilder sb = new StringBuilder();
		for (final Map.Entry<String, String> e : facts.entrySet())
			sb.append(infoKey(e.getKey())).append(" = ").append(oneLine(e.getValue())).append('\n');
		return sb.toString();
	}

	/** The Info key of a fact, e.g. {@code backend} → {@code DispatchBackend}. */
	public static String infoKey(final String fact) {
		return PREFIX + Character.toUpperCase(fact.charAt(0)) + fact.substring(1);
	}

	/**
	 * The Info text of a result: this provenance first, then the input's Info
	 * (so a chain of steps reads newest first), or this alone.
	 */
	public String prependTo(final String inputInfo) {
		return inputInfo == null || inputInfo.trim().isEmpty() ? toText() : toText() + inputInfo;
	}

	/** The suite's version, from the build. */
	public static String version() {
		return VERSION;
	}

	private static String device(final Backend backend) {
		if (backend == null) return "";
		final StringBuilder sb = new StringBuilder(backend.deviceKind().toString());
		for (final Map.Entry<String, String> e : backend.deviceInfo().entrySet())
			sb.append("; ").append(e.getKey()).append(": ").append(e.getValue());
		return sb.toString();
	}

	private static String oneLine(final String s) {
		return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
	}

	private static String readVersion() {
		try (InputStream in = Provenance.class.getResourceAsStream("/io/github/fijidispatch/version.properties")) {
			if (in == null) return "unknown (no version.properties)";
			final Properties p = new Properties();
			p.load(in);
			return p.getProperty("version", "unknown");
		}
		catch (final IOException e) {
			return "unknown (" + e.getMessage() + ")";
		}
	}
}
