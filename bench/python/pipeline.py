#!/usr/bin/env python3
"""The seed tutorial's pipeline in nilearn + scikit-learn, with nothing printed: the reference
that `DecodingBench pipeline` is timed against.

    pipeline.py SUBJECT_DIR OUT_DIR [STAGES_JSON]

SUBJECT_DIR holds bold.nii.gz, mask4_vt.nii.gz, anat.nii.gz and labels.txt (the simulated
Haxby subject). OUT_DIR receives the weight image and both figures. When STAGES_JSON is given,
the seconds spent in each stage (imports included) are written there.
"""
import json
import os
import sys
import time

start = time.perf_counter()
stages = {}


def mark(name):
    global start
    now = time.perf_counter()
    stages[name] = now - start
    start = now


import matplotlib

matplotlib.use("Agg")
import pandas as pd
from nilearn import plotting
from nilearn.maskers import NiftiMasker
from sklearn.model_selection import KFold, LeaveOneGroupOut, cross_val_score
from sklearn.svm import SVC

mark("imports")

subject, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
bold = os.path.join(subject, "bold.nii.gz")
mask = os.path.join(subject, "mask4_vt.nii.gz")
anat = os.path.join(subject, "anat.nii.gz")

display = plotting.plot_roi(mask, bg_img=anat, cmap="Paired")
display.savefig(os.path.join(out, "roi.png"))
display.close()
mark("plot_roi")

masker = NiftiMasker(mask_img=mask, standardize="zscore_sample")
fmri_masked = masker.fit_transform(bold)
mark("load_mask_standardize")

behavioral = pd.read_csv(os.path.join(subject, "labels.txt"), sep=" ")
conditions = behavioral["labels"]
condition_mask = conditions.isin(["face", "cat"])
fmri_masked = fmri_masked[condition_mask]
conditions = conditions[condition_mask]
session_label = behavioral["chunks"][condition_mask]
mark("labels")

svc = SVC(kernel="linear")
svc.fit(fmri_masked, conditions)
prediction = svc.predict(fmri_masked)
accuracy = (prediction == conditions).sum() / float(len(conditions))

svc.fit(fmri_masked[:-30], conditions[:-30])
prediction = svc.predict(fmri_masked[-30:])
held_out = (prediction == conditions[-30:]).sum() / 30.0

cv = KFold(n_splits=5)
loop = []
for train, test in cv.split(X=fmri_masked):
    svc.fit(fmri_masked[train], conditions.values[train])
    prediction = svc.predict(fmri_masked[test])
    loop.append((prediction == conditions.values[test]).sum() / float(len(test)))

by_default = cross_val_score(svc, fmri_masked, conditions)
by_kfold = cross_val_score(svc, fmri_masked, conditions, cv=cv)
by_run = cross_val_score(svc, fmri_masked, conditions, cv=LeaveOneGroupOut(), groups=session_label)
mark("svc_fits_and_cv")

coef_img = masker.inverse_transform(svc.coef_)
coef_img.to_filename(os.path.join(out, "haxby_svc_weights.nii.gz"))
mark("inverse_transform_save")

display = plotting.plot_stat_map(coef_img, bg_img=anat, title="SVM weights", display_mode="yx")
display.savefig(os.path.join(out, "weights.png"))
display.close()
mark("plot_stat_map")

if len(sys.argv) > 3:
    with open(sys.argv[3], "w") as f:
        json.dump({"stages": stages, "accuracy": accuracy, "held_out": held_out, "kfold_loop": loop,
                   "cv_default": list(by_default), "cv_kfold": list(by_kfold), "cv_logo": list(by_run)}, f)
