#!/usr/bin/env python3
"""Golden reprs of the estimators (Tests/DecodingTests/Fixtures/learn/reprs.json): scikit-learn
1.9's and nilearn 0.14's `repr(estimator)` — only the parameters changed from the defaults,
alphabetical, wrapped at 80 columns — for each case the Swift test builds alike by name.

    /work/venv-ref/bin/python scripts/golden/estimator_reprs.py
"""
import warnings

from nilearn.decoding import Decoder
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, SelectPercentile
from sklearn.linear_model import LogisticRegressionCV, RidgeClassifierCV
from sklearn.model_selection import LeaveOneGroupOut
from sklearn.svm import SVC, LinearSVC

from _common import fixture_folder, write_json

warnings.simplefilter("ignore")

CASES = {
    "svc": SVC(kernel="linear"),
    "svc_many": SVC(kernel="linear", C=0.5, cache_size=100.0, decision_function_shape="ovo",
                    max_iter=10, shrinking=False, tol=1e-5),
    "linear_svc": LinearSVC(),
    "linear_svc_hinge": LinearSVC(loss="hinge", C=10.0),
    "linear_svc_many": LinearSVC(C=0.1, dual=False, fit_intercept=False, intercept_scaling=2.0,
                                 max_iter=50, penalty="l1", random_state=0, tol=1e-5),
    # One line up to 80 columns, wrapped beyond: random_state=10, 100, 1000 give 79, 80, 81.
    **{f"linear_svc_seed_{seed}": LinearSVC(C=0.1, dual=False, fit_intercept=False, max_iter=50, random_state=seed)
       for seed in (10, 100, 1000)},
    "logistic_l1": LogisticRegressionCV(solver="liblinear", l1_ratios=(1,), scoring="neg_log_loss",
                                        random_state=0),
    "logistic_many": LogisticRegressionCV(solver="liblinear", l1_ratios=(0,), max_iter=50, refit=False,
                                          tol=1e-3, fit_intercept=False, intercept_scaling=2.0),
    "ridge": RidgeClassifierCV(),
    "ridge_alphas": RidgeClassifierCV(alphas=[0.001, 1.0, 1000.0], fit_intercept=False),
    "dummy": DummyClassifier(),
    "dummy_stratified": DummyClassifier(strategy="stratified", random_state=0),
    "select_percentile": SelectPercentile(percentile=5),
    "select_percentile_fraction": SelectPercentile(percentile=2.5),
    "select_k_best": SelectKBest(k=500),
    "select_k_best_all": SelectKBest(k="all"),
    "decoder": Decoder(),
    "decoder_screening": Decoder(estimator="svc_l1", cv=LeaveOneGroupOut(), screening_percentile=None,
                                 screening_n_features=500, scoring="accuracy"),
    "decoder_many": Decoder(estimator="svc_l1", param_grid={"C": [0.1, 1.0]}, screening_percentile=5.0,
                            smoothing_fwhm=4.0, standardize=False, n_jobs=2, scoring="accuracy",
                            estimator_args={"tol": 0.001}),
}

if __name__ == "__main__":
    write_json(fixture_folder("learn") + "/reprs.json", {name: repr(e) for name, e in CASES.items()})
