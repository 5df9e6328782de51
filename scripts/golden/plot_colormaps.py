"""Colormap control points and reference lookups for the Swift plotting code.

Prints the Swift tables (segment data of gray and nilearn's cold_hot; the colours of RdBu_r,
Paired, Set1, tab10 as hex, ColorBrewer's 8-bit values; inferno's listed colours) to stdout, and writes Tests/DecodingTests/Fixtures/plot/colormaps.json: for
each map the RGBA matplotlib returns at a fixed list of values, so tests check our lookup
against matplotlib's own (256-entry LUT for segmented maps, N entries for listed maps).

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/plot_colormaps.py
"""
import os

import matplotlib
import numpy as np
from matplotlib._cm import _RdBu_data
from matplotlib.colors import to_hex
from nilearn.plotting import cm as ncm

from _common import fixture_folder, write_json

maps = {
    "gray": matplotlib.colormaps["gray"],
    "rdBuR": matplotlib.colormaps["RdBu_r"],
    "coldHot": ncm.cold_hot,
    "paired": matplotlib.colormaps["Paired"],
    "set1": matplotlib.colormaps["Set1"],
    "tab10": matplotlib.colormaps["tab10"],
    "inferno": matplotlib.colormaps["inferno"],
}

def segments(cmap):
    data = cmap._segmentdata
    out = {}
    for ch in ("red", "green", "blue"):
        seg = data[ch]
        if callable(seg):
            xs = np.linspace(0, 1, 256)
            seg = [(x, v, v) for x, v in zip(xs, seg(xs))]
        out[ch] = [tuple(float(v) for v in row) for row in seg]
    return out

def fmt(v):
    return repr(round(float(v), 10))

def is_8bit(colors):
    return all(abs(c * 255 - round(c * 255)) < 1e-9 for col in colors for c in col[:3])

for name, cmap in maps.items():
    if name == "rdBuR":  # segments made from ColorBrewer's RdBu colours, reversed
        print(f"// {name}: hexColors(\"" + " ".join(to_hex(c)[1:] for c in reversed(_RdBu_data)) + "\")")
    elif hasattr(cmap, "colors") and not hasattr(cmap, "_segmentdata") and is_8bit(cmap.colors):
        print(f"// {name}: listed(hex:), N={cmap.N}\n\"" + " ".join(to_hex(c)[1:] for c in cmap.colors) + "\"")
    elif hasattr(cmap, "colors") and not hasattr(cmap, "_segmentdata"):
        rows = ", ".join("(" + ", ".join(fmt(c) for c in col[:3]) + ")" for col in cmap.colors)
        print(f"// {name}: listed, N={cmap.N}\n[{rows}]")
    else:
        seg = segments(cmap)
        print(f"// {name}: segmented, N={cmap.N}")
        for ch, rows in seg.items():
            print(f"  {ch}: [" + ", ".join("(" + ", ".join(fmt(v) for v in r) + ")" for r in rows) + "],")

values = [0.0, 0.001, 0.1, 0.25, 0.3333, 0.49, 0.5, 0.51, 0.6667, 0.75, 0.9, 0.999, 1.0]
golden = {name: {"values": values, "rgba": [[float(c) for c in cmap(v)] for v in values]}
          for name, cmap in maps.items()}
write_json(os.path.join(fixture_folder("plot"), "colormaps.json"), golden, indent=1)
