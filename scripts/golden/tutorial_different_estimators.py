#!/usr/bin/env python3
"""What nilearn's plot_haxby_different_estimators prints, for tutorials/plot_haxby_different_estimators.md.

    /work/venv-ref/bin/python scripts/golden/tutorial_different_estimators.py [OUT.json]

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
the mask, for comparison with the Swift tutorial to 1e-6.
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

records = []


class SeededDecoder(nilearn.decoding.Decoder):
    def __init__(self, estimator="svc", **kwargs):
        if estimator == "logistic_l1":
            kwargs["estimator_args"] = {"random_state": 0}
        kwargs["n_jobs"] = 2  # as the tutorial's jobs: 2; nilearn's results do not depend on it
        super().__init__(estimator=estimator, **kwargs)

    def fit(self, X, y, groups=None):
        super().fit(X, y, groups=groups)
        records.append(self)
        return self


nilearn.decoding.Decoder = SeededDecoder

if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else None
    example = os.path.join(ROOT, "bench", "decoder", "vendor", "plot_haxby_different_estimators.py")
    sys.argv = [example]
    import runpy

    runpy.run_path(example, run_name="__main__")
    out = {}
    for decoder in records:
        name = decoder.estimator
        kind = "multiclass" if len(decoder.classes_) > 2 else "face_house"
        entry = {"cv_scores": {str(k): [float(v) for v in vals] for k, vals in decoder.cv_scores_.items()
                               if k != "AVERAGE"}}
        if kind == "face_house":
            masker = NiftiMasker(mask_img=decoder.mask).fit()
            entry["face_map"] = [float(v) for v in masker.transform(decoder.coef_img_["face"]).ravel()]
        out.setdefault(name, {})[kind] = entry
    if target:
        with open(target, "w") as f:
            json.dump(out, f, indent=1, sort_keys=True)
