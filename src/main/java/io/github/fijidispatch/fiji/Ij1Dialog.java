package io.github.fijidispatch.fiji;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.Flags;
import ij.IJ;
import ij.Macro;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;

import org.scijava.ItemVisibility;
import org.scijava.module.Module;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;

/**
 * An ImageJ 1 dialog built from a module's inputs, opening with the module's
 * current values (or the declared defaults): numbers, text, choices and
 * checkboxes keyed by the input names (so macro options read
 * {@code sigma=2 backend=auto}), images as the current image (one image
 * input) or a choice of open images by title (several). In a macro the
 * dialog is not shown and reads the macro options; with the Recorder on it
 * records every value. Inputs of other types (services) are left to the
 * module's pre-processors.
 */
final class Ij1Dialog {

	private final ModuleInfo info;
	private final Module module;

	/** @param module an initialised module of {@code info}: its current values are the dialog's defaults */
	Ij1Dialog(final ModuleInfo info, final Module module) {
		this.info = info;
		this.module = module;
	}

	/** The chosen values by input name, or {@code null} when cancelled or no image is open. */
	Map<String, Object> ask() {
		final List<ModuleItem<?>> images = new ArrayList<>();
		final List<ModuleItem<?>> fields = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs()) {
			if (item.getVisibility() == ItemVisibility.MESSAGE) continue;
			if (ImagePlus.class.equals(item.getType())) images.add(item);
			else if (isField(item.getType())) fields.add(item);
		}
		return ask(images, fields);
	}

	/**
	 * An op command's parameter form alone (no images, no {@code backend} field), for a command that runs the op
	 * on images it reads itself ({@link NamesAnOp}): the chosen values by parameter name, or {@code null} when
	 * cancelled; an op without parameters asks nothing.
	 */
	Map<String, Object> askParameters() {
		final List<ModuleItem<?>> fields = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs())
			if (item.getVisibility() != ItemVisibility.MESSAGE && isField(item.getType()) && !BackendChoice.NAME.equals(item
				.getName())) fields.add(item);
		return ask(new ArrayList<ModuleItem<?>>(), fields);
	}

	private Map<String, Object> ask(final List<ModuleItem<?>> images, final List<ModuleItem<?>> fields) {
		final Map<String, Object> values = new LinkedHashMap<>();
		final String[] titles = imageTitles(images.size());
		if (images.size() == 1) {
			final ImagePlus current = WindowManager.getCurrentImage();
			if (current == null) {
				IJ.noImage();
				return null;
			}
			values.put(images.get(0).getName(), current);
		}
		if (images.isEmpty() && fields.isEmpty()) return values;
		final GenericDialog gd = new GenericDialog(Ij1Command.label(info));
		if (images.size() > 1) for (int i = 0; i < images.size(); i++)
			gd.addChoice(images.get(i).getName(), titles, titles[Math.min(i, titles.length - 1)]);
		for (final ModuleItem<?> item : fields)
			addField(gd, item);
		gd.showDialog();
		if (gd.wasCanceled()) return null;
		if (images.size() > 1) for (final ModuleItem<?> item : images)
			values.put(item.getName(), openImage(item.getName(), gd.getNextChoice(), titles));
		for (final ModuleItem<?> item : fields)
			values.put(item.getName(), read(gd, item));
		return values;
	}

	/**
	 * The open image titled {@code title}, chosen for the input {@code name}. NB: in a macro, ImageJ's
	 * {@code getNextChoice} returns the options' text as it is, even a title no image has; SciJava then said only that
	 * the input "is required but unset".
	 *
	 * @throws IllegalArgumentException naming the title, the input and the open images
	 */
	private static ImagePlus openImage(final String name, final String title, final String[] titles) {
		final ImagePlus imp = WindowManager.getImage(title);
		if (imp == null) throw new IllegalArgumentException("no open image is titled '" + title + "' (for '" + name +
			"'); open images: " + String.join(", ", titles));
		return imp;
	}

	private static String[] imageTitles(final int needed) {
		if (needed < 2) return new String[0];
		final String[] titles = WindowManager.getImageTitles();
		if (titles.length == 0) throw new IllegalArgumentException("no image is open; this command needs " + needed);
		return titles;
	}

	private static boolean isField(final Class<?> type) {
		return type == String.class || type == Boolean.class || type == boolean.class || isNumber(type);
	}

	private static boolean isNumber(final Class<?> type) {
		return type == Double.class || type == double.class || type == Float.class || type == float.class ||
			isWhole(type);
	}

	private static boolean isWhole(final Class<?> type) {
		return type == Integer.class || type == int.class || type == Long.class || type == long.class;
	}

	private void addField(final GenericDialog gd, final ModuleItem<?> item) {
		final Class<?> type = item.getType();
		final Object current = module.getInput(item.getName());
		final Object def = current != null ? current : item.getDefaultValue();
		final String name = item.getName();
		if (type == Boolean.class || type == boolean.class) gd.addCheckbox(name, Boolean.TRUE.equals(def));
		else if (isNumber(type)) gd.addNumericField(name, def == null ? 0 : ((Number) def).doubleValue(), isWhole(type) ? 0 : 3);
		else if (item.getChoices() != null && !item.getChoices().isEmpty()) {
			final List<?> choices = item.getChoices();
			final String[] items = new String[choices.size()];
			for (int i = 0; i < items.length; i++)
				items[i] = String.valueOf(choices.get(i));
			gd.addChoice(name, items, def == null ? items[0] : def.toString());
		}
		else gd.addStringField(name, def == null ? "" : def.toString(), 12);
	}

	/**
	 * ImageJ's rule for a checkbox in macro options is the bare key (what the
	 * Recorder writes: {@code fallback}); a {@code key=true} or {@code key=false}
	 * is read as written, never silently as false.
	 */
	private static boolean readBoolean(final GenericDialog gd, final String name) {
		final boolean checked = gd.getNextBoolean();
		final String options = Macro.getOptions();
		if (options == null) return checked;
		final String value = Macro.getValue(options, name, null);
		if (value == null) return checked;
		final Boolean parsed = Flags.parse(value);
		if (parsed == null) throw new IllegalArgumentException(name + " = \"" + value +
			"\" is not allowed; expected true or false, or the bare word '" + name + "' for true");
		return parsed;
	}

	private static Object read(final GenericDialog gd, final ModuleItem<?> item) {
		final Class<?> type = item.getType();
		if (type == Boolean.class || type == boolean.class) return readBoolean(gd, item.getName());
		if (isNumber(type)) {
			final double v = gd.getNextNumber();
			if (gd.invalidNumber()) throw new IllegalArgumentException(item.getName() + " is not a number; expected " +
				(isWhole(type) ? "a whole number" : "a number"));
			if (isWhole(type) && v != Math.rint(v)) throw new IllegalArgumentException(item.getName() + " = " + v +
				" is not allowed; expected a whole number");
			if (type == Integer.class || type == int.class) return (int) v;
			if (type == Long.class || type == long.class) return (long) v;
			if (type == Float.class || type == float.class) return (float) v;
			return v;
		}
		if (item.getChoices() != null && !item.getChoices().isEmpty()) return gd.getNextChoice();
		return gd.getNextString();
	}
}
