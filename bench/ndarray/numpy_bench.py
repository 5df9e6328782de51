#!/usr/bin/env python3
"""numpy side of bench/ndarray/run: the operations of main.swift, same sizes, same output."""
import os
import statistics
import sys
import time

import numpy as np

repeats = int(os.environ.get("NDARRAY_BENCH_REPEATS", "7"))
# NDARRAY_BENCH_ONLY: a semicolon-separated list of operation names to time (all when unset).
only = set(os.environ["NDARRAY_BENCH_ONLY"].split(";")) if os.environ.get("NDARRAY_BENCH_ONLY") else None
rng = np.random.default_rng(20261127)


def bench(name, size, body):
    if only is not None and name not in only:
        return
    body()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"{name}\t{size}\t{times[len(times) // 2]}", flush=True)


def masked(a):
    p = a.copy()
    p[p > 1] = 1
    return p


for n in (1_000_000, 10_000_000):
    a, b = rng.standard_normal(n), rng.standard_normal(n)
    positive = np.abs(a) + 1e-12
    bench("a + b", n, lambda: a + b)
    bench("a * 2.5", n, lambda: a * 2.5)
    bench("a / b", n, lambda: a / b)
    bench("a > 0", n, lambda: a > 0)
    bench("sum", n, lambda: a.sum())
    bench("mean", n, lambda: a.mean())
    bench("std", n, lambda: a.std())
    bench("max", n, lambda: a.max())
    bench("argmax", n, lambda: a.argmax())
    bench("cumsum", n, lambda: a.cumsum())
    bench("abs", n, lambda: np.abs(a))
    bench("sqrt", n, lambda: np.sqrt(positive))
    bench("exp", n, lambda: np.exp(a))
    bench("log10", n, lambda: np.log10(positive))
    bench("clip", n, lambda: np.clip(a, -1, 1))
    bench("round", n, lambda: np.round(a, 2))
    bench("isnan", n, lambda: np.isnan(a))
    bench("where", n, lambda: np.where(a > 0, a, 0.0))
    bench("p[p > 1] = 1", n, lambda: masked(a))
    bench("nanmean", n, lambda: np.nanmean(a))
    m = a.reshape(n // 1000, 1000)
    bench("sum(axis=0) (n/1000, 1000)", n, lambda: m.sum(axis=0))
    bench("sum(axis=1) (n/1000, 1000)", n, lambda: m.sum(axis=1))
    bench("x - x.mean(axis=0)", n, lambda: m - m.mean(axis=0))
    bench("std(axis=0)", n, lambda: m.std(axis=0))
    bench("transpose copy (n/1000, 1000)", n, lambda: np.ascontiguousarray(m.T))
    bench("concatenate", n, lambda: np.concatenate([a, b]))
    if n == 1_000_000:
        bench("sort (stable)", n, lambda: np.sort(a, kind="stable"))
        bench("argsort (stable)", n, lambda: np.argsort(a, kind="stable"))
        labels = rng.integers(0, 1000, n)
        bench("unique counts (int, 1000 values)", n, lambda: np.unique(labels, return_counts=True))
x, y = rng.standard_normal((1000, 1000)), rng.standard_normal((1000, 1000))
bench("matmul 1000x1000 @ 1000x1000", 1_000_000, lambda: x @ y)
print(f"numpy {np.__version__}", file=sys.stderr)
