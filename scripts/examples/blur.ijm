// Blurs an image with Fiji Dispatch and saves the result.
// Argument: "input=PATH output=PATH sigma=S" (all optional; the default
// input is the bundled sample cell.png, the default output blurred-macro.tif).
//   scripts/fiji-dispatch macro scripts/examples/blur.ijm output=/tmp/blurred.tif
arg = getArgument();
input = valueOf(arg, "input", "");
output = valueOf(arg, "output", "blurred-macro.tif");
sigma = valueOf(arg, "sigma", "2");
if (input == "") input = call("io.github.fijidispatch.fiji.MacroFunctions.samplePath");
setBatchMode(true);
open(input);
run("Gaussian Blur (Dispatch)", "sigma=" + sigma);
saveAs("Tiff", output);
print(getTitle() + " ran on " + call("io.github.fijidispatch.fiji.MacroFunctions.lastBackend") + " -> " + output);

function valueOf(text, key, fallback) {
	words = split(text, " ");
	for (i = 0; i < words.length; i++)
		if (startsWith(words[i], key + "=")) return substring(words[i], lengthOf(key) + 1);
	return fallback;
}
