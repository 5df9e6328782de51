#!/usr/bin/env python3
"""Writes the SVC benchmark problems from the simulated Haxby subject, so that scikit-learn
and the Swift SVC fit bit-identical float32 inputs.

    prepare_svc.py SUBJECT_DIR PROBLEM_DIR

Each problem NAME is NAME.f32 (little-endian float32, samples × features, row-major) and
NAME.json ({"shape": [n, d], "labels": [...], "groups": [...]}):
  facecat      face vs cat in the ventral temporal mask (216 × 464), standardized
  eight_class  the 8 categories, rest left out (864 × 464), standardized
  brain        face vs cat over every brain voxel (216 × ~35k): the voxels whose mean bold
               is above 20 % of the 99th percentile of the mean (written as brain_mask.nii.gz)
"""
import json
import os
import sys

import nibabel as nib
import numpy as np
import pandas as pd
from nilearn.maskers import NiftiMasker

subject, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
bold = os.path.join(subject, "bold.nii.gz")
behavioral = pd.read_csv(os.path.join(subject, "labels.txt"), sep=" ")
labels = behavioral["labels"].to_numpy()
groups = behavioral["chunks"].to_numpy()


def write(name, x, rows):
    x = np.ascontiguousarray(x[rows], dtype="<f4")
    tmp = os.path.join(out, name + ".f32.tmp")
    x.tofile(tmp)
    os.replace(tmp, os.path.join(out, name + ".f32"))
    meta = {"shape": list(x.shape), "labels": [str(v) for v in labels[rows]],
            "groups": [int(v) for v in groups[rows]]}
    with open(os.path.join(out, name + ".json.tmp"), "w") as f:
        json.dump(meta, f)
    os.replace(os.path.join(out, name + ".json.tmp"), os.path.join(out, name + ".json"))
    print(f"{name}: {x.shape[0]} x {x.shape[1]}")


face_cat = np.isin(labels, ["face", "cat"])
vt = NiftiMasker(mask_img=os.path.join(subject, "mask4_vt.nii.gz"), standardize="zscore_sample")
x = vt.fit_transform(bold)
write("facecat", x, face_cat)
write("eight_class", x, labels != "rest")

image = nib.load(bold)
mean = np.asanyarray(image.dataobj).mean(axis=3, dtype=np.float64)  # int16 on disk: ~0.5 GB
brain = (mean > 0.2 * np.percentile(mean, 99)).astype(np.uint8)
mask_path = os.path.join(out, "brain_mask.nii.gz")
nib.save(nib.Nifti1Image(brain, image.affine), mask_path + ".tmp.nii.gz")
os.replace(mask_path + ".tmp.nii.gz", mask_path)
whole = NiftiMasker(mask_img=mask_path, standardize="zscore_sample")
write("brain", whole.fit_transform(bold), face_cat)
