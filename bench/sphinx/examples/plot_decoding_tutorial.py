"""
Telling faces from cats: a first fMRI decoding analysis
=======================================================

The benchmark's counterpart of our Markdown seed tutorial: the same steps on the same
simulated Haxby subject (the folder in ``HAXBY_SUBJECT_DIR``), written for nilearn and
scikit-learn so that sphinx-gallery can build it.
"""

# %%
# The subject's files
# -------------------
# One 4-D bold image, a ventral temporal mask, an anatomical image and the labels.
import os

subject = os.environ["HAXBY_SUBJECT_DIR"]
fmri_filename = os.path.join(subject, "bold.nii.gz")
mask_filename = os.path.join(subject, "mask4_vt.nii.gz")
anat_filename = os.path.join(subject, "anat.nii.gz")
print(f"The 4-D functional images of the subject are at: {fmri_filename}")

# %%
# The mask over the anatomy
# -------------------------
from nilearn import plotting

plotting.plot_roi(mask_filename, bg_img=anat_filename, cmap="Paired")

# %%
# From images to a matrix
# -----------------------
# The masker keeps the mask's voxels and standardizes each time series.
from nilearn.maskers import NiftiMasker

masker = NiftiMasker(mask_img=mask_filename, standardize="zscore_sample")
fmri_masked = masker.fit_transform(fmri_filename)
print(fmri_masked)
print(fmri_masked.shape)

# %%
# The labels
# ----------
import pandas as pd

behavioral = pd.read_csv(os.path.join(subject, "labels.txt"), sep=" ")
print(behavioral)
conditions = behavioral["labels"]
print(conditions)

# %%
# Keeping faces and cats only
# ---------------------------
condition_mask = conditions.isin(["face", "cat"])
fmri_masked = fmri_masked[condition_mask]
print(fmri_masked.shape)
conditions = conditions[condition_mask]
print(conditions.shape)

# %%
# A linear support vector classifier
# ----------------------------------
from sklearn.svm import SVC

svc = SVC(kernel="linear")
print(svc)
svc.fit(fmri_masked, conditions)
prediction = svc.predict(fmri_masked)
print(prediction)
print((prediction == conditions).sum() / float(len(conditions)))

# %%
# Holding data out
# ----------------
svc.fit(fmri_masked[:-30], conditions[:-30])
prediction = svc.predict(fmri_masked[-30:])
print((prediction == conditions[-30:]).sum() / float(len(conditions[-30:])))

# %%
# A KFold loop, then cross_val_score
# ----------------------------------
from sklearn.model_selection import KFold, LeaveOneGroupOut, cross_val_score

cv = KFold(n_splits=5)
for train, test in cv.split(X=fmri_masked):
    svc.fit(fmri_masked[train], conditions.values[train])
    prediction = svc.predict(fmri_masked[test])
    print((prediction == conditions.values[test]).sum() / float(len(conditions.values[test])))

print(cross_val_score(svc, fmri_masked, conditions))
session_label = behavioral["chunks"][condition_mask]
print(cross_val_score(svc, fmri_masked, conditions, cv=cv))
print(cross_val_score(svc, fmri_masked, conditions, cv=LeaveOneGroupOut(), groups=session_label))

# %%
# The weights as an image
# -----------------------
coef_ = svc.coef_
print(coef_)
print(coef_.shape)
coef_img = masker.inverse_transform(coef_)
print(coef_img)
coef_img.to_filename("haxby_svc_weights.nii.gz")

# %%
# Plotting the weights
# --------------------
plotting.plot_stat_map(coef_img, bg_img=anat_filename, title="SVM weights", display_mode="yx")
plotting.show()
