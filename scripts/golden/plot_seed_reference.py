"""nilearn's two seed figures on the synthetic data bench/plot/main.swift draws (same formulas),
to compare the Swift figures with by eye, and nilearn's time for them.

Run:  /work/venv-ref/bin/python scripts/golden/plot_seed_reference.py OUTDIR
"""
import sys
import time

import matplotlib
matplotlib.use("Agg")
import nibabel as nib
import numpy as np
from nilearn.plotting import plot_roi, plot_stat_map

out = sys.argv[1] if len(sys.argv) > 1 else "."
functional = np.array([[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
anatomy = np.array([[1.2, 0, 0, -74.4], [0, 0.9375, 0, -120], [0, 0, 0.9375, -110], [0, 0, 0, 1]])

def world(dims, affine):
    i, j, k = np.meshgrid(*[np.arange(n, dtype=float) for n in dims], indexing="ij")
    return [affine[r, 0] * i + affine[r, 1] * j + affine[r, 2] * k + affine[r, 3] for r in range(3)]

x, y, z = world((124, 256, 256), anatomy)
r = np.sqrt((x / 65) ** 2 + ((y + 15) / 85) ** 2 + (z / 70) ** 2)
anat = np.where(r > 1, 0, 600 + 250 * np.cos(r * 3 * np.pi) + 150 * r).astype(np.float32)

x, y, z = world((40, 64, 64), functional)
inside = ((x - 22) ** 2 / 100 + (y + 20) ** 2 / 300 + (z + 40) ** 2 / 150) <= 1
mask = inside.astype(np.float32)
weights = np.where(inside, 0.05 * np.sin(0.9 * x + 0.35 * y) * np.cos(0.5 * z - 0.2 * x), 0).astype(np.float32)

anat_img = nib.Nifti1Image(anat, anatomy)
mask_img = nib.Nifti1Image(mask, functional)
coef_img = nib.Nifti1Image(weights, functional)

for run in range(3):
    start = time.perf_counter()
    d1 = plot_roi(mask_img, bg_img=anat_img, cmap="Paired")
    d1.savefig(f"{out}/nilearn_seed_roi.png")
    d2 = plot_stat_map(coef_img, bg_img=anat_img, title="SVM weights", display_mode="yx")
    d2.savefig(f"{out}/nilearn_seed_stat_map.png")
    d1.close()
    d2.close()
    print(f"nilearn, both seed figures + PNG: {1000 * (time.perf_counter() - start):.0f} ms")
