#!/usr/bin/env python3
"""Golden cases for NDArray's numpy API: values, shapes, dtypes and printed form.

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/arrays_numpy.py
Writes Tests/DecodingTests/Fixtures/arrays/numpy_api.json:
  {"numpy": version, "inputs": {name: array}, "cases": [{"name", ...array}]}
where an array is {dtype, shape, values, text}: dtype one of float64, float32, int64, bool,
str; values in C order as strings (Python repr of the float64 value for floats, exact for
float32 too; "True"/"False"; decimal integers); text is numpy's str() of the result (a
numpy scalar's str for 0-d results). The Swift test (NumpyGoldenTests) computes each case
by name from the same inputs; here the name is the numpy code too (CODE says the few where it
is not).
"""
import functools
import json
import os
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


# One case a line, its name as NumpyGoldenTests spells it.
CASES = """
# 1. Arithmetic and broadcasting, with numpy's result types.
a + b
a - c
a * c
a / c
a * 2.5
1 - a
-a
c + b
af * 2
af + af
af / 3
k + k
k * 3
k - 7
k / 4
k + 0.5
-k
minimum(a, 0)
maximum(a, b)
a > 0
a >= b
k == 3
a += b
a @ a.T
# 2. Reductions.
a.sum()
a.sum(axis=0)
a.sum(axis=1)
a.sum(axis=-1, keepdims=True)
a.mean()
a.mean(axis=0)
a.mean(axis=1)
a.var()
a.var(ddof=1)
a.std()
a.std(axis=0, ddof=1)
a.var(axis=1)
a.min()
a.max()
a.argmin()
a.argmax()
a.min(axis=1)
a.max(axis=0)
a.argmin(axis=0)
a.argmax(axis=1)
a.cumsum()
a.cumsum(axis=1)
a.cumsum(axis=0)
af.sum()
af.mean()
af.std()
af.max(axis=1)
af.mean(axis=0)
k.sum()
k.mean()
k.std()
k.var(ddof=1)
k.sum(axis=0)
k.mean(axis=1)
k.max()
k.argmin(axis=1)
k.cumsum()
m.sum()
m.mean()
m.any()
m.all()
m.any(axis=1)
m.all(axis=0)
m.sum(axis=0)
m.cumsum()
t3.sum(axis=1)
t3.mean(axis=0)
t3.max(axis=2, keepdims=True)
t3.std(axis=1)
big.sum()
big.mean()
big.std()
nansum(nan)
nanmean(nan)
nanmean(nan, axis=1)
nanmean(nan, axis=0)
nanstd(nan)
nanvar(nan, axis=0, ddof=1)
nanmin(nan)
nanmax(nan, axis=1)
nansum(nan, axis=0)
nan.max()
nan.argmax()
nan.mean(axis=1)
# 3. Element-wise math.
abs(a)
abs(k)
sqrt(abs(a))
sqrt(a)
sqrt(k)
exp(a)
log(abs(a))
log10(p)
-log10(p)
log(af)
clip(a, -1, 1)
clip(k, 0, 5)
clip(a, None, 0)
round(a, 2)
round(halves)
round(halves, 2)
round(t3, -1)
isnan(inf)
isfinite(inf)
where(a > 0, a, 0)
where(m, k, -k)
where(c > 2, a, b)
p[p > 10] = 10
a[a > 1]
abs(a).max()
# 4. Building and reshaping.
zeros((2, 3))
ones(4, int)
full((2, 2), 7.5)
arange(5)
arange(2, 11, 3)
arange(10, 0, -3)
arange(0, 1, 0.1)
linspace(0, 1, 5)
linspace(-1, 2, 7, endpoint=False)
linspace(0, 10)
eye(3)
eye(3, 4, k=1)
concatenate([a, a])
concatenate([a, c], axis=1)
stack([b, b, b])
stack([b, b], axis=1)
a.reshape(-1, 2)
t3.reshape(4, -1)
t3.flatten()
t3.T
t3.transpose(1, 0, 2)
a.T
sort(dup)
argsort(dup)
sort(a, axis=0)
argsort(a)
argsort(labels)
sort(words)
unique(labels)
unique(labels) counts
unique(words)
unique(words) counts
unique(dup)
"""

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
    for name in (line.strip() for line in CASES.splitlines()):
        if name and not name.startswith("#"):
            cases[name] = eval(CODE.get(name, name), scope)

fixture = {
    "numpy": np.__version__,
    "inputs": {name: encode(value) for name, value in inputs.items()},
    "cases": [dict(name=name, **encode(value)) for name, value in cases.items()],
}
write_text(OUT, json.dumps(fixture, indent=1) + "\n")
print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}")
