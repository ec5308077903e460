#!/usr/bin/env python3
"""Reads an OME-Zarr image the suite wrote with an independent reader (zarr-python 2.x, numcodecs) for
PythonZarrInteropTest: checks the OME-Zarr 0.4 multiscales metadata, then writes the level-0 array's pixels as
little-endian C-order bytes to OUT and prints a JSON summary.

Usage: read_with_zarr_python.py IMAGE.ome.zarr OUT [IMAGE.ome.zarr OUT ...]  (one JSON line per image)
"""
import json
import sys

import zarr


def main(image, out):
    group = zarr.open_group(image, mode="r")
    multiscales = group.attrs["multiscales"]
    assert multiscales[0]["version"] == "0.4", multiscales
    dataset = multiscales[0]["datasets"][0]
    array = group[dataset["path"]]
    axes = multiscales[0]["axes"]
    scale = [t for t in dataset["coordinateTransformations"] if t["type"] == "scale"][0]["scale"]
    assert len(axes) == array.ndim == len(scale), (axes, array.shape, scale)
    data = array[...]
    data.astype(data.dtype.newbyteorder("<")).tofile(out)
    print(json.dumps({
        "shape": list(array.shape),
        "chunks": list(array.chunks),
        "dtype": data.dtype.str,
        "compressor": None if array.compressor is None else array.compressor.codec_id,
        "axes": [a["name"] for a in axes],
        "scale": scale,
        "complete": group.attrs.get("fiji-dispatch", {}).get("complete"),
    }))


if __name__ == "__main__":
    for i in range(1, len(sys.argv), 2):
        main(sys.argv[i], sys.argv[i + 1])
