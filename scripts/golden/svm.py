#!/usr/bin/env python3
"""Golden values for the Swift SVC and model selection (Tests/DecodingTests/Fixtures/svm/).

Writes seeded synthetic data sets (float32 little-endian matrices + JSON labels/groups) and
scikit-learn's outputs on them: support indices, dual_coef_, coef_, intercept_, predictions,
decision values, fold indices of KFold/StratifiedKFold/LeaveOneGroupOut/GroupKFold and
cross_val_score values. Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/svm.py
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.model_selection import (GroupKFold, KFold, LeaveOneGroupOut, StratifiedKFold,
                                     cross_val_score)
from sklearn.svm import SVC

from _common import fixture_folder, floats, write_bytes, write_json

OUT = fixture_folder("svm")


def face_cat(rng, runs=12, per_block=9, voxels=464):
    """Haxby-like face vs cat: each run has one face and one cat block of 9 volumes, a run
    offset, a weak class pattern on a subset of voxels and noise, so classes overlap."""
    pattern = np.zeros(voxels)
    informative = rng.choice(voxels, 60, replace=False)
    pattern[informative] = rng.normal(0, 1, 60)
    labels, groups, rows = [], [], []
    for run in range(runs):
        offset = rng.normal(0, 0.5, voxels)
        order = ["face", "cat"] if run % 2 == 0 else ["cat", "face"]
        for label in order:
            sign = 1.0 if label == "face" else -1.0
            for _ in range(per_block):
                rows.append(offset + 0.13 * sign * pattern + rng.normal(0, 1, voxels))
                labels.append(label)
                groups.append(run)
    return np.asarray(rows, dtype=np.float32), labels, groups


def multiclass(rng, classes=("shoe", "face", "house", "bottle"), runs=6, per_block=5, voxels=60):
    centers = {c: rng.normal(0, 0.25, voxels) for c in classes}
    labels, groups, rows = [], [], []
    for run in range(runs):
        for c in rng.permutation(list(classes)):
            for _ in range(per_block):
                rows.append(centers[c] + rng.normal(0, 1, voxels) + 2.0)
                labels.append(str(c))
                groups.append(run)
    return np.asarray(rows, dtype=np.float32), labels, groups


def tiny():
    x = np.array([[0, 0], [1, 1], [2, 0], [0, 2], [3, 3], [4, 2], [2, 4], [4, 4], [2.5, 2.5], [1.5, 2]],
                 dtype=np.float32)
    labels = ["b", "b", "b", "b", "a", "a", "a", "a", "b", "a"]
    return x, labels, [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]


def fit_record(x, y, x_test, **params):
    svc = SVC(kernel="linear", **params).fit(x, y)
    return {
        "C": float(params.get("C", 1.0)),
        "shrinking": bool(params.get("shrinking", True)),
        "repr": repr(svc),
        "classes": [str(c) for c in svc.classes_],
        "support": [int(i) for i in svc.support_],
        "n_support": [int(i) for i in svc.n_support_],
        "n_iter": [int(i) for i in svc.n_iter_],
        "dual_coef": floats(svc.dual_coef_),
        "dual_coef_shape": list(svc.dual_coef_.shape),
        "coef": floats(svc.coef_),
        "coef_shape": list(svc.coef_.shape),
        "intercept": floats(svc.intercept_),
        "predict": [str(p) for p in svc.predict(x_test)],
        "decision": floats(svc.decision_function(x_test)),
        "decision_shape": list(svc.decision_function(x_test).shape),
    }


def folds(cv, x, y, groups=None):
    return [{"train": [int(i) for i in tr], "test": [int(i) for i in te]} for tr, te in cv.split(x, y, groups)]


def dataset(name, x, y, groups):
    write_bytes(os.path.join(OUT, name + ".f32"), x.astype("<f4").tobytes())
    y_arr = np.asarray(y)
    record = {"shape": list(x.shape), "labels": y, "groups": groups, "fits": [], "splits": {}, "scores": {}}
    record["fits"].append({"name": "all", **fit_record(x, y_arr, x)})
    record["fits"].append({"name": "all_C0.002_noshrink", **fit_record(x, y_arr, x, C=0.002, shrinking=False)})
    if len(y) > 30:
        record["fits"].append({"name": "leave30", "train_rows": len(y) - 30,
                               **fit_record(x[:-30], y_arr[:-30], x[-30:])})
    n_groups = len(set(groups))
    cvs = {"kfold5": KFold(5), "kfold3": KFold(3), "stratified5": StratifiedKFold(5),
           "stratified3": StratifiedKFold(3), "logo": LeaveOneGroupOut(),
           "groupkfold": GroupKFold(min(5, n_groups))}
    for key, cv in cvs.items():
        uses_groups = isinstance(cv, (LeaveOneGroupOut, GroupKFold))
        record["splits"][key] = folds(cv, x, y_arr, groups if uses_groups else None)
    svc = SVC(kernel="linear")
    record["scores"]["default"] = floats(cross_val_score(svc, x, y_arr))
    record["scores"]["kfold5"] = floats(cross_val_score(svc, x, y_arr, cv=KFold(5)))
    record["scores"]["logo"] = floats(cross_val_score(svc, x, y_arr, cv=LeaveOneGroupOut(), groups=groups))
    write_json(os.path.join(OUT, name + ".json"), record)


def degenerate():
    """Edge cases: all-zero data, identical points with both labels, a zero feature (the
    signs of zero weights and intercepts must match too)."""
    rng = np.random.default_rng(3)
    spread = rng.normal(0, 1, (12, 3)).astype(np.float32)
    spread[:, 1] = 0
    cases = [
        ("zeros", np.zeros((6, 2), np.float32), ["a", "b"] * 3),
        ("duplicates", np.array([[1, 1], [1, 1], [2, 2], [2, 2], [0, 1]], np.float32), ["a", "b", "a", "b", "a"]),
        ("zero_feature", spread, ["u", "v", "w"] * 4),
        ("zero_feature_binary", spread, ["u", "v"] * 6),
    ]
    records = []
    for name, x, y in cases:
        records.append({"name": name, "x": x.astype(np.float64).tolist(), "labels": y,
                        **fit_record(x, np.asarray(y), x)})
    write_json(os.path.join(OUT, "degenerate.json"), {"cases": records})


def main():
    rng = np.random.default_rng(20251126)
    dataset("facecat", *face_cat(rng))
    dataset("multiclass", *multiclass(rng))
    dataset("tiny", *tiny())
    degenerate()
    # Uneven groups and classes for GroupKFold and StratifiedKFold.
    labels = ["a"] * 7 + ["b"] * 4 + ["c"] * 6 + ["a"] * 3
    groups = [0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 3, 4, 4, 5, 5, 5, 5, 6, 7, 7]
    splits = {"stratified4": folds(StratifiedKFold(4), np.zeros((20, 1)), labels),
              "stratified3": folds(StratifiedKFold(3), np.zeros((20, 1)), labels),
              "groupkfold3": folds(GroupKFold(3), np.zeros((20, 1)), labels, groups),
              "groupkfold4": folds(GroupKFold(4), np.zeros((20, 1)), labels, groups),
              "kfold6": folds(KFold(6), np.zeros((20, 1)), labels),
              "logo": folds(LeaveOneGroupOut(), np.zeros((20, 1)), labels, groups)}
    write_json(os.path.join(OUT, "splits.json"), {"labels": labels, "groups": groups, "splits": splits,
                               "sklearn": sklearn.__version__})
    print("wrote", os.path.abspath(OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
