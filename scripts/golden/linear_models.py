#!/usr/bin/env python3
"""Golden values for the liblinear models, RidgeClassifierCV, DummyClassifier and numpy's
legacy RandomState (Tests/DecodingTests/Fixtures/linear/).

Inputs are the matrices scripts/golden/svm.py and svm_haxby.py committed (facecat, multiclass,
tiny and the simulated Haxby face/cat matrix), so the fixtures here hold only outputs:

  random.json   RandomState draws (randint, random_sample, permutation, shuffle, choice,
                multinomial) and the folds of shuffled KFold / StratifiedKFold / GroupKFold,
                ShuffleSplit and StratifiedShuffleSplit
  models.json   per data set: LinearSVC, LogisticRegressionCV(solver='liblinear'),
                RidgeClassifierCV and DummyClassifier(strategy='stratified') fits — coef_,
                intercept_, n_iter_, C_/alpha_, scores, predict, decision_function — and l1_min_c

Run with the reference venv (scikit-learn 1.9.1, numpy 2.4):
    /work/venv-ref/bin/python scripts/golden/linear_models.py
"""
import json
import os
import sys
import warnings

import numpy as np
import sklearn
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegressionCV, RidgeClassifierCV
from sklearn.model_selection import (GroupKFold, KFold, ShuffleSplit, StratifiedKFold,
                                     StratifiedShuffleSplit)
from sklearn.svm import LinearSVC, l1_min_c

from _common import FIXTURES, fixture_folder, floats, write_json

OUT = fixture_folder("linear")


def load(name):
    """A committed svm fixture: float32 matrix, labels, groups."""
    matrix = "haxby/x" if name == "haxby/haxby" else name
    meta = json.load(open(os.path.join(FIXTURES, "svm", name + ".json")))
    x = np.fromfile(os.path.join(FIXTURES, "svm", matrix + ".f32"), dtype="<f4").reshape(meta["shape"])
    return x, np.asarray(meta["labels"]), meta["groups"]


def linear_record(model, x):
    record = {"repr": repr(model), "classes": [str(c) for c in model.classes_],
              "coef": floats(model.coef_), "coef_shape": list(np.shape(model.coef_)),
              "intercept": floats(model.intercept_),
              "predict": [str(p) for p in model.predict(x)],
              "decision": floats(model.decision_function(x))}
    if hasattr(model, "n_iter_"):
        record["n_iter"] = int(np.max(model.n_iter_))
    return record


SVC_CONFIGS = {
    "l2": dict(random_state=0),
    "l2_dual_C0.05": dict(dual=True, C=0.05, random_state=3),
    "l2_primal": dict(dual=False),
    "l1_C0.1": dict(penalty="l1", C=0.1, random_state=0),
    "hinge": dict(loss="hinge", random_state=1, max_iter=5000),
    "nilearn_svc_l1": dict(penalty="l1", max_iter=10000, random_state=0),
    "nilearn_svc_l2": dict(penalty="l2", max_iter=10000, random_state=0),
    "no_intercept": dict(fit_intercept=False, random_state=0, intercept_scaling=2.0),
    "intercept_scaling3": dict(intercept_scaling=3.0, random_state=7),
}


def models(x, y):
    out = {"linear_svc": {}, "logistic_cv": {}, "ridge_cv": {}, "dummy": {}}
    for name, params in SVC_CONFIGS.items():
        out["linear_svc"][name] = {"params": params, **linear_record(LinearSVC(**params).fit(x, y), x)}
    binary = len(set(y)) == 2
    out["l1_min_c"] = {"squared_hinge": float(l1_min_c(x, y, loss="squared_hinge")),
                       "log": float(l1_min_c(x, y, loss="log")),
                       "no_intercept": float(l1_min_c(x, y, fit_intercept=False))}
    if binary:
        lr_configs = {
            "nilearn_l2": dict(l1_ratios=(0,), scoring="neg_log_loss", Cs=list(np.geomspace(2e-3, 2e4, 8) * 0.5)),
            "nilearn_l1": dict(l1_ratios=(1,), scoring="neg_log_loss", random_state=0,
                               Cs=list(np.geomspace(2e-3, 2e4, 8) * l1_min_c(x, y, loss="log"))),
            "l2_accuracy_default_Cs": dict(l1_ratios=(0,), scoring=None, random_state=0),
            "l1_kfold3_norefit": dict(l1_ratios=(1,), scoring="accuracy", Cs=5, cv=KFold(3), refit=False,
                                      random_state=2),
        }
        for name, params in lr_configs.items():
            model = LogisticRegressionCV(solver="liblinear", use_legacy_attributes=False, **params).fit(x, y)
            record = linear_record(model, x)
            record.update({"C": float(model.C_), "Cs": floats(model.Cs_),
                           "scores": floats(model.scores_), "scores_shape": list(model.scores_.shape),
                           "predict_proba": floats(model.predict_proba(x))})
            shown = {k: (v if not isinstance(v, KFold) else "KFold(3)") for k, v in params.items()}
            out["logistic_cv"][name] = {"params": {k: (floats(v) if k == "Cs" and not isinstance(v, int) else v)
                                                   for k, v in shown.items()}, **record}
    for name, params in {"default": {}, "nilearn": dict(alphas=np.geomspace(1e-3, 1e4, 8))}.items():
        model = RidgeClassifierCV(**params).fit(x, y)
        record = linear_record(model, x)
        record.update({"alpha": float(model.alpha_), "best_score": float(model.best_score_),
                       "coef_dtype": str(model.coef_.dtype)})
        out["ridge_cv"][name] = {"params": {k: floats(v) for k, v in params.items()}, **record}
    for seed in (0, 42):
        model = DummyClassifier(strategy="stratified", random_state=seed).fit(x, y)
        out["dummy"][str(seed)] = {"class_prior": floats(model.class_prior_),
                                   "predict": [str(p) for p in model.predict(x)],
                                   "predict_proba": floats(model.predict_proba(x))}
    return out


