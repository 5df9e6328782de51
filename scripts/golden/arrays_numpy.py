#!/usr/bin/env python3
"""Golden cases for NDArray's numpy API: values, shapes, dtypes and printed form.

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/arrays_numpy.py
Writes Tests/DecodingTests/Fixtures/arrays/numpy_api.json:
  {"numpy": version, "inputs": {name: array}, "cases": [{"name", ...array}]}
where an array is {dtype, shape, values, text}: dtype one of float64, float32, int64, bool,
str; values in C order as strings (Python repr of the float64 value for floats, exact for
float32 too; "True"/"False"; decimal integers); text is numpy's str() of the result (a
numpy scalar's str for 0-d results). The cases are listed in arrays_numpy_cases.txt; the Swift
test (NumpyGoldenTests) computes each case by name from the same inputs; here the name is the
numpy code too (CODE says the few where it is not).
"""
import functools
import json
import os
import pathlib
import warnings

import numpy as np

from _common import fixture_folder, write_text

OUT = os.path.join(fixture_folder("arrays"), "numpy_api.json")
rng = np.random.default_rng(20261127)


def encode(x):
    x = np.asarray(x)
    kind = x.dtype.kind
    if kind == "f":
        values = [repr(float(v)) for v in x.ravel()]
        dtype = str(x.dtype)
    elif kind in "iu":
        values = [str(int(v)) for v in x.ravel()]
        dtype = "int64"
    elif kind == "b":
        values = ["True" if v else "False" for v in x.ravel()]
        dtype = "bool"
    else:
        values = [str(v) for v in x.ravel()]
        dtype = "str"
    text = str(x[()]) if x.ndim == 0 else str(x)
    return {"dtype": dtype, "shape": list(x.shape), "values": values, "text": text}


inputs = {
    "a": np.round(rng.standard_normal((4, 5)) * 3, 6),
    "b": rng.uniform(-2, 2, 5),
    "c": rng.uniform(0.5, 4, (4, 1)),
    "af": (rng.standard_normal((4, 5)) * 2).astype(np.float32),
    "k": rng.integers(-5, 10, (3, 4)),
    "m": rng.uniform(size=(3, 4)) > 0.5,
    "t3": np.round(rng.uniform(-10, 10, (2, 3, 4)), 3),
    "p": 10.0 ** -rng.uniform(0, 14, 8),
    "dup": np.array([3.0, 1.0, 2.0, 1.0, 3.0, np.nan, 0.5, 2.0, 1.0, -1.0]),
    "labels": np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]),
    "words": np.array(["face", "cat", "house", "face", "scissors", "cat", "face", "bottle"]),
    "halves": np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, -2.5]),
    "big": rng.standard_normal(3000),
}
nan = np.round(rng.standard_normal((3, 4)), 4)
nan[0, 1] = np.nan
nan[1, 3] = np.nan
nan[2, :] = np.nan
inputs["nan"] = nan
inf = np.array([1.0, np.inf, -np.inf, np.nan, 0.0, -2.5])
inputs["inf"] = inf


def masked_clip(x):
    y = -np.log10(x)
    y[y > 10] = 10
    return y


# The cases, one a line in arrays_numpy_cases.txt: data, kept apart from the code that computes them.
CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "arrays_numpy_cases.txt")

# The numpy code of the cases whose name is not numpy code.
CODE = {
    "a += b": "a + b",
    "p[p > 10] = 10": "masked_clip(p)",
    "unique(labels) counts": "unique(labels, return_counts=True)[1]",
    "unique(words) counts": "unique(words, return_counts=True)[1]",
}

# numpy's functions and the inputs by name; sorting is stable, as the Swift side's is.
scope = {**vars(np), **inputs, "masked_clip": masked_clip,
         "sort": functools.partial(np.sort, kind="stable"), "argsort": functools.partial(np.argsort, kind="stable")}
cases = {}
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for name in (line.strip() for line in pathlib.Path(CASES).read_text().splitlines()):
        if name and not name.startswith("#"):
            cases[name] = eval(CODE.get(name, name), scope)

fixture = {
    "numpy": np.__version__,
    "inputs": {name: encode(value) for name, value in inputs.items()},
    "cases": [dict(name=name, **encode(value)) for name, value in cases.items()],
}
write_text(OUT, json.dumps(fixture, indent=1) + "\n")
print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}")
