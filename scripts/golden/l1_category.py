#!/usr/bin/env python3
"""scikit-learn's `l1` liblinear fits of one category of plot_haxby_different_estimators (the
`svc_l1` and `logistic_l1` problems), against the Swift side's dense l1 solvers
(Sources/CLiblinearImpl/l1dense.cpp), coefficient by coefficient.

    /work/venv-ref/bin/python scripts/golden/l1_category.py DATA SOLVER [REPLAY_OUT [LIMIT]]

DATA is a problem dump of bench/liblinear/make_problems.py (X.f32, problems.txt; NCATS=1 gives
the first category, 'bottle': 12 leave-one-run-out folds x (3 C of svc_l1, 5 inner folds x 8 C
of logistic_l1)). SOLVER is liblinear's: 5 (squared hinge, l1: nilearn's svc_l1,
LinearSVC(penalty='l1', max_iter=1e4)) or 6 (logistic, l1: the fits inside nilearn's
logistic_l1, LogisticRegressionCV(solver='liblinear', l1_ratios=(1,)), max_iter 100). Every
problem of that solver is fitted with scikit-learn's own `_fit_liblinear`, with the seed the
dump records (what scikit-learn draws from random_state=0), and its w (coef_ then the bias
weight, float64) and n_iter_ are written to DATA/w_sklearn_SOLVER in bench/liblinear/replay.cpp's
format. With REPLAY_OUT (what `replay DATA OUT SOLVER` wrote, compiled with -DL1_DENSE as
bench/liblinear/run compiles it), prints per fit whether w and n_iter are byte-identical and
exits 1 if any is not. LIMIT fits only the first LIMIT problems.
"""
import os
import struct
import sys
import warnings

import numpy as np
from sklearn.svm._base import _fit_liblinear

data, solver = sys.argv[1], sys.argv[2]
assert solver in ("5", "6"), "SOLVER is 5 (svc_l1) or 6 (logistic_l1)"
limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
with open(os.path.join(data, "problems.txt")) as f:
    n, d = map(int, f.readline().split())
    problems = []
    for line in f:
        fields = line.split()
        if fields and fields[0] == solver:
            C, seed, rows = float(fields[1]), int(fields[2]), int(fields[3])
            index = np.array(fields[4:4 + rows], dtype=int)
            codes = np.array(fields[4 + rows:4 + 2 * rows], dtype=int)
            problems.append((C, seed, index, codes))
problems = problems[:limit]
X = np.fromfile(os.path.join(data, "X.f32"), dtype=np.float32).reshape(n, d)


class Seed(np.random.RandomState):
    """A random_state whose one draw is the recorded seed (scikit-learn draws
    rnd.randint(np.iinfo('i').max) once per _fit_liblinear)."""

    def __init__(self, seed):
        super().__init__(0)
        self.seed_value = seed

    def randint(self, *args, **kwargs):
        return self.seed_value


def fit(C, seed, index, codes):
    svc = solver == "5"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ConvergenceWarning: the Swift side fits the same way
        coef, intercept, n_iter = _fit_liblinear(
            X[index].astype(np.float64), codes, C, True, 1.0, None, "l1", False, 0,
            10000 if svc else 100, 1e-4, random_state=Seed(seed),
            loss="squared_hinge" if svc else "logistic_regression")
    w = np.append(coef[0], intercept[0])  # intercept_scaling 1: the bias weight
    return w.astype(np.float64).tobytes(), int(np.max(n_iter))


size = 8 * (d + 1) + 4
replay = open(sys.argv[3], "rb").read() if len(sys.argv) > 3 else None


def difference(k, w, iterations):
    """None when fit k of the replay equals scikit-learn's byte for byte, else how it differs."""
    fit_bytes = replay[k * size:(k + 1) * size]
    theirs, ours = np.frombuffer(w), np.frombuffer(fit_bytes[:-4])
    ours_iterations = struct.unpack("<i", fit_bytes[-4:])[0]
    if fit_bytes[:-4] == w and ours_iterations == iterations:
        return None
    relative = np.max(np.abs(ours - theirs)) / max(np.max(np.abs(theirs)), 1e-300)
    return f"max relative difference {relative:.3g}, n_iter {ours_iterations} vs {iterations}"


records = [fit(*problem) for problem in problems]
differences = [] if replay is None else [(k, difference(k, *record)) for k, record in enumerate(records)]
for k, what in differences:
    if what is not None:
        print(f"fit {k} (C={problems[k][0]!r}): {what}")
with open(os.path.join(data, f"w_sklearn_{solver}"), "wb") as f:
    for w, iterations in records:
        f.write(w + struct.pack("<i", iterations))
print(f"{len(records)} solver-{solver} fits written to {os.path.join(data, f'w_sklearn_{solver}')}")
identical = sum(what is None for _, what in differences)
if replay is not None:
    print(f"{identical} of {len(records)} fits byte-identical (w and n_iter)")
sys.exit(1 if identical < len(differences) else 0)
