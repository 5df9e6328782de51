"""nilearn's two searchlight-example figures on synthetic images, to compare by eye with
PlotPreviewTests' renders (PLOT_PREVIEW_DIR): plot_img of a score map with inferno, vmin/vmax,
threshold, black_bg and a colorbar over a mean EPI, display_mode="z", cut_coords=[-9]; then
plot_stat_map of an F-score map with inferno over the same mean EPI.

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/plot_searchlight_reference.py DIR
"""
import sys

import matplotlib

matplotlib.use("Agg")
import nibabel as nib
import numpy as np
from nilearn.plotting import plot_img, plot_stat_map

affine = np.array([[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
i, j, k = np.meshgrid(np.arange(40), np.arange(64), np.arange(64), indexing="ij")
p = np.stack([i, j, k, np.ones_like(i)], -1) @ affine.T
x, y, z = p[..., 0], p[..., 1], p[..., 2]
r = np.sqrt((x / 65) ** 2 + ((y + 15) / 85) ** 2 + (z / 70) ** 2)
inside = r <= 1
mean_epi = np.where(inside, 600 + 250 * np.cos(r * 3 * np.pi) + 150 * r, 0).astype(np.float32)
scores = np.where(inside, 0.5 + 0.35 * np.sin(0.15 * x) * np.cos(0.1 * y), 0).astype(np.float32)
fscores = np.where(inside, np.clip(12 * np.exp(-((x - 20) ** 2 + (y + 30) ** 2 + (z + 9) ** 2) / 300), 0, 10), 0)
mean_img = nib.Nifti1Image(mean_epi, affine)
out = sys.argv[1]
plot_img(nib.Nifti1Image(scores, affine), bg_img=mean_img, title="Searchlight scores image", display_mode="z",
         cut_coords=[-9], vmin=0.2, vmax=0.9, cmap="inferno", threshold=0.2, black_bg=True,
         colorbar=True).savefig(f"{out}/nilearn_searchlight_scores.png")
plot_stat_map(nib.Nifti1Image(fscores.astype(np.float32), affine), mean_img, title="F-scores", display_mode="z",
              cut_coords=[-9], cmap="inferno").savefig(f"{out}/nilearn_searchlight_fscores.png")
