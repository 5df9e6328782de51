"""Widths/heights (pixels, 100 dpi) matplotlib's Agg renderer gives some labels in DejaVu Sans,
written to Tests/DecodingTests/Fixtures/plot/text.json for FontTests.

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/plot_text_extents.py
"""
import os

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

from _common import fixture_folder, write_json

fig = plt.figure(figsize=(4, 2), dpi=100)
renderer = fig.canvas.get_renderer()
out = []
for text, size in [("x=22", 12), ("y=-20", 12), ("L", 12), ("SVM weights", 15), ("-0.051", 10)]:
    t = fig.text(0, 0, text, size=size)
    box = t.get_window_extent(renderer)
    out.append({"text": text, "points": size, "width": box.width, "height": box.height})
write_json(os.path.join(fixture_folder("plot"), "text.json"), out, indent=1)
print(out)
