"""nilearn's automatic cut coordinates (find_xyz_cut_coords, find_cut_slices) on synthetic maps defined by a
formula the Swift test evaluates identically, written to
Tests/DecodingTests/Fixtures/plot/cut_coords.json.

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/plot_cut_coords.py
"""
import os

import nibabel as nib
import numpy as np
from nilearn.plotting import find_cut_slices, find_xyz_cut_coords

from _common import fixture_folder, write_json

affine = np.array([[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
dims = (40, 64, 64)
blobs = [  # centre (mm), amplitude, width (mm^2)
    ((22.0, -20.0, -40.0), 3.0, 60.0),
    ((-30.0, 10.0, 5.0), -2.0, 40.0),
    ((5.0, -60.0, 30.0), 1.5, 120.0),
]

def volume(scale_second):
    i, j, k = np.meshgrid(*[np.arange(n) for n in dims], indexing="ij")
    vox = np.stack([i, j, k, np.ones_like(i)], axis=-1).astype(np.float64)
    world = vox @ affine.T
    out = np.zeros(dims)
    for n, (c, a, w) in enumerate(blobs):
        d2 = ((world[..., :3] - np.array(c)) ** 2).sum(-1)
        amp = a * (scale_second if n == 1 else 1.0)
        out += amp * np.exp(-d2 / w)
    out[np.abs(out) < 0.05] = 0
    return out.astype(np.float32)

cases = []
for scale in (1.0, 2.5):
    data = volume(scale)
    img = nib.Nifti1Image(data, affine)
    for threshold in (None, 1e-6, 0.5):
        xyz = find_xyz_cut_coords(img, activation_threshold=threshold)
        cases.append({"secondScale": scale, "threshold": threshold, "xyz": [float(v) for v in xyz]})
slices = []
for scale in (1.0, 2.5):
    img = nib.Nifti1Image(volume(scale), affine)
    for direction, n in (("z", 7), ("x", 5), ("y", 3), ("z", 12)):
        cuts = find_cut_slices(img, direction=direction, n_cuts=n)
        slices.append({"secondScale": scale, "axis": "xyz".index(direction), "count": n,
                       "positions": [float(v) for v in cuts]})
fixture = {"blobs": [{"centre": c, "amplitude": a, "width": w} for c, a, w in blobs],
           "cutoff": 0.05, "cases": cases, "slices": slices}
write_json(os.path.join(fixture_folder("plot"), "cut_coords.json"), fixture, indent=1)
print(cases)
