// Run by RealImageJ1IT inside a real ImageJ 1 (Debian's imagej), started as
//   java -cp ij.jar:<test classes> ij.ImageJ -ijpath DIR -batch ops.ijm OUT_DIR
// DIR was filled only by the install under test. Every op runs by its menu label with its macro keys;
// results go to OUT_DIR as TIFFs for the test to check against the reference backend.
out = getArgument();
setBatchMode(true);
run("Dispatch Options", "priority=imglib2 mode=priority fallback");
print("FACT settings=" + call("io.github.fijidispatch.fiji.MacroFunctions.settings"));

// 2D input: a deterministic 8-bit pattern
newImage("in2d", "8-bit black", 64, 48, 1);
for (y = 0; y < 48; y++) for (x = 0; x < 64; x++) setPixel(x, y, (x * 37 + y * 101 + x * y) % 251);
saveAs("Tiff", out + "/in2d.tif");
rename("in2d");

selectImage("in2d");
run("Gaussian Blur (Dispatch)", "sigma=2 backend=imglib2");
saveAs("Tiff", out + "/gauss2d.tif");
print("FACT gaussBackend=" + getInfo("DispatchBackend"));

selectImage("in2d");
run("Auto Threshold (Dispatch)", "method=Otsu backend=imglib2");
saveAs("Tiff", out + "/otsu2d.tif");
rename("otsu2d");

selectImage("otsu2d");
run("Connected Components (Dispatch)", "connectivity=full backend=imglib2");
saveAs("Tiff", out + "/labels2d.tif");

// 3D input: a deterministic 16-bit stack
newImage("in3d", "16-bit black", 40, 32, 8);
for (z = 1; z <= 8; z++) {
	setSlice(z);
	for (y = 0; y < 32; y++) for (x = 0; x < 40; x++) setPixel(x, y, (x * 131 + y * 17 + z * 1009 + x * y * z) % 4093);
}
saveAs("Tiff", out + "/in3d.tif");
rename("in3d");

selectImage("in3d");
run("Median (Dispatch)", "radius=1 backend=clij2");
saveAs("Tiff", out + "/median3d.tif");
print("FACT medianBackend=" + getInfo("DispatchBackend"));

selectImage("in3d");
run("Max Projection (Dispatch)", "backend=imglib2");
saveAs("Tiff", out + "/max3d.tif");

// The Recorder: the line it writes for a command, then that line replayed.
selectImage("in2d");
recorded = call("io.github.fijidispatch.build.RecorderProbe.record", "Minimum (Dispatch)", "radius=2");
print("FACT recorded=" + recorded);
// NB: IJ.run(image, ...) restores the current image; the result is the newest one.
selectImage(nImages);
saveAs("Tiff", out + "/recorded.tif");
selectImage("in2d");
File.saveString(recorded, out + "/replay.ijm");
runMacro(out + "/replay.ijm");
saveAs("Tiff", out + "/replayed.tif");
print("FACT done=true");
