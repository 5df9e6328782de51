#!/usr/bin/env python3
"""Golden cases for NDArray printing: what numpy's print(x) shows for many arrays.

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/arrays_printing.py
Writes Tests/DecodingTests/Fixtures/arrays/printing.json: a list of
{name, dtype, shape, values, text}; float values are written as Python repr strings of the
float64 value ("nan", "inf" included), which is exact for float32 elements too.
"""
import os
import sys

import numpy as np

from _common import fixture_folder, write_json

OUT = os.path.join(fixture_folder("arrays"), "printing.json")
rng = np.random.default_rng(20261126)
cases = []


def add(name, array):
    array = np.asarray(array)
    if array.dtype.kind == "f":
        values = [repr(float(v)) for v in array.ravel()]
    elif array.dtype.kind == "U":
        values = [str(v) for v in array.ravel()]
    elif array.dtype.kind == "b":
        values = [bool(v) for v in array.ravel()]
    else:
        values = [int(v) for v in array.ravel()]
    dtype = {"f": str(array.dtype), "i": "int64", "u": "int64", "b": "bool", "U": "str"}[array.dtype.kind]
    if array.dtype.kind in "iu":
        array = array.astype(np.int64)
    cases.append({"name": name, "dtype": dtype, "shape": list(array.shape),
                  "values": values, "text": str(array)})


for dtype in (np.float32, np.float64):
    t = np.dtype(dtype).name
    for scale in (1e-9, 1e-5, 1e-3, 0.1, 1.0, 10.0, 1e3, 1e5, 1e6, 1e7, 1e9, 1e20):
        for shape in ((3,), (7,), (4, 5), (12, 9)):
            add(f"{t} normal scale {scale} {shape}", (rng.standard_normal(shape) * scale).astype(dtype))
    for n in (3, 5, 12, 30):
        add(f"{t} uniform {n}", rng.uniform(0, 1, n).astype(dtype))
        add(f"{t} rounded 3 {n}", np.round(rng.uniform(-5, 5, n), 3).astype(dtype))
        add(f"{t} rounded 1 {n}", np.round(rng.uniform(0, 100, n), 1).astype(dtype))
        add(f"{t} integers {n}", rng.integers(-50, 50, n).astype(dtype))
        add(f"{t} fractions {n}", (rng.integers(0, 72, n) / 72).astype(dtype))
        add(f"{t} positive ratio edge {n}", np.concatenate([[1.0, 999.0], rng.uniform(1, 999, n)]).astype(dtype))
        add(f"{t} ratio above 1000 {n}", np.concatenate([[1.0, 1000.5], rng.uniform(1, 999, n)]).astype(dtype))
    add(f"{t} fold scores", np.array([43 / 72, 58 / 72, 40 / 72], dtype=dtype))
    add(f"{t} logo scores", np.array([10 / 18, 1.0, 12 / 18, 12 / 18, 14 / 18, 13 / 18, 16 / 18,
                                      7 / 18, 12 / 18, 0.5, 14 / 18, 12 / 18], dtype=dtype))
    add(f"{t} coef (1, 464)", (rng.standard_normal((1, 464)) * 0.04).astype(dtype))
    add(f"{t} standardized summarised (60, 40)", rng.standard_normal((60, 40)).astype(dtype))
    add(f"{t} summarised (1500,)", rng.standard_normal(1500).astype(dtype))
    add(f"{t} summarised wide (4, 400)", rng.standard_normal((4, 400)).astype(dtype))
    add(f"{t} summarised tall (400, 4)", (rng.standard_normal((400, 4)) * 100).astype(dtype))
    add(f"{t} summarised positional (1200,)", rng.uniform(0, 10, 1200).astype(dtype))
    add(f"{t} zeros", np.zeros(5, dtype=dtype))
    add(f"{t} zeros and one small", np.array([0, 0, 1e-5, 0], dtype=dtype))
    add(f"{t} negative zero", np.array([-0.0, 1.5, 0.0], dtype=dtype))
    add(f"{t} with nan", np.array([1.5, np.nan, -2.25, 0.0], dtype=dtype))
    add(f"{t} with inf", np.array([1.5, np.inf, 2.25], dtype=dtype))
    add(f"{t} with -inf", np.array([1.5, -np.inf, 2.25], dtype=dtype))
    add(f"{t} nan only", np.array([np.nan, np.nan], dtype=dtype))
    add(f"{t} inf only", np.array([np.inf, -np.inf], dtype=dtype))
    add(f"{t} sci with nan", np.array([1e-7, np.nan, 3.0, -np.inf], dtype=dtype))
    add(f"{t} tiny and huge", np.array([1e-30, 1e30, -5e-20], dtype=dtype))
    add(f"{t} powers of ten", np.array([10.0 ** k for k in range(-8, 9)], dtype=dtype))
    add(f"{t} one element", np.array([3.14159265358979], dtype=dtype))
    add(f"{t} 3-d", rng.standard_normal((2, 3, 4)).astype(dtype))
    add(f"{t} column (6, 1)", rng.standard_normal((6, 1)).astype(dtype))
    add(f"{t} empty", np.zeros(0, dtype=dtype))
    add(f"{t} rounding cutoff", np.array([0.123456785, 0.999999999, 1.000000005, 2.5e-1], dtype=dtype))
    add(f"{t} big positional", np.array([123456.789, 99999.5, 1234.5678901234], dtype=dtype))
for dtype in (np.float32, np.float64):
    for v in (1.0, 0.5, 1e-4, 9.9e-5, 1e-5, 99999.0, 1e6, 1234567.0, 1e15, 1e16, 123456789.0, -0.0,
              float("nan"), float("-inf"), 3e38, 0.1, -2.5e-7, 0.0):
        add(f"{np.dtype(dtype).name} 0-d {v!r}", np.array(v, dtype=dtype))
add("int 0-d", np.array(-42))
add("bool 0-d", np.array(True))
add("str 0-d", np.array("face"))
add("float64 huge exponents", np.array([1e-300, 1e300, 1.0]))
add("float64 subnormal", np.array([5e-324, 1.0]))

for n in (5, 30, 1001):
    add(f"int ints {n}", rng.integers(-1000, 1000, n))
add("int large", np.array([2**62, -2**40, 7]))
add("int 2-d", rng.integers(0, 12, (8, 30)))
add("int summarised 2-d", rng.integers(-5, 100, (50, 50)))
add("int chunks", np.repeat(np.arange(12), 121))
add("int empty", np.zeros(0, dtype=np.int64))
add("int negative only", np.array([-3, -12, -7]))

for n in (4, 40, 2000):
    add(f"bool {n}", rng.random(n) < 0.4)
add("bool 2-d", rng.random((5, 7)) < 0.5)
add("bool summarised 2-d", rng.random((40, 40)) < 0.5)

categories = ["face", "cat", "house", "chair", "scissors", "shoe", "bottle", "scrambledpix"]
add("str prediction", np.array([["face", "cat"][(i // 9) % 2] for i in range(216)]))
add("str categories", np.array(categories))
add("str summarised", np.array([categories[i % 8] for i in range(1452)]))
add("str quotes", np.array(["it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nline"]))
add("str 2-d", np.array([["a", "bb"], ["ccc", "d"]]))
add("str long words", np.array(["x" * 40, "y" * 50, "z"]))
add("str empty strings", np.array(["", "a", ""]))

write_json(OUT, {"numpy": np.__version__, "cases": cases}, indent=0)
print(f"{len(cases)} cases -> {os.path.normpath(OUT)}", file=sys.stderr)
