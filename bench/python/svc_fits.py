#!/usr/bin/env python3
"""scikit-learn's side of the SVC benchmark: fits one problem written by prepare_svc.py
REPEATS times and records the seconds of each repeat and the predictions of the last.

    svc_fits.py PROBLEM_DIR NAME REPEATS RESULT_JSON

facecat runs every fit of the seed tutorial (fit + predict on all, leave the last 30 out, a
5-fold KFold loop, cross_val_score with its default, KFold(5) and LeaveOneGroupOut: 29 fits);
the other problems one fit on all samples and a prediction of them. DecodingBench's `svc`
subcommand does the same and writes the same JSON, so the harness compares the two.
"""
import json
import sys
import time

import numpy as np
from sklearn.model_selection import KFold, LeaveOneGroupOut, cross_val_score
from sklearn.svm import SVC

problem, name, repeats, result_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
with open(f"{problem}/{name}.json") as f:
    meta = json.load(f)
x = np.fromfile(f"{problem}/{name}.f32", dtype="<f4").reshape(meta["shape"])
y = np.array(meta["labels"])
groups = np.array(meta["groups"])


def seed_fits():
    svc = SVC(kernel="linear")
    svc.fit(x, y)
    out = {"predict_all": svc.predict(x).tolist(), "coef": svc.coef_.ravel().tolist()}
    held = SVC(kernel="linear").fit(x[:-30], y[:-30])
    out["predict_last30"] = held.predict(x[-30:]).tolist()
    loop = []
    for train, test in KFold(n_splits=5).split(x):
        loop += SVC(kernel="linear").fit(x[train], y[train]).predict(x[test]).tolist()
    out["kfold_loop"] = loop
    out["cv_default"] = cross_val_score(svc, x, y).tolist()
    out["cv_kfold"] = cross_val_score(svc, x, y, cv=KFold(n_splits=5)).tolist()
    out["cv_logo"] = cross_val_score(svc, x, y, cv=LeaveOneGroupOut(), groups=groups).tolist()
    return out


def fit_predict():
    svc = SVC(kernel="linear").fit(x, y)
    return {"predict_all": svc.predict(x).tolist(), "coef": svc.coef_.ravel().tolist()}


run = seed_fits if name == "facecat" else fit_predict
seconds = []
for _ in range(repeats):
    start = time.perf_counter()
    result = run()
    seconds.append(time.perf_counter() - start)
with open(result_path, "w") as f:
    json.dump({"seconds": seconds, "result": result}, f)
