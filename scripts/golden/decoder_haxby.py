#!/usr/bin/env python3
"""Golden values of nilearn 0.14's Decoder on a crop of the simulated Haxby subject
(Tests/DecodingTests/Fixtures/decoder/).

The Swift tests cannot rely on the 190 MB subject, so this script cuts a small but real-shaped
piece of it: the face, house and cat volumes (324) of bold.nii.gz, cropped to the bounding box
of mask4_vt plus one voxel (the affine shifted accordingly), written as int16 `bold.nii.gz`
(one gzip member, as nibabel writes), with the cropped `mask_vt.nii.gz` and `mask_face.nii.gz`.
It then runs nilearn's Decoder on those files in the configurations the Swift tests replay
(every catalogue estimator, binary and three-class problems, each scoring, screening by count
and by percentile, smoothing, a NiftiMasker as mask, no mask (nilearn's background mask),
estimator_args, boolean targets) and records classes_,
cv_scores_, cv_params_, coef_, intercept_, dummy_output_, screening_percentile_, the
predictions on the training images (the dummy classifier's too: nilearn draws them from
default_rng(0)), the computed mask, and the folds, in decoder.json.

    /work/venv-ref/bin/python scripts/golden/decoder_haxby.py [<data dir>/haxby2001/subj2] [--images]

The cropped images are written when missing or with --images (nibabel's gzip output is not
byte-stable, so rerunning for new cases leaves the committed images alone).
"""
import os
import sys
import warnings

import nibabel as nib
import nilearn
import numpy as np
import pandas as pd
import sklearn
from nilearn.decoding import Decoder
from nilearn.maskers import NiftiMasker
from sklearn.model_selection import KFold, LeaveOneGroupOut

from _common import fixture_folder, save_image, write_json

OUT = fixture_folder("decoder")
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
KEEP = ("face", "house", "cat")


def crop(img, lo, hi, dtype=None):
    data = np.asarray(img.dataobj)[lo[0]:hi[0], lo[1]:hi[1], lo[2]:hi[2]]
    affine = img.affine.copy()
    affine[:3, 3] = img.affine[:3, :3] @ np.asarray(lo, dtype=float) + img.affine[:3, 3]
    out = nib.Nifti1Image(data.astype(dtype or data.dtype), affine)
    out.header.set_xyzt_units(*img.header.get_xyzt_units())
    return out


def write_fixture_images(folder, write):
    behavioral = pd.read_csv(os.path.join(folder, "labels.txt"), sep=" ")
    keep = behavioral["labels"].isin(KEEP).to_numpy()
    vt = nib.load(os.path.join(folder, "mask4_vt.nii.gz"))
    idx = np.argwhere(np.asarray(vt.dataobj) != 0)
    lo = np.maximum(idx.min(0) - 1, 0)
    hi = np.minimum(idx.max(0) + 2, vt.shape[:3])
    bold = nib.load(os.path.join(folder, "bold.nii.gz"))
    data = np.asarray(bold.dataobj)[lo[0]:hi[0], lo[1]:hi[1], lo[2]:hi[2]][..., keep]
    affine = bold.affine.copy()
    affine[:3, 3] = bold.affine[:3, :3] @ lo.astype(float) + bold.affine[:3, 3]
    small = nib.Nifti1Image(data.astype(np.int16), affine)
    if write or not os.path.exists(os.path.join(OUT, "bold.nii.gz")):
        save(small, "bold.nii.gz")
        save(crop(vt, lo, hi, np.uint8), "mask_vt.nii.gz")
        save(crop(nib.load(os.path.join(folder, "mask8b_face_vt.nii.gz")), lo, hi, np.uint8), "mask_face.nii.gz")
    labels = [str(v) for v in behavioral["labels"][keep]]
    runs = [int(v) for v in behavioral["chunks"][keep]]
    return labels, runs


def save(img, name):
    save_image(img, os.path.join(OUT, name))


def portable(v):
    """A parameter as recorded: its repr unless a plain value, with paths relative to the
    repository, so that regenerating from another checkout changes no case's record."""
    v = v if isinstance(v, (int, float, str, type(None))) else repr(v)
    return v.replace(REPO + os.sep, "") if isinstance(v, str) else v


