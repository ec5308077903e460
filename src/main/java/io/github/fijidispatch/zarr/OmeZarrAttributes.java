package io.github.fijidispatch.zarr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The group {@code .zattrs} the suite writes: OME-Zarr 0.4 {@code multiscales}
 * (one level, dataset {@code "0"}, its axes and {@code scale}) and the suite's
 * own entry {@code fiji-dispatch}: {@code complete} (the completion marker,
 * true only once every chunk is written) and the provenance.
 */
final class OmeZarrAttributes {

	/** The file. */
	static final String FILE = ".zattrs";
	/** The suite's entry in it. */
	static final String SUITE = "fiji-dispatch";
	/** The completion marker inside {@link #SUITE}. */
	static final String COMPLETE = "complete";
	/** The one dataset the suite writes: level 0, full resolution. */
	static final String LEVEL0 = "0";

	private OmeZarrAttributes() {
		// NB: static holder
	}

	static Map<String, Object> json(final String name, final List<OmeAxis> axes, final boolean complete,
		final ZarrProvenance provenance)
	{
		final List<Object> fileAxes = new ArrayList<>();
		final List<Double> scale = new ArrayList<>();
		for (final OmeAxis a : axes) {
			fileAxes.add(a.json());
			scale.add(a.scale());
		}
		// NB: the file lists axes slowest first (t, c, z, y, x); ImgLib2's order is the reverse.
		Collections.reverse(fileAxes);
		Collections.reverse(scale);
		final Map<String, Object> transform = new LinkedHashMap<>();
		transform.put("type", "scale");
		transform.put("scale", scale);
		final Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("path", LEVEL0);
		dataset.put("coordinateTransformations", Collections.singletonList(transform));
		final Map<String, Object> multiscale = new LinkedHashMap<>();
		multiscale.put("version", "0.4");
		multiscale.put("name", name);
		multiscale.put("axes", fileAxes);
		multiscale.put("datasets", Collections.singletonList(dataset));
		final Map<String, Object> suite = new LinkedHashMap<>();
		suite.put(COMPLETE, complete);
		if (provenance != null) suite.put("provenance", provenance.json());
		final Map<String, Object> attrs = new LinkedHashMap<>();
		attrs.put("multiscales", Collections.singletonList(multiscale));
		attrs.put(SUITE, suite);
		return attrs;
	}
}
