package io.github.fijidispatch.fiji;

import java.util.List;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.ParameterSpec;
import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.MenuPath;
import org.scijava.module.DefaultMutableModuleInfo;
import org.scijava.module.DefaultMutableModuleItem;
import org.scijava.module.Module;

/**
 * The SciJava command of one op, derived from its declaration: menu
 * {@code Plugins > Dispatch > <category> > <label> (Dispatch)}, one
 * {@link ImagePlus} input per image input, one input per
 * {@link ParameterSpec} (default, range, choices, description), a
 * {@code backend} choice, and an output {@code result} (ImagePlus) or
 * {@code table} ({@link ResultsTable}). Input names are the parameter names,
 * so macro options read {@code sigma=2 backend=clij2}.
 * <p>
 * Item types: a real is a {@code Double}, an integer an {@code Integer}, a
 * per-axis value {@code String} text ({@code 2} or {@code 2,2,1}), a choice a
 * {@code String} with choices, a flag a {@code Boolean}.
 * </p>
 */
public class OpModuleInfo extends DefaultMutableModuleInfo {

	/** Output name for image results. */
	public static final String RESULT = "result";
	/** Output name for table results. */
	public static final String TABLE = "table";

	private final Op op;
	private final ImagePlusCall call;
	private final Statuses statuses;

	public OpModuleInfo(final Op op, final List<String> backendChoices, final ImagePlusCall call, final Statuses statuses) {
		this.op = op;
		this.call = call;
		this.statuses = statuses;
		setModuleClass(OpModule.class);
		setName(op.id());
		setLabel(DispatchMenus.commandLabel(op));
		setDescription(op.description());
		setMenuPath(new MenuPath(DispatchMenus.menuPath(op)));
		for (final String name : op.inputNames()) {
			final DefaultMutableModuleItem<ImagePlus> item = new DefaultMutableModuleItem<>(this, name, ImagePlus.class);
			item.setDescription("image input '" + name + "'");
			addInput(item);
		}
		for (final ParameterSpec spec : op.parameters())
			addInput(item(spec));
		final DefaultMutableModuleItem<String> backend = new DefaultMutableModuleItem<>(this, BackendChoice.NAME, String.class);
		backend.setChoices(backendChoices);
		backend.setDefaultValue(BackendChoice.AUTO);
		backend.setPersisted(false);
		backend.setDescription("auto lets dispatch decide; a backend id runs there or fails");
		addInput(backend);
		if (op.outputKind() == OutputKind.TABLE) {
			final DefaultMutableModuleItem<ResultsTable> out = new DefaultMutableModuleItem<>(this, TABLE, ResultsTable.class);
			out.setIOType(ItemIO.OUTPUT);
			addOutput(out);
		}
		else {
			final DefaultMutableModuleItem<ImagePlus> out = new DefaultMutableModuleItem<>(this, RESULT, ImagePlus.class);
			out.setIOType(ItemIO.OUTPUT);
			addOutput(out);
		}
	}

	public Op op() {
		return op;
	}

	ImagePlusCall call() {
		return call;
	}

	Statuses statuses() {
		return statuses;
	}

	// -- ModuleInfo methods --

	@Override
	public String getIdentifier() {
		return DispatchMenus.identifier(op.id());
	}

	@Override
	public Module createModule() {
		return new OpModule(this);
	}

	@Override
	public boolean canRunHeadless() {
		return true;
	}

	// -- Helper methods --

	private DefaultMutableModuleItem<?> item(final ParameterSpec spec) {
		final DefaultMutableModuleItem<?> item;
		switch (spec.kind()) {
			case BOOLEAN: {
				final DefaultMutableModuleItem<Boolean> b = new DefaultMutableModuleItem<>(this, spec.name(), Boolean.class);
				if (spec.defaultValue() != null) b.setDefaultValue((Boolean) spec.defaultValue());
				item = b;
				break;
			}
			case CHOICE: {
				final DefaultMutableModuleItem<String> c = new DefaultMutableModuleItem<>(this, spec.name(), String.class);
				c.setChoices(spec.choices());
				if (spec.defaultValue() != null) c.setDefaultValue((String) spec.defaultValue());
				item = c;
				break;
			}
			default:
				item = spec.isPerAxis() ? perAxis(spec) : spec.kind() == ParameterSpec.Kind.REAL ? real(spec) : integer(spec);
		}
		item.setLabel(spec.name() + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")"));
		item.setDescription(spec.description() + " — " + spec.allowed());
		item.setRequired(spec.isRequired());
		item.setPersisted(false);
		return item;
	}

	private DefaultMutableModuleItem<String> perAxis(final ParameterSpec spec) {
		final DefaultMutableModuleItem<String> s = new DefaultMutableModuleItem<>(this, spec.name(), String.class);
		if (spec.defaultValue() != null) s.setDefaultValue(ParameterSpec.toText(spec.defaultValue()));
		return s;
	}

	private DefaultMutableModuleItem<Double> real(final ParameterSpec spec) {
		final DefaultMutableModuleItem<Double> d = new DefaultMutableModuleItem<>(this, spec.name(), Double.class);
		if (spec.defaultValue() != null) d.setDefaultValue((Double) spec.defaultValue());
		if (spec.min() > -Double.MAX_VALUE) d.setMinimumValue(spec.min());
		if (spec.max() < Double.MAX_VALUE) d.setMaximumValue(spec.max());
		return d;
	}

	private DefaultMutableModuleItem<Integer> integer(final ParameterSpec spec) {
		final DefaultMutableModuleItem<Integer> i = new DefaultMutableModuleItem<>(this, spec.name(), Integer.class);
		if (spec.defaultValue() != null) i.setDefaultValue((Integer) spec.defaultValue());
		if (spec.min() > Integer.MIN_VALUE) i.setMinimumValue((int) Math.max(spec.min(), Integer.MIN_VALUE));
		if (spec.max() < Integer.MAX_VALUE) i.setMaximumValue((int) Math.min(spec.max(), Integer.MAX_VALUE));
		return i;
	}
}