def plain(v):
    if isinstance(v, np.ndarray):
        return [float(x) for x in v.ravel()]
    if isinstance(v, (np.floating, float)):
        return float(v)
    if isinstance(v, (np.integer, int)):
        return float(v)
    return v


CASES = [
    # name, rows ("binary": face/house, "multi": face/house/cat, "bool": face vs rest), kwargs, groups?
    ("svc_kbest_accuracy", "binary", dict(estimator="svc", mask="vt", screening_percentile=None,
                                          screening_n_features=100, scoring="accuracy", cv="logo"), True),
    ("svc_l1_rocauc", "binary", dict(estimator="svc_l1", mask="vt", scoring="roc_auc", cv="logo"), True),
    ("svc_l2_multi_percentile", "multi", dict(estimator="svc_l2", mask="vt", screening_percentile=1,
                                              scoring="accuracy", cv=4), False),
    ("svc_smoothed", "binary", dict(estimator="svc", mask="vt", smoothing_fwhm=4, screening_percentile=None,
                                    screening_n_features=200, scoring="accuracy", cv="logo"), True),
    ("svc_f1_kfold", "binary", dict(estimator="svc", mask="vt", scoring="f1", cv="kfold"), False),
    # nilearn leaves LogisticRegressionCV's random_state at None (liblinear's l1 coordinate order
    # then comes from numpy's global stream and runs differ); the Swift decoder fixes it at 0.
    ("logistic_l1_binary", "binary", dict(estimator="logistic_l1", mask="vt", screening_percentile=100, cv="logo",
                                          estimator_args={"random_state": 0}), True),
    # Four stratified folds, not leave-one-run-out: LogisticRegressionCV fits 8 Cs x 5 inner folds
    # per class and fold, and 12 outer folds made this the test suite's costliest case.
    ("logistic_l2_multi", "multi", dict(estimator="logistic_l2", mask="vt", screening_percentile=100, cv=4,
                                        estimator_args={"random_state": 0}), False),
    ("ridge_multi", "multi", dict(estimator="ridge_classifier", mask="vt", screening_percentile=100, cv="logo"), True),
    # Four stratified folds too: l1 LinearSVC on every voxel of the mask, 3 problems x 3 Cs a
    # fold, cost the test suite 12 CPU s with leave-one-run-out's 12 folds.
    ("svc_l1_multi", "multi", dict(estimator="svc_l1", mask="vt", screening_percentile=100, cv=4), False),
    ("dummy_bool_masker", "bool", dict(estimator="dummy_classifier", mask="masker_face", scoring="roc_auc", cv="logo"), True),
    ("svc_l1_bool_masker", "bool", dict(estimator="svc_l1", mask="masker_face", scoring="roc_auc", cv="logo"), True),
    ("dummy_multi", "multi", dict(estimator="dummy_classifier", mask="vt", cv="logo"), True),
    ("default_cv_groups", "binary", dict(estimator="svc", mask="vt"), True),
    ("default_cv_stratified", "binary", dict(estimator="ridge_classifier", mask="vt"), False),
    # No mask: nilearn computes one from the images (mask_strategy='background').
    ("svc_mask_none", "binary", dict(estimator="svc", mask=None, screening_percentile=None,
                                     screening_n_features=100, scoring="accuracy", cv="logo"), True),
    ("dummy_accuracy", "binary", dict(estimator="dummy_classifier", mask="vt", scoring="accuracy", cv="logo"), True),
    # estimator_args last: nilearn 0.14 merges them into its module-level catalogue entry, so
    # they stay in force for every later Decoder of the same estimator in the process.
    ("svc_estimator_args", "binary", dict(estimator="svc", mask="vt", screening_percentile=None,
                                          screening_n_features=100, scoring="accuracy", cv="logo",
                                          estimator_args={"fit_intercept": False, "tol": 1e-3}), True),
    ("ridge_estimator_args", "multi", dict(estimator="ridge_classifier", mask="vt", screening_percentile=100,
                                           cv="logo", estimator_args={"fit_intercept": False}), True),
    ("dummy_estimator_args", "multi", dict(estimator="dummy_classifier", mask="vt", scoring="accuracy", cv="logo",
                                           estimator_args={"random_state": 7}), True),
]