def splits(cv, x, y=None, groups=None):
    return [{"train": [int(i) for i in tr], "test": [int(i) for i in te]} for tr, te in cv.split(x, y, groups)]


def random_goldens():
    out = {"seeds": {}}
    for seed in (0, 1, 42, 123456789, 4294967295):
        rs = np.random.RandomState(seed)
        rec = {"randint_int32max": [int(rs.randint(np.iinfo("i").max)) for _ in range(5)],
               "randint_5_100": [int(v) for v in rs.randint(5, 100, size=10)],
               "randint_2e40": [int(rs.randint(2**40)) for _ in range(3)],
               "random_sample": floats(rs.random_sample(5)),
               "permutation_10": [int(v) for v in rs.permutation(10)],
               "permutation_1000_head": [int(v) for v in rs.permutation(1000)[:20]]}
        shuffled = list(range(7))
        rs.shuffle(shuffled)
        rec["shuffle_7"] = shuffled
        rec["choice_12_5"] = [int(v) for v in rs.choice(np.arange(100, 112), size=5, replace=False)]
        rec["multinomial_1"] = [[int(v) for v in rs.multinomial(1, [0.2, 0.5, 0.3])] for _ in range(20)]
        rec["multinomial_7"] = [int(v) for v in rs.multinomial(7, [0.1, 0.6, 0.3])]
        out["seeds"][str(seed)] = rec
    labels = ["a"] * 7 + ["b"] * 4 + ["c"] * 6 + ["a"] * 3
    groups = [0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 3, 4, 4, 5, 5, 5, 5, 6, 7, 7]
    x = np.zeros((20, 1))
    out["labels"], out["groups"] = labels, groups
    out["splits"] = {
        "kfold5_shuffle0": splits(KFold(5, shuffle=True, random_state=0), x),
        "kfold3_shuffle42": splits(KFold(3, shuffle=True, random_state=42), x),
        "stratified4_shuffle0": splits(StratifiedKFold(4, shuffle=True, random_state=0), x, labels),
        "stratified3_shuffle7": splits(StratifiedKFold(3, shuffle=True, random_state=7), x, labels),
        "groupkfold3_shuffle0": splits(GroupKFold(3, shuffle=True, random_state=0), x, labels, groups),
        "shufflesplit_default0": splits(ShuffleSplit(random_state=0), x),
        "shufflesplit_5_test0.25_1": splits(ShuffleSplit(5, test_size=0.25, random_state=1), x),
        "shufflesplit_3_train0.5_test5_2": splits(ShuffleSplit(3, train_size=0.5, test_size=5, random_state=2), x),
        "stratifiedshufflesplit_5_test0.2_0": splits(StratifiedShuffleSplit(5, test_size=0.2, random_state=0), x, labels),
        "stratifiedshufflesplit_4_test0.3_5": splits(StratifiedShuffleSplit(4, test_size=0.3, random_state=5), x, labels),
        "stratifiedshufflesplit_3_train8_test6_9": splits(StratifiedShuffleSplit(3, train_size=8, test_size=6, random_state=9), x, labels),
    }
    return out


def main():
    warnings.filterwarnings("ignore")
    write_json(os.path.join(OUT, "random.json"), {"numpy": np.__version__, **random_goldens()})
    record = {"sklearn": sklearn.__version__, "numpy": np.__version__, "datasets": {}}
    for name in ("facecat", "multiclass", "tiny", "haxby/haxby"):
        x, y, _ = load(name)
        record["datasets"][name] = models(x, y)
    write_json(os.path.join(OUT, "models.json"), record)
    print("wrote", OUT, "with scikit-learn", sklearn.__version__, file=sys.stderr)


if __name__ == "__main__":
    main()
