#!/usr/bin/env python3
"""Checks a simulated Haxby subject with the reference tools: shapes, affine, label counts,
and face-vs-cat LeaveOneGroupOut accuracy of a linear SVC on standardized VT data
(should be realistic: about 0.6-0.9, not 1.0).

    /work/venv-ref/bin/python scripts/golden/nifti_haxby_check.py <data dir>/haxby2001/subj2
"""
import sys
import warnings

import nibabel as nib
import numpy as np
import pandas as pd
from nilearn.maskers import NiftiMasker
from sklearn.model_selection import LeaveOneGroupOut, cross_val_score
from sklearn.svm import SVC

warnings.filterwarnings("ignore")
folder = sys.argv[1]
bold = nib.load(f"{folder}/bold.nii.gz")
print("bold", bold.shape, bold.get_data_dtype(), "\n", bold.affine)
print("anat", nib.load(f"{folder}/anat.nii.gz").shape)
for m in ["mask4_vt", "mask8b_face_vt", "mask8b_house_vt"]:
    print(m, int(np.asarray(nib.load(f"{folder}/{m}.nii.gz").dataobj).sum()), "voxels")
behavioral = pd.read_csv(f"{folder}/labels.txt", sep=" ")
print(behavioral.head(8))
print(behavioral["labels"].value_counts().to_dict())
x = NiftiMasker(mask_img=f"{folder}/mask4_vt.nii.gz", standardize=True).fit_transform(f"{folder}/bold.nii.gz")
print("masked", x.shape, x.dtype)
keep = behavioral["labels"].isin(["face", "cat"]).values
scores = cross_val_score(SVC(kernel="linear"), x[keep], behavioral["labels"][keep],
                         groups=behavioral["chunks"][keep], cv=LeaveOneGroupOut())
print("face vs cat LeaveOneGroupOut accuracy: %.3f" % scores.mean(), np.round(scores, 2))
