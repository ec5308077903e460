#!/usr/bin/env python3
"""numpy and scikit-image on the reductions of issue #14, on the arrays that
ReductionSpeedBenchmark (src/test/java/.../backend/imglib2) times the reference
backend on: uniform random uint16 256x256x64, uint8 and float32 2048^2.
Prints a markdown table: median ms after three warm-up runs, wall and CPU time.
Usage: /usr/bin/python3 scripts/peers/reductions.py [repeats]
(Debian's python3-numpy and python3-skimage.)"""
import sys
import time

import numpy as np

try:
    from skimage.filters import threshold_otsu
except ImportError:  # numpy cells still run
    threshold_otsu = None

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 21


def median_ms(work, clock=time.perf_counter):
    times = []
    for r in range(REPEATS + 3):
        t0 = clock()
        work()
        if r >= 3:
            times.append(clock() - t0)
    times.sort()
    return times[len(times) // 2] * 1e3


def stats(a):
    # what measure.stats reports: min, max, mean, sum, stddev (count is the size)
    return a.min(), a.max(), a.mean(), a.sum(), a.std()


def main():
    rng = np.random.default_rng(14)
    # numpy axis order is (z, y, x): axis 0 is z, axis 2 is x
    volume = rng.integers(0, 65536, size=(64, 256, 256), dtype=np.uint16)
    u8 = rng.integers(0, 256, size=(2048, 2048), dtype=np.uint8)
    f32 = rng.random(size=(2048, 2048), dtype=np.float32)
    # the same kinds at the other size (ReductionLoopBenchmark's -2d and -3d images)
    u16_2d = rng.integers(0, 65536, size=(2048, 2048), dtype=np.uint16)
    u8_3d = rng.integers(0, 256, size=(64, 256, 256), dtype=np.uint8)
    f32_3d = rng.random(size=(64, 256, 256), dtype=np.float32)
    both = (("u16 256x256x64", volume), ("u8 2048^2", u8), ("f32 2048^2", f32),
            ("u16 2048^2", u16_2d), ("u8 256x256x64", u8_3d), ("f32 256x256x64", f32_3d))
    cells = []
    for op, f in (("max", np.max), ("min", np.min), ("mean", np.mean), ("sum", np.sum)):
        for name, axis in (("z", 0), ("y", 1), ("x", 2)):
            cells.append(("project.%s %s u16 256x256x64" % (op, name), "numpy %s(axis=%d)" % (op, axis),
                          lambda f=f, axis=axis: f(volume, axis=axis)))
    for name, axis in (("y", 0), ("x", 1)):
        cells.append(("project.max %s u8 2048^2" % name, "numpy max(axis=%d)" % axis, lambda axis=axis: u8.max(axis=axis)))
        cells.append(("project.max %s f32 2048^2" % name, "numpy max(axis=%d)" % axis, lambda axis=axis: f32.max(axis=axis)))
    for label, a in both:
        cells.append(("measure.stats " + label, "numpy min, max, mean, sum, std", lambda a=a: stats(a)))
    if threshold_otsu is not None:
        for label, a in both:
            cells.append(("threshold.auto Otsu " + label, "skimage threshold_otsu + a > t",
                          lambda a=a: a > threshold_otsu(a)))
    # the histogram pass of threshold.auto: integer kinds count every value, float32 bins its range in 256
    for label, a in both:
        if a.dtype == np.float32:
            cells.append(("threshold histogram " + label, "numpy min, max, histogram(256 bins)",
                          lambda a=a: np.histogram(a, bins=256, range=(a.min(), a.max()))))
        else:
            cells.append(("threshold histogram " + label, "numpy bincount",
                          lambda a=a: np.bincount(a.ravel(), minlength=256 if a.dtype == np.uint8 else 65536)))
    for label, a in (("u16 256x256x64", volume), ("u8 2048^2", u8), ("f32 2048^2", f32)):
        cells.append(("copy floor " + label, "numpy copy", lambda a=a: a.copy()))
    # NB: numpy runs these on one thread: its CPU time is the twin of ReductionSpeedBenchmark's one-thread column
    print("| cell | peer | ms (median, wall) | ms (median, CPU) |")
    print("|---|---|---:|---:|")
    for label, peer, work in cells:
        print("| %s | %s | %.3f | %.3f |" % (label, peer, median_ms(work), median_ms(work, time.thread_time)))


if __name__ == "__main__":
    main()
