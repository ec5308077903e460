#!/usr/bin/python3
"""scikit-image's label() on the cells of LabellingSpeedBenchmark (issue #14): masks of uniform random data with a
fraction `density` foreground (0.5 is "pixel >= mean"), 2048^2 uint8 and float32, 256x256x64 uint16 (numpy order
z, y, x), connectivity = ndim (full) and 1 (face). One warm-up, then the median of `repeats` (argument 1, default 9).
scikit-image 0.19 is Debian's python3-skimage, hence /usr/bin/python3."""
import sys
import time

import numpy as np
import skimage
from skimage.measure import label

repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 9
rng = np.random.default_rng(42)
print(f"| input | density | connectivity | scikit-image {skimage.__version__} ms (median of {repeats}) |")
print("|---|---:|---|---:|")
for dtype, shape in ((np.uint8, (2048, 2048)), (np.float32, (2048, 2048)), (np.uint16, (64, 256, 256))):
    for density in (0.05, 0.5, 0.95):
        for name in ("full", "face"):
            mask = (rng.random(shape) < density).astype(dtype)
            connectivity = mask.ndim if name == "full" else 1
            times = []
            for r in range(repeats + 1):
                t0 = time.perf_counter()
                label(mask, connectivity=connectivity)
                if r > 0:
                    times.append(time.perf_counter() - t0)
            print(f"| {np.dtype(dtype).name} {list(shape[::-1])} | {density:.2f} | {name} | {np.median(times) * 1e3:.1f} |")
