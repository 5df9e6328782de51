#!/usr/bin/env python3
"""scikit-learn's `svc_l2` fits of one category of plot_haxby_different_estimators, against the
vendored liblinear's, coefficient by coefficient.

    /work/venv-ref/bin/python scripts/golden/svc_l2_category.py DATA [REPLAY_OUT [FIRST LAST]]

DATA is a problem dump of bench/liblinear/make_problems.py (X.f32, problems.txt; NCATS=1 gives
the first category, 'bottle': 12 leave-one-run-out folds x 3 C). Every squared-hinge l2 problem
(liblinear solver 2) in it is fitted as nilearn's Decoder fits `svc_l2` —
LinearSVC(penalty='l2', max_iter=1e4), which picks the primal solver for 792 samples x 464
features — and its w (coef_ then the bias weight, float64) and n_iter_ are written to
DATA/w_sklearn in bench/liblinear/replay.cpp's format. With REPLAY_OUT (what
`replay DATA OUT 2` wrote from the Swift side's liblinear), prints per fit whether w is byte-
identical, else its largest difference relative to max|w|, and exits 1 if any fit is further
than 1e-4 or its iteration count differs. FIRST LAST (0-based, inclusive) fit only those
problems and compare them with the same fits of REPLAY_OUT (one line per fit as it is done,
so that slices can run side by side on a slow machine); w_sklearn is then not written.
"""
import os
import struct
import sys
import warnings

import numpy as np
from sklearn.svm import LinearSVC

data = sys.argv[1]
with open(os.path.join(data, "problems.txt")) as f:
    n, d = map(int, f.readline().split())
    problems = []
    for line in f:
        fields = line.split()
        if fields and fields[0] == "2":
            C, seed, rows = float(fields[1]), int(fields[2]), int(fields[3])
            index = np.array(fields[4:4 + rows], dtype=int)
            codes = np.array(fields[4 + rows:4 + 2 * rows], dtype=int)
            problems.append((C, index, codes))
X = np.fromfile(os.path.join(data, "X.f32"), dtype=np.float32).reshape(n, d)

size = 8 * (d + 1) + 4
replay = open(sys.argv[2], "rb").read() if len(sys.argv) > 2 else None
if replay is not None:
    assert len(replay) == size * len(problems), "the replay output holds other fits"
first, last = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (0, len(problems) - 1)


def fit(C, index, codes):
    """w (coef_ then the bias weight, float64 bytes) and n_iter_ of nilearn's svc_l2."""
    # dual="auto" (the default nilearn keeps) is the primal solver here: more samples than features.
    assert len(index) > d
    model = LinearSVC(penalty="l2", loss="squared_hinge", C=C, max_iter=10000, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ConvergenceWarning: the Swift side fits the same way
        model.fit(X[index].astype(np.float64), codes)
    w = np.append(model.coef_[0], model.intercept_[0])  # intercept_scaling 1: the bias weight
    return w.astype(np.float64).tobytes(), int(np.max(model.n_iter_))


records, worst, identical, failed = [], 0.0, 0, False
for k in range(first, last + 1):
    C, index, codes = problems[k]
    w, iterations = fit(C, index, codes)
    records.append((w, iterations))
    if replay is None:
        continue
    ours = replay[k * size:(k + 1) * size]
    ours_iter = struct.unpack("<i", ours[-4:])[0]
    if ours[:-4] == w and ours_iter == iterations:
        identical += 1
        print(f"fit {k} (C={C!r}): byte-identical, n_iter {iterations}", flush=True)
        continue
    theirs_w, ours_w = np.frombuffer(w), np.frombuffer(ours[:-4])
    rel = np.max(np.abs(ours_w - theirs_w)) / np.max(np.abs(theirs_w))
    worst = max(worst, rel)
    failed = failed or rel > 1e-4 or ours_iter != iterations
    print(f"fit {k} (C={C!r}): max relative difference {rel:.3g}, n_iter {ours_iter} vs {iterations}", flush=True)
if (first, last) == (0, len(problems) - 1):
    with open(os.path.join(data, "w_sklearn"), "wb") as f:
        for w, iterations in records:
            f.write(w + struct.pack("<i", iterations))
    print(f"{len(records)} svc_l2 fits written to {os.path.join(data, 'w_sklearn')}")
if replay is not None:
    print(f"{identical} of {len(records)} fits byte-identical (w and n_iter); worst relative difference {worst:.3g}")
sys.exit(1 if failed else 0)
