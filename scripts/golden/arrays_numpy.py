#!/usr/bin/env python3
"""Golden cases for NDArray's numpy API: values, shapes, dtypes and printed form.

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/arrays_numpy.py
Writes Tests/DecodingTests/Fixtures/arrays/numpy_api.json:
  {"numpy": version, "inputs": {name: array}, "cases": [{"name", ...array}]}
where an array is {dtype, shape, values, text}: dtype one of float64, float32, int64, bool,
str; values in C order as strings (Python repr of the float64 value for floats, exact for
float32 too; "True"/"False"; decimal integers); text is numpy's str() of the result (a
numpy scalar's str for 0-d results). The Swift test (NumpyGoldenTests) computes each case
by name from the same inputs.
"""
import json
import os
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "DecodingTests",
                   "Fixtures", "arrays", "numpy_api.json")
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

a, b, c, af, k, m, t3, p = (inputs[n] for n in ("a", "b", "c", "af", "k", "m", "t3", "p"))
dup, labels, words, halves, big = (inputs[n] for n in ("dup", "labels", "words", "halves", "big"))

cases = {}


def case(name, value):
    cases[name] = value


def masked_clip(x):
    y = -np.log10(x)
    y[y > 10] = 10
    return y


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    # 1. Arithmetic and broadcasting, with numpy's result types.
    case("a + b", a + b)
    case("a - c", a - c)
    case("a * c", a * c)
    case("a / c", a / c)
    case("a * 2.5", a * 2.5)
    case("1 - a", 1 - a)
    case("-a", -a)
    case("c + b", c + b)
    case("af * 2", af * 2)
    case("af + af", af + af)
    case("af / 3", af / np.float32(3))
    case("k + k", k + k)
    case("k * 3", k * 3)
    case("k - 7", k - 7)
    case("k / 4", k / 4)
    case("k + 0.5", k + 0.5)
    case("-k", -k)
    case("minimum(a, 0)", np.minimum(a, 0.0))
    case("maximum(a, b)", np.maximum(a, b))
    case("a > 0", a > 0)
    case("a >= b", a >= b)
    case("k == 3", k == 3)
    case("a += b", a + b)
    case("a @ a.T", a @ a.T)
    # 2. Reductions.
    case("a.sum()", a.sum())
    case("a.sum(axis=0)", a.sum(axis=0))
    case("a.sum(axis=1)", a.sum(axis=1))
    case("a.sum(axis=-1, keepdims=True)", a.sum(axis=-1, keepdims=True))
    case("a.mean()", a.mean())
    case("a.mean(axis=0)", a.mean(axis=0))
    case("a.mean(axis=1)", a.mean(axis=1))
    case("a.var()", a.var())
    case("a.var(ddof=1)", a.var(ddof=1))
    case("a.std()", a.std())
    case("a.std(axis=0, ddof=1)", a.std(axis=0, ddof=1))
    case("a.var(axis=1)", a.var(axis=1))
    case("a.min()", a.min())
    case("a.max()", a.max())
    case("a.argmin()", a.argmin())
    case("a.argmax()", a.argmax())
    case("a.min(axis=1)", a.min(axis=1))
    case("a.max(axis=0)", a.max(axis=0))
    case("a.argmin(axis=0)", a.argmin(axis=0))
    case("a.argmax(axis=1)", a.argmax(axis=1))
    case("a.cumsum()", a.cumsum())
    case("a.cumsum(axis=1)", a.cumsum(axis=1))
    case("a.cumsum(axis=0)", a.cumsum(axis=0))
    case("af.sum()", af.sum())
    case("af.mean()", af.mean())
    case("af.std()", af.std())
    case("af.max(axis=1)", af.max(axis=1))
    case("af.mean(axis=0)", af.mean(axis=0))
    case("k.sum()", k.sum())
    case("k.mean()", k.mean())
    case("k.std()", k.std())
    case("k.var(ddof=1)", k.var(ddof=1))
    case("k.sum(axis=0)", k.sum(axis=0))
    case("k.mean(axis=1)", k.mean(axis=1))
    case("k.max()", k.max())
    case("k.argmin(axis=1)", k.argmin(axis=1))
    case("k.cumsum()", k.cumsum())
    case("m.sum()", m.sum())
    case("m.mean()", m.mean())
    case("m.any()", m.any())
    case("m.all()", m.all())
    case("m.any(axis=1)", m.any(axis=1))
    case("m.all(axis=0)", m.all(axis=0))
    case("m.sum(axis=0)", m.sum(axis=0))
    case("m.cumsum()", m.cumsum())
    case("t3.sum(axis=1)", t3.sum(axis=1))
    case("t3.mean(axis=0)", t3.mean(axis=0))
    case("t3.max(axis=2, keepdims=True)", t3.max(axis=2, keepdims=True))
    case("t3.std(axis=1)", t3.std(axis=1))
    case("big.sum()", big.sum())
    case("big.mean()", big.mean())
    case("big.std()", big.std())
    case("nansum(nan)", np.nansum(nan))
    case("nanmean(nan)", np.nanmean(nan))
    case("nanmean(nan, axis=1)", np.nanmean(nan, axis=1))
    case("nanmean(nan, axis=0)", np.nanmean(nan, axis=0))
    case("nanstd(nan)", np.nanstd(nan))
    case("nanvar(nan, axis=0, ddof=1)", np.nanvar(nan, axis=0, ddof=1))
    case("nanmin(nan)", np.nanmin(nan))
    case("nanmax(nan, axis=1)", np.nanmax(nan, axis=1))
    case("nansum(nan, axis=0)", np.nansum(nan, axis=0))
    case("nan.max()", nan.max())
    case("nan.argmax()", nan.argmax())
    case("nan.mean(axis=1)", nan.mean(axis=1))
    # 3. Element-wise math.
    case("abs(a)", np.abs(a))
    case("abs(k)", np.abs(k))
    case("sqrt(abs(a))", np.sqrt(np.abs(a)))
    case("sqrt(a)", np.sqrt(a))
    case("sqrt(k)", np.sqrt(k))
    case("exp(a)", np.exp(a))
    case("log(abs(a))", np.log(np.abs(a)))
    case("log10(p)", np.log10(p))
    case("-log10(p)", -np.log10(p))
    case("log(af)", np.log(af))
    case("clip(a, -1, 1)", np.clip(a, -1, 1))
    case("clip(k, 0, 5)", np.clip(k, 0, 5))
    case("clip(a, None, 0)", np.clip(a, None, 0))
    case("round(a, 2)", np.round(a, 2))
    case("round(halves)", np.round(halves))
    case("round(halves, 2)", np.round(halves, 2))
    case("round(t3, -1)", np.round(t3, -1))
    case("isnan(inf)", np.isnan(inf))
    case("isfinite(inf)", np.isfinite(inf))
    case("where(a > 0, a, 0)", np.where(a > 0, a, 0.0))
    case("where(m, k, -k)", np.where(m, k, -k))
    case("where(c > 2, a, b)", np.where(c > 2, a, b))
    case("p[p > 10] = 10", masked_clip(p))
    case("a[a > 1]", a[a > 1])
    case("abs(a).max()", np.abs(a).max())
    # 4. Building and reshaping.
    case("zeros((2, 3))", np.zeros((2, 3)))
    case("ones(4, int)", np.ones(4, dtype=int))
    case("full((2, 2), 7.5)", np.full((2, 2), 7.5))
    case("arange(5)", np.arange(5))
    case("arange(2, 11, 3)", np.arange(2, 11, 3))
    case("arange(10, 0, -3)", np.arange(10, 0, -3))
    case("arange(0, 1, 0.1)", np.arange(0, 1, 0.1))
    case("linspace(0, 1, 5)", np.linspace(0, 1, 5))
    case("linspace(-1, 2, 7, endpoint=False)", np.linspace(-1, 2, 7, endpoint=False))
    case("linspace(0, 10)", np.linspace(0, 10))
    case("eye(3)", np.eye(3))
    case("eye(3, 4, k=1)", np.eye(3, 4, k=1))
    case("concatenate([a, a])", np.concatenate([a, a]))
    case("concatenate([a, c], axis=1)", np.concatenate([a, c], axis=1))
    case("stack([b, b, b])", np.stack([b, b, b]))
    case("stack([b, b], axis=1)", np.stack([b, b], axis=1))
    case("a.reshape(-1, 2)", a.reshape(-1, 2))
    case("t3.reshape(4, -1)", t3.reshape(4, -1))
    case("t3.flatten()", t3.flatten())
    case("t3.T", t3.T)
    case("t3.transpose(1, 0, 2)", t3.transpose(1, 0, 2))
    case("a.T", a.T)
    case("sort(dup)", np.sort(dup, kind="stable"))
    case("argsort(dup)", np.argsort(dup, kind="stable"))
    case("sort(a, axis=0)", np.sort(a, axis=0, kind="stable"))
    case("argsort(a)", np.argsort(a, kind="stable"))
    case("argsort(labels)", np.argsort(labels, kind="stable"))
    case("sort(words)", np.sort(words, kind="stable"))
    values, counts = np.unique(labels, return_counts=True)
    case("unique(labels)", values)
    case("unique(labels) counts", counts)
    values, counts = np.unique(words, return_counts=True)
    case("unique(words)", values)
    case("unique(words) counts", counts)
    case("unique(dup)", np.unique(dup))

fixture = {
    "numpy": np.__version__,
    "inputs": {name: encode(value) for name, value in inputs.items()},
    "cases": [dict(name=name, **encode(value)) for name, value in cases.items()],
}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump(fixture, f, indent=1)
    f.write("\n")
print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}")
