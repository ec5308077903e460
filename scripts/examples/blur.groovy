// Blurs an image with Fiji Dispatch, preferring the CPU backend in a scope.
//   scripts/fiji-dispatch script scripts/examples/blur.groovy output=/tmp/blurred.tif
#@ DispatchService dispatch
#@ String(label = "input (empty: bundled cell.png)", value = "") input
#@ String(label = "output", value = "blurred-groovy.tif") output
#@ double(label = "sigma", value = 2) sigma
#@output String backend

import ij.IJ
import io.github.fijidispatch.fiji.MacroFunctions
import io.github.fijidispatch.ij.ImagePlusImages

def imp = IJ.openImage(input ?: MacroFunctions.samplePath())
def title = imp.title.replaceAll(/\.[A-Za-z]+$/, "")
dispatch.prefer("imglib2").withCloseable {
	def blurred = dispatch.op("filter.gauss").input(ImagePlusImages.wrap(imp)).set("sigma", sigma).run()
	def result = ImagePlusImages.toImagePlus(blurred, title + "-gauss-sigma" + sigma)
	result.calibration = imp.calibration.copy()
	IJ.saveAsTiff(result, output)
}
backend = dispatch.trace().last().backendId()
println "${title} blurred on ${backend} -> ${output}"
