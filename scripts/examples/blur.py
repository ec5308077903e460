# Blurs an image with Fiji Dispatch, preferring the CPU backend in a scope.
#   scripts/fiji-dispatch script scripts/examples/blur.py output=/tmp/blurred.tif
#@ DispatchService dispatch
#@ String(label = "input (empty: bundled cell.png)", value = "") input
#@ String(label = "output", value = "blurred-python.tif") output
#@ double(label = "sigma", value = 2) sigma
#@output String backend

from ij import IJ
from io.github.fijidispatch.fiji import MacroFunctions
from io.github.fijidispatch.ij import ImagePlusImages

imp = IJ.openImage(input if input else MacroFunctions.samplePath())
title = imp.getTitle().rsplit(".", 1)[0]
with dispatch.prefer("imglib2"):
    blurred = dispatch.op("filter.gauss").input(ImagePlusImages.wrap(imp)).set("sigma", sigma).run()
    result = ImagePlusImages.toImagePlus(blurred, "%s-gauss-sigma%g" % (title, sigma))
    result.setCalibration(imp.getCalibration().copy())
    IJ.saveAsTiff(result, output)
backend = dispatch.trace().last().backendId()
print("%s blurred on %s -> %s" % (title, backend, output))
