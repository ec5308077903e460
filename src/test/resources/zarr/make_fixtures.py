#!/usr/bin/env python3
"""Writes the OME-Zarr / Zarr v2 fixtures that ZarrFixturesTest reads, with another Zarr implementation.

Tool: zarr-python 2.13 and numcodecs 0.11 (Debian 12: apt-get install python3-zarr python3-numcodecs).
Run: /usr/bin/python3 make_fixtures.py  (Debian's python, where those packages are; it replaces python/).

Every array holds v = (x + 17*y + 221*z) * 7 % M (M = 251 for 8-bit, 1000 otherwise; minus 500 for the signed
kinds; divided by 4 for the float kinds), so the test recomputes it. Shapes are not multiples of the chunks, so
every array has partial edge chunks.
"""
import os
import shutil

import numcodecs
import numpy as np
import zarr

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python")

COMPRESSORS = {
    "raw": None,
    "zlib": numcodecs.Zlib(level=1),
    "gzip": numcodecs.GZip(level=1),
    "blosc-lz4": numcodecs.Blosc(cname="lz4", clevel=5, shuffle=numcodecs.Blosc.SHUFFLE),
    "blosc-zstd": numcodecs.Blosc(cname="zstd", clevel=3, shuffle=numcodecs.Blosc.BITSHUFFLE),
}


def values(shape, dtype):
    """The test's formula, for a shape in file order (z, y, x)."""
    grids = np.meshgrid(*[np.arange(n) for n in shape], indexing="ij")
    x = grids[-1]
    y = grids[-2] if len(shape) > 1 else 0
    z = grids[-3] if len(shape) > 2 else 0
    dt = np.dtype(dtype)
    m = 251 if dt.itemsize == 1 else 1000
    v = (x + 17 * y + 221 * z) * 7 % m
    if dt.kind == "i":
        v = v - 500 if dt.itemsize > 1 else v - 125
    if dt.kind == "f":
        v = v / 4.0
    return v.astype(dtype)


def ome_image(name, shape, chunks, dtype, compressor, axes, scale):
    """An OME-Zarr 0.4 image: a group with multiscales metadata and one array '0'."""
    group = zarr.open_group(os.path.join(OUT, name), mode="w")
    group.create_dataset("0", data=values(shape, dtype), chunks=chunks, compressor=compressor)
    group.attrs["multiscales"] = [{
        "version": "0.4",
        "name": name,
        "axes": axes,
        "datasets": [{"path": "0", "coordinateTransformations": [{"type": "scale", "scale": scale}]}],
    }]


def plain_array(name, shape, chunks, dtype, compressor, **kwargs):
    """A bare Zarr v2 array (a folder with .zarray)."""
    array = zarr.open_array(os.path.join(OUT, name), mode="w", shape=shape, chunks=chunks, dtype=dtype,
                            compressor=compressor, **kwargs)
    array[...] = values(shape, dtype)


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    space3 = [{"name": "z", "type": "space", "unit": "micrometer"},
              {"name": "y", "type": "space", "unit": "micrometer"},
              {"name": "x", "type": "space", "unit": "micrometer"}]
    for key, compressor in COMPRESSORS.items():
        ome_image("u16-3d-%s.ome.zarr" % key, (5, 13, 17), (2, 8, 8), "<u2", compressor, space3, [2.0, 0.5, 0.25])
    space2 = [{"name": "y", "type": "space"}, {"name": "x", "type": "space"}]
    ome_image("u8-2d-blosc-lz4.ome.zarr", (21, 34), (8, 16), "|u1", COMPRESSORS["blosc-lz4"], space2, [1.0, 1.0])
    ome_image("f32-3d-blosc-zstd.ome.zarr", (3, 9, 10), (2, 4, 4), "<f4", COMPRESSORS["blosc-zstd"], space3,
              [1.0, 1.0, 1.0])
    plain_array("i16-2d-bigendian-zlib.zarr", (11, 12), (4, 5), ">i2", COMPRESSORS["zlib"])
    plain_array("f64-2d-nested-gzip.zarr", (7, 9), (3, 4), "<f8", COMPRESSORS["gzip"], dimension_separator="/")
    plain_array("i32-3d-raw.zarr", (2, 3, 5), (1, 2, 2), "<i4", None)
    plain_array("i8-2d-blosc-lz4.zarr", (5, 6), (5, 6), "|i1", COMPRESSORS["blosc-lz4"])
    # Dtypes the suite refuses (64-bit integers) and a column-major array.
    plain_array("unsupported-i8.zarr", (3, 4), (3, 4), "<i8", None)
    plain_array("unsupported-order-f.zarr", (3, 4), (3, 4), "<u2", None, order="F")


if __name__ == "__main__":
    main()
