#!/usr/bin/env python3
"""SVM benchmark: the Swift SVC against scikit-learn's SVC on the same data, in one run.

  (a) facecat:     216 x 464 face vs cat, every fit of the seed tutorial (fit+predict on all,
                   leave-30-out, a 5-fold loop, cross_val_score default / KFold / LeaveOneGroupOut)
  (b) eight_class: 864 x 464, 8 classes one-vs-one, fit + predict
  (c) wide:        216 x 35000 face vs cat, fit + predict

Writes the data sets (seeded) to a directory, times scikit-learn (best of N), runs the Swift
binary on the same files, checks predictions and scores are identical and prints the speed-up.

  /work/venv-ref/bin/python bench/svm_bench.py .build/release/SVMBench [repeats]
"""
import json
import os
import subprocess
import sys
import time

import numpy as np
from sklearn.model_selection import KFold, LeaveOneGroupOut, cross_val_score
from sklearn.svm import SVC

DIR = os.environ.get("SVM_BENCH_DIR", "/tmp/svm-bench")


def blocks(rng, classes, runs, per_block, voxels, strength, informative):
    """Runs of one block per class (9 volumes each), a run offset, a sparse class pattern."""
    patterns = {}
    for c in classes:
        p = np.zeros(voxels)
        idx = rng.choice(voxels, informative, replace=False)
        p[idx] = rng.normal(0, 1, informative)
        patterns[c] = p
    x = np.empty((runs * len(classes) * per_block, voxels), dtype=np.float32)
    labels, groups, row = [], [], 0
    for run in range(runs):
        offset = rng.normal(0, 0.5, voxels)
        for c in rng.permutation(classes):
            for _ in range(per_block):
                x[row] = offset + strength * patterns[c] + rng.normal(0, 1, voxels)
                labels.append(str(c))
                groups.append(run)
                row += 1
    return x, labels, groups


def write(name, x, labels, groups):
    x.astype("<f4").tofile(os.path.join(DIR, name + ".f32"))
    with open(os.path.join(DIR, name + ".json"), "w") as f:
        json.dump({"shape": list(x.shape), "labels": labels, "groups": groups}, f)


def make_data():
    os.makedirs(DIR, exist_ok=True)
    rng = np.random.default_rng(7)
    sets = {
        "facecat": blocks(rng, ["face", "cat"], 12, 9, 464, 0.13, 60),
        "eight_class": blocks(rng, ["bottle", "cat", "chair", "face", "house", "scissors",
                                    "scrambledpix", "shoe"], 12, 9, 464, 0.25, 60),
        "wide": blocks(rng, ["face", "cat"], 12, 9, 35000, 0.13, 3000),
    }
    for name, (x, labels, groups) in sets.items():
        write(name, x, labels, groups)
    return sets


def seed_fits(x, y, groups):
    n = len(y)
    svc = SVC(kernel="linear")
    svc.fit(x, y)
    predict_all = svc.predict(x)
    held = SVC(kernel="linear").fit(x[:-30], y[:-30])
    last30 = held.predict(x[-30:])
    loop = []
    for train, test in KFold(n_splits=5).split(x):
        fold = SVC(kernel="linear").fit(x[train], y[train])
        loop.append(list(fold.predict(x[test])))
    cv_default = cross_val_score(svc, x, y)
    cv_kfold = cross_val_score(svc, x, y, cv=KFold(n_splits=5))
    cv_logo = cross_val_score(svc, x, y, cv=LeaveOneGroupOut(), groups=groups)
    return {"predict_all": list(predict_all), "predict_last30": list(last30), "kfold_loop": loop,
            "cv_default": list(cv_default), "cv_kfold": list(cv_kfold), "cv_logo": list(cv_logo),
            "coef": svc.coef_.ravel().tolist()}


def fit_predict(x, y, groups):
    svc = SVC(kernel="linear").fit(x, y)
    return {"predict_all": list(svc.predict(x)), "coef": svc.coef_.ravel().tolist()}


def best_of(repeats, fn, *args):
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def main():
    binary = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    sets = make_data()
    swift = json.loads(subprocess.run([binary, DIR, str(repeats)], check=True, capture_output=True).stdout)
    runs = {"facecat": seed_fits, "eight_class": fit_predict, "wide": fit_predict}
    print(f"{'scenario':<12} {'shape':>12} {'sklearn s':>10} {'swift s':>9} {'speed-up':>9}  same output")
    for name, fn in runs.items():
        x, labels, groups = sets[name]
        seconds, ours = best_of(repeats, fn, x, np.asarray(labels), groups)
        theirs = swift[name]["result"]
        same = all(ours[k] == theirs[k] for k in ours if k != "coef")
        coef = np.asarray(ours["coef"])
        rel = np.max(np.abs(coef - np.asarray(theirs["coef"]))) / np.max(np.abs(coef))
        shape = "x".join(map(str, x.shape))
        print(f"{name:<12} {shape:>12} {seconds:>10.3f} {swift[name]['seconds']:>9.3f} "
              f"{seconds / swift[name]['seconds']:>8.1f}x  predictions/scores {'identical' if same else 'DIFFER'},"
              f" coef rel. diff {rel:.1e}")


if __name__ == "__main__":
    main()
