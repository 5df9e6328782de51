#!/usr/bin/env python3
"""nilearn's SearchLight (face vs house, radius 5.6 mm, KFold(4), n_jobs=2) on the simulated
Haxby subject, timed on a few slices of the whole-brain process mask and scaled to the whole
mask (a full run takes nilearn over an hour here). Prints one JSON line.

    python nilearn_slices.py <subject folder> [slice ...]      (default slices: 20 29 38)
"""
import json
import os
import sys
import time
import warnings

import nibabel as nib
import numpy as np
import pandas as pd
from nilearn.decoding import SearchLight
from nilearn.image import get_data, index_img, load_img, new_img_like
from sklearn.model_selection import KFold

warnings.filterwarnings("ignore")
folder = sys.argv[1]
slices = [int(s) for s in sys.argv[2:]] or [20, 29, 38]
labels = pd.read_csv(os.path.join(folder, "labels.txt"), sep=" ")
keep = labels["labels"].isin(["face", "house"])
fmri = index_img(os.path.join(folder, "bold.nii.gz"), keep)
fmri = nib.Nifti1Image(np.asanyarray(fmri.dataobj), fmri.affine, fmri.header)
mask_img = load_img(os.path.join(os.path.dirname(folder), "mask.nii.gz"))
mask = get_data(mask_img).astype(bool)
seconds = voxels = 0
for z in slices:
    process = np.zeros(mask.shape, dtype=int)
    process[..., z] = mask[..., z]
    sl = SearchLight(mask_img, process_mask_img=new_img_like(mask_img, process), radius=5.6, n_jobs=2,
                     cv=KFold(n_splits=4))
    start = time.perf_counter()
    sl.fit(fmri, labels["labels"][keep])
    seconds += time.perf_counter() - start
    voxels += int(process.sum())
whole = int(mask.sum())
print(json.dumps({"slices": slices, "voxels": voxels, "seconds": seconds,
                  "ms_per_voxel": 1000 * seconds / voxels, "whole_mask_voxels": whole,
                  "whole_mask_seconds_scaled": seconds / voxels * whole}))
