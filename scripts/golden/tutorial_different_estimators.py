#!/usr/bin/env python3
"""What nilearn's plot_haxby_different_estimators prints, for tutorials/plot_haxby_different_estimators.md.

    /work/venv-ref/bin/python scripts/golden/tutorial_different_estimators.py [OUT.json [NAME,…]]

Runs nilearn's example (bench/decoder/vendor/, unchanged) through bench/decoder/nilearn_setup.py
on the Swift side's data, with one difference the tutorial makes too: `logistic_l1` gets
`estimator_args={"random_state": 0}`. nilearn leaves LogisticRegressionCV unseeded, so each run
draws liblinear's coordinate order from numpy's global generator and its coefficients move
within the solver's tolerance from run to run; seeded, they are reproducible and comparable.
(The other estimators are seeded by nilearn already: LinearSVC has random_state=0, and the
ridge classifier draws nothing.) Every Decoder also gets n_jobs=2, like the tutorial's `jobs: 2`:
the folds are fitted two at a time, with the same results.

The example's own lines go to stdout as it prints them (its timing lines included). OUT.json
(optional) gets, per classifier, the full-precision fold scores of every category of the
eight-class fits and of the face-vs-house fits, and the face weight map's voxel values inside
the mask, for comparison with the Swift tutorial to 1e-6. With a list of classifier names after
it, the example's two loops are restated here (same Decoder calls, same lines printed, no
timing), the face-vs-house one first and for all five, the eight-category one for the names
given only: for when the whole example is too slow for the machine at hand.
"""
import json
import os
import sys

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "bench", "decoder"))
import nilearn_setup  # noqa: E402  (patches fetch_haxby and show)
import nilearn.decoding  # noqa: E402
from nilearn.maskers import NiftiMasker  # noqa: E402

TARGET = sys.argv[1] if __name__ == "__main__" and len(sys.argv) > 1 else None
results = {}


def record(decoder):
    """Adds a fitted decoder's scores (and face map, for face vs house) to TARGET, rewritten
    after every fit so that a run cut short keeps what it finished."""
    kind = "multiclass" if len(decoder.classes_) > 2 else "face_house"
    entry = {"cv_scores": {str(k): [float(v) for v in vals] for k, vals in decoder.cv_scores_.items()}}
    if kind == "face_house":
        masker = NiftiMasker(mask_img=decoder.mask).fit()
        entry["face_map"] = [float(v) for v in masker.transform(decoder.coef_img_["face"]).ravel()]
    results.setdefault(decoder.estimator, {})[kind] = entry
    if TARGET:
        with open(TARGET + ".tmp", "w") as f:
            json.dump(results, f, indent=1, sort_keys=True)
        os.replace(TARGET + ".tmp", TARGET)


class SeededDecoder(nilearn.decoding.Decoder):
    def __init__(self, estimator="svc", **kwargs):
        if estimator == "logistic_l1":
            kwargs["estimator_args"] = {"random_state": 0}
        kwargs["n_jobs"] = 2  # as the tutorial's jobs: 2; nilearn's results do not depend on it
        super().__init__(estimator=estimator, **kwargs)

    def fit(self, X, y, groups=None):
        super().fit(X, y, groups=groups)
        record(self)
        return self


nilearn.decoding.Decoder = SeededDecoder


FIVE = ["svc_l2", "svc_l1", "logistic_l1", "logistic_l2", "ridge_classifier"]


def run_some(names):
    import pandas as pd
    from nilearn import datasets
    from nilearn.image import index_img
    from sklearn.model_selection import LeaveOneGroupOut

    haxby = datasets.fetch_haxby()
    labels = pd.read_csv(haxby.session_target[0], sep=" ")
    stimuli = labels["labels"]
    task_mask = np.logical_not(stimuli == "rest")
    categories = stimuli[task_mask].unique()
    fmri = index_img(haxby.func[0], task_mask)
    condition = np.logical_or(stimuli == "face", stimuli == "house")
    fmri_condition = index_img(haxby.func[0], condition)
    for name in sorted(FIVE):
        SeededDecoder(estimator=name, mask=haxby.mask_vt[0], cv=LeaveOneGroupOut(), screening_percentile=100).fit(
            fmri_condition, stimuli[condition], groups=labels["chunks"][condition])
    for name in sorted(names):
        print(70 * "_")
        decoder = SeededDecoder(estimator=name, mask=haxby.mask_vt[0], cv=LeaveOneGroupOut(),
                                screening_percentile=100)
        decoder.fit(fmri, stimuli[task_mask], groups=labels["chunks"][task_mask])
        print(name)
        for category in categories:
            scores = decoder.cv_scores_[category]
            print(f"    {category:14} vs all -- AUC: {np.mean(scores):1.2f} +- {np.std(scores):1.2f}")

if __name__ == "__main__":
    if len(sys.argv) > 2:
        run_some(sys.argv[2].split(","))
    else:
        example = os.path.join(ROOT, "bench", "decoder", "vendor", "plot_haxby_different_estimators.py")
        sys.argv = [example]
        import runpy

        runpy.run_path(example, run_name="__main__")
