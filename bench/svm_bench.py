#!/usr/bin/env python3
"""SVM benchmark: the Swift SVC against scikit-learn's SVC on the same data, in one run.

  (a) facecat:     216 x 464 face vs cat, every fit of the seed tutorial (fit+predict on all,
                   leave-30-out, a 5-fold loop, cross_val_score default / KFold / LeaveOneGroupOut)
  (b) eight_class: 864 x 464, 8 classes one-vs-one, fit + predict
  (c) wide:        216 x 35000 face vs cat, fit + predict

Writes the data sets (seeded) to a directory, then N times runs the Swift binary on the same
files and scikit-learn in turn (so both meet the same machine load), keeps each side's best
time, checks predictions and scores are identical and prints the speed-up.

The Swift side is bench/svm/main.swift, built as an executable target of Package.swift:
  .executableTarget(name: "SVMBench", dependencies: ["Decoding"], path: "bench/svm"),
then:
  swift build -c release --product SVMBench
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


def main():
    binary = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    sets = make_data()
    # Interleave the two sides, one repeat at a time, so both meet the same machine load;
    # keep each side's best time.
    runs = {"facecat": seed_fits, "eight_class": fit_predict, "wide": fit_predict}
    best = {name: [float("inf"), float("inf")] for name in runs}
    sk_results, swift_results = {}, {}
    for _ in range(repeats):
        # Two runs per process: the first warms up (library loading, BLAS thread pool), as the
        # Python side is warm after its first repeat.
        report = json.loads(subprocess.run([binary, DIR, "2"], check=True, capture_output=True).stdout)
        for name, fn in runs.items():
            swift_results[name] = report[name]["result"]
            best[name][1] = min(best[name][1], report[name]["seconds"])
            x, labels, groups = sets[name]
            start = time.perf_counter()
            sk_results[name] = fn(x, np.asarray(labels), groups)
            best[name][0] = min(best[name][0], time.perf_counter() - start)
    print(f"{'scenario':<12} {'shape':>12} {'sklearn s':>10} {'swift s':>9} {'speed-up':>9}  same output")
    for name in runs:
        x = sets[name][0]
        sk, sw = best[name]
        theirs, mine = swift_results[name], sk_results[name]
        same = all(mine[k] == theirs[k] for k in mine if k != "coef")
        coef = np.asarray(mine["coef"])
        rel = np.max(np.abs(coef - np.asarray(theirs["coef"]))) / np.max(np.abs(coef))
        shape = "x".join(map(str, x.shape))
        print(f"{name:<12} {shape:>12} {sk:>10.3f} {sw:>9.3f} "
              f"{sk / sw:>8.1f}x  predictions/scores {'identical' if same else 'DIFFER'},"
              f" coef rel. diff {rel:.1e}")


if __name__ == "__main__":
    main()
