#!/usr/bin/env python3
"""Golden values for fClassif, SelectPercentile and SelectKBest (Tests/DecodingTests/Fixtures/feature_selection/).

Writes scikit-learn 1.9 / scipy's results on seeded synthetic matrices (float64 and float32, with
constant features, duplicated columns for ties, a class-constant feature) and on the simulated
Haxby subject's face/house matrix (nilearn's NiftiMasker(mask_img=mask4_vt,
standardize='zscore_sample'), as scripts/golden/svm_haxby.py builds its face/cat one):

  synthetic.json   matrices, labels, f_classif's F and p, supports of several selectors
  special.json     scipy.special.fdtrc and betainc on a grid of arguments, tails included
  haxby_x.f32      the face/house matrix (216 x 464), little-endian float32, C order
  haxby.json       its labels, F, p and supports

    /work/venv-ref/bin/python scripts/golden/feature_selection.py [<data dir>/haxby2001/subj2]
"""
import os
import sys
import warnings

import numpy as np
import pandas as pd
import scipy
import sklearn
from scipy import special
from sklearn.feature_selection import SelectKBest, SelectPercentile, f_classif

from _common import fixture_folder, floats, write_bytes, write_json

OUT = fixture_folder("feature_selection")
PERCENTILES = [1, 5, 10, 12.5, 33.3, 50, 90, 100, 0]
KS = [0, 1, 3, 10, 50, "all", 1000]


def selections(x, y):
    out = {"percentile": {}, "k": {}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for p in PERCENTILES:
            out["percentile"][str(p)] = [int(i) for i in SelectPercentile(f_classif, percentile=p).fit(x, y).get_support(indices=True)]
        for k in KS:
            out["k"][str(k)] = [int(i) for i in SelectKBest(f_classif, k=k).fit(x, y).get_support(indices=True)]
    return out


def case(name, x, y):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f, p = f_classif(x, y)
    return {"name": name, "dtype": str(x.dtype), "shape": list(x.shape), "x": floats(x), "y": [str(v) for v in y],
            "f": floats(f), "p": floats(p), "select": selections(x, y)}


def synthetic():
    rng = np.random.default_rng(13)
    cases = []
    y3 = np.array(["house", "face", "cat"] * 20)[rng.permutation(60)]
    x = rng.normal(size=(60, 40)) + (y3 == "face")[:, None] * np.linspace(0, 2, 40)
    x[:, 5] = 3.0                       # constant: F = nan
    x[:, 7] = (y3 == "cat") * 2.0       # constant within each class: F = inf
    x[:, 20:26] = x[:, 10:16]           # duplicated columns: tied scores
    x[:, 30] = x[:, 31]
    cases.append(case("three_f64", x, y3))
    cases.append(case("three_f32", x.astype(np.float32), y3))
    y2 = np.array(["a", "b"])[rng.integers(0, 2, 45)]
    x2 = (rng.normal(size=(45, 30)) * 100 + 1000).astype(np.float32)  # large offset: float32 cancellation
    x2[:, 3:9] = x2[:, 0:1]             # six equal columns
    cases.append(case("two_f32_offset", x2, y2))
    x3 = rng.normal(size=(30, 12))
    x3[:, 4:8] = x3[:, 0:1]             # ties straddling the percentile threshold
    cases.append(case("ties_f64", x3, np.array(["u", "v", "w"])[np.arange(30) % 3]))
    return cases


def special_grid():
    rows = []
    for dfn, dfd in [(1, 214), (7, 856), (1, 1), (2, 3), (3, 50), (10, 10), (1, 1e4), (50, 5), (1000, 1000)]:
        for f in [0, 1e-8, 1e-3, 0.1, 0.5, 1, 2, 3.5, 10, 50, 200, 1e3, 1e5, np.inf]:
            rows.append(floats([dfn, dfd, f, special.fdtrc(float(dfn), float(dfd), float(f))]))
    beta = []
    for a, b in [(0.5, 0.5), (1, 1), (2, 5), (107, 0.5), (428, 3.5), (0.1, 30), (30, 0.1), (5e3, 2), (2, 5e3), (1e7, 0.5)]:
        for x in [0, 1e-12, 1e-4, 0.01, 0.2, 0.5, 0.8, 0.99, 0.999999, 1]:
            beta.append(floats([a, b, x, special.betainc(a, b, x)]))
    return {"fdtrc": rows, "betainc": beta, "scipy": scipy.__version__}


def haxby(folder):
    from nilearn.maskers import NiftiMasker
    behavioral = pd.read_csv(os.path.join(folder, "labels.txt"), sep=" ")
    masker = NiftiMasker(mask_img=os.path.join(folder, "mask4_vt.nii.gz"), standardize="zscore_sample")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        x = masker.fit_transform(os.path.join(folder, "bold.nii.gz"))
    keep = behavioral["labels"].isin(["face", "house"]).to_numpy()
    x = np.ascontiguousarray(x[keep], dtype=np.float32)
    y = [str(v) for v in behavioral["labels"][keep]]
    f, p = f_classif(x, y)
    return x, {"shape": list(x.shape), "y": y, "f": floats(f), "p": floats(p), "select": selections(x, np.asarray(y)),
               "folder_simulated": os.path.exists(os.path.join(folder, ".simulated"))}


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/decoding_data/haxby2001/subj2"))
    meta = {"sklearn": sklearn.__version__, "numpy": np.__version__}
    write_json(os.path.join(OUT, "synthetic.json"), {**meta, "cases": synthetic()})
    write_json(os.path.join(OUT, "special.json"), special_grid())
    x, record = haxby(folder)
    write_bytes(os.path.join(OUT, "haxby_x.f32"), x.astype("<f4").tobytes())
    write_json(os.path.join(OUT, "haxby.json"), {**meta, **record})
    print(f"wrote {OUT}: haxby face/house {x.shape}, max F {np.nanmax(record['f'])}", file=sys.stderr)


if __name__ == "__main__":
    main()
