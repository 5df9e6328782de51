"""nilearn's colorbar ticks (get_cbar_ticks, '%.2g') for a few ranges and thresholds, written to
Tests/DecodingTests/Fixtures/plot/colorbar_ticks.json.

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/plot_colorbar_ticks.py
"""
import os

from nilearn.plotting._utils import get_cbar_ticks

from _common import fixture_folder, write_json

cases = []
for vmin, vmax, threshold in [
    (-0.0509, 0.0509, None), (-0.0509, 0.0509, 1e-6), (-0.05, 0.05, 0.02), (-3.2, 3.2, 3.0),
    (0, 7.5, None), (0, 7.5, 2.0), (-7.5, 0, 2.0), (-1, 1, 0.1), (-12.3, 12.3, 0.3),
]:
    ticks = get_cbar_ticks(vmin, vmax, threshold)
    cases.append({"vmin": vmin, "vmax": vmax, "threshold": threshold, "ticks": [float(t) for t in ticks]})
write_json(os.path.join(fixture_folder("plot"), "colorbar_ticks.json"), cases, indent=1)
print(cases)
