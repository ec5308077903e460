#!/usr/bin/python3
"""The Python peers of `fiji-dispatch bench --cells` (numpy, scikit-image, SciPy), timed here on the very pixels
the project's call saw. The bench starts this once and speaks a line protocol (tab-separated fields):
  this script first prints  ready<TAB>versions  (or  unavailable<TAB>reason  and exits);
  each request line is key=value fields: peer, file (raw little-endian C-order pixels), dtype, shape (numpy
  order, comma-separated), warmups, warmup_ms, repeats, budget_ms, and the op's parameters as param.NAME=value;
  each answer is  ok<TAB>median ms<TAB>first call ms<TAB>timed calls<TAB>what ran  or  error<TAB>message.
End of input ends it. Timing, as the project's side is timed (bench/Repeats.java): the first call (reported
apart), up to `warmups` more untimed calls while the warm-up has taken less than warmup_ms, then up to `repeats`
timed calls, stopping early after three once they have taken budget_ms; the median of the timed calls
(time.perf_counter, wall clock). Debian's python3-numpy, python3-skimage, python3-scipy (/usr/bin/python3)."""
import sys
import time

try:
    import numpy as np
except ImportError:
    print("unavailable\tnumpy is missing: install Debian's python3-numpy", flush=True)
    sys.exit(0)


def missing(package, debian):
    return "%s is missing: install Debian's %s (scripts/lib/setup.sh ensure_python_peers)" % (package, debian)


def skimage_label(a, p):
    from skimage.measure import label
    connectivity = {"full": a.ndim, "face": 1}[p.get("connectivity", "face")]
    return lambda: label(a, connectivity=connectivity), "skimage.measure.label(connectivity=%d)" % connectivity


def axis_of(a, p):
    name = p.get("axis", "z").lower()
    index = "xyz".index(name)
    if index >= a.ndim:
        raise ValueError("axis %s on a %dD image" % (name, a.ndim))
    return a.ndim - 1 - index


def numpy_max(a, p):
    axis = axis_of(a, p)
    return lambda: a.max(axis=axis), "numpy max(axis=%d)" % axis


def skimage_threshold_otsu(a, p):
    from skimage.filters import threshold_otsu
    if p.get("method", "Otsu").lower() != "otsu":
        raise ValueError("skimage.threshold_otsu computes Otsu, not %s" % p["method"])
    return lambda: a >= threshold_otsu(a), "skimage threshold_otsu(a) then a >= t"


def numpy_add_scalar(a, p):
    if a.dtype.kind != "f":
        raise ValueError("numpy.add_scalar times float inputs only (numpy's + wraps integers; the op saturates)")
    value = a.dtype.type(float(p.get("value", "0")))
    return lambda: a + value, "numpy a + %s(%s) (new array)" % (a.dtype.name, value)


def scipy_median_filter(a, p):
    from scipy.ndimage import median_filter
    if p.get("shape", "box").lower() != "box":
        raise ValueError("scipy.median_filter takes a box (size), not shape=%s" % p["shape"])
    size = 2 * int(p.get("radius", "1")) + 1
    return lambda: median_filter(a, size=size, mode="nearest"), "scipy.ndimage.median_filter(size=%d)" % size


PEERS = {"skimage.label": (skimage_label, ("scikit-image", "python3-skimage")),
         "numpy.max": (numpy_max, None),
         "skimage.threshold_otsu": (skimage_threshold_otsu, ("scikit-image", "python3-skimage")),
         "numpy.add_scalar": (numpy_add_scalar, None),
         "scipy.median_filter": (scipy_median_filter, ("SciPy", "python3-scipy"))}


def versions():
    found = ["python %d.%d" % sys.version_info[:2], "numpy " + np.__version__]
    for name, module in (("scikit-image", "skimage"), ("SciPy", "scipy")):
        try:
            found.append("%s %s" % (name, __import__(module).__version__))
        except ImportError:
            found.append(name + " missing")
    return ", ".join(found)


def timed(work):
    """One call's wall time in ms."""
    t0 = time.perf_counter()
    work()
    return (time.perf_counter() - t0) * 1e3


def measure(request):
    name = request["peer"]
    if name not in PEERS:
        return "error\tunknown peer '%s'; known: %s" % (name, ", ".join(sorted(PEERS)))
    make, needs = PEERS[name]
    shape = tuple(int(s) for s in request["shape"].split(","))
    a = np.fromfile(request["file"], dtype=np.dtype(request["dtype"]).newbyteorder("<")).reshape(shape)
    params = {k[6:]: v for k, v in request.items() if k.startswith("param.")}
    try:
        work, what = make(a, params)
    except ImportError:
        return "error\t" + missing(*needs)
    except (ValueError, KeyError) as e:
        return "error\t%s: %s" % (name, e)
    warmups = max(0, int(request.get("warmups", "200")))
    warmup_ms = float(request.get("warmup_ms", "250"))
    repeats = max(1, int(request.get("repeats", "9")))
    budget_ms = float(request.get("budget_ms", "8000"))
    first = timed(work)
    warming = first
    for _ in range(warmups):
        if warming >= warmup_ms:
            break
        warming += timed(work)
    times = []
    spent = 0.0
    while len(times) < repeats and (len(times) < 3 or spent < budget_ms):
        times.append(timed(work))
        spent += times[-1]
    times.sort()
    n = len(times)
    median = times[n // 2] if n % 2 else (times[n // 2 - 1] + times[n // 2]) / 2
    return "ok\t%.4f\t%.4f\t%d\t%s" % (median, first, n, what)


def main():
    print("ready\t" + versions(), flush=True)
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        try:
            request = dict(field.split("=", 1) for field in line.split("\t"))
            answer = measure(request)
        except Exception as e:  # the bench goes on with the next cell
            answer = "error\t%s: %s" % (type(e).__name__, str(e).replace("\t", " ").replace("\n", " "))
        print(answer, flush=True)


if __name__ == "__main__":
    main()