def run_case(name, rows, kwargs, use_groups, labels, runs):
    kwargs = dict(kwargs)
    labels = np.asarray(labels)
    runs = np.asarray(runs)
    if rows == "binary":
        keep = np.isin(labels, ["face", "house"])
    else:
        keep = np.ones(len(labels), bool)
    y = labels[keep]
    if rows == "bool":
        y = y == "face"
    groups = runs[keep] if use_groups else None
    img = nib.load(os.path.join(OUT, "bold.nii.gz"))
    img = nib.Nifti1Image(np.asarray(img.dataobj)[..., keep], img.affine, img.header)
    mask = kwargs.pop("mask")
    if mask is None:
        kwargs["mask"] = None
    elif mask == "vt":
        kwargs["mask"] = os.path.join(OUT, "mask_vt.nii.gz")
    else:
        kwargs["mask"] = NiftiMasker(mask_img=os.path.join(OUT, "mask_face.nii.gz"))
    cv = kwargs.get("cv")
    if cv == "logo":
        kwargs["cv"] = LeaveOneGroupOut()
    elif cv == "kfold":
        kwargs["cv"] = KFold(5)
    decoder = Decoder(**kwargs)
    decoder.fit(img, y, groups=groups)
    record = {
        "name": name, "rows": rows, "groups": use_groups,
        "params": {k: portable(v) for k, v in kwargs.items()},
        "classes": [str(c) for c in decoder.classes_],
        "cv_scores": {str(k): plain(np.asarray(v, dtype=float)) for k, v in decoder.cv_scores_.items()},
        "cv_params": {str(k): {p: [plain(x) for x in vals] for p, vals in d.items()}
                      for k, d in decoder.cv_params_.items()},
        "screening_percentile": float(decoder.screening_percentile_),
        "folds": [{"train": [int(i) for i in tr], "test": [int(i) for i in te]} for tr, te in decoder.cv_],
    }
    if decoder.coef_ is not None:
        record["coef_shape"] = list(decoder.coef_.shape)
        record["coef"] = plain(decoder.coef_)
        record["intercept"] = plain(np.atleast_1d(decoder.intercept_))
        record["std_coef"] = plain(np.vstack([decoder.std_coef_img_[c].get_fdata()[
            np.asarray(decoder.mask_img_.dataobj) != 0] for c in decoder.classes_]))
        record["predict"] = [str(p) for p in decoder.predict(img)]
        try:
            record["score"] = float(decoder.score(img, y))
        except ValueError as error:  # f1 on string labels: scikit-learn's pos_label=1 is not a label
            record["score_error"] = str(error)
    else:
        record["dummy_output"] = plain(decoder.dummy_output_)
        record["dummy_output_shape"] = list(decoder.dummy_output_.shape)
        record["predict"] = [str(p) for p in decoder.predict(img)]
        if decoder.scoring == "accuracy":
            record["score"] = float(decoder.score(img, y))
    if mask is None:
        # The computed mask's voxels as NIfTI offsets (i fastest), in nilearn's (C) order.
        data = np.asarray(decoder.mask_img_.dataobj)
        shape = data.shape
        record["mask_offsets"] = [int(i + shape[0] * (j + shape[1] * k)) for i, j, k in np.argwhere(data != 0)]
    return record


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = os.path.abspath(args[0] if args else os.path.expanduser("~/decoding_data/haxby2001/subj2"))
    warnings.filterwarnings("ignore")
    labels, runs = write_fixture_images(folder, "--images" in sys.argv)
    cases = []
    for name, rows, kwargs, use_groups in CASES:
        record = run_case(name, rows, kwargs, use_groups, labels, runs)
        print(f"{name}: classes {record['classes']}, mean score "
              f"{np.mean(next(iter(record['cv_scores'].values()))):.4f}", file=sys.stderr)
        cases.append(record)
    out = {"nilearn": nilearn.__version__, "sklearn": sklearn.__version__, "labels": labels, "runs": runs,
           "cases": cases}
    write_json(os.path.join(OUT, "decoder.json"), out)
    print(f"wrote {OUT}/decoder.json ({len(cases)} cases)", file=sys.stderr)


if __name__ == "__main__":
    main()
