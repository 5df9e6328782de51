"""Part 2: SVC fits, scikit-learn against the Swift SVC on the same float32 problems, with
the predictions of both compared element by element."""
import json
import os
import statistics
import sys

from measure import numpy_env, repeat

PROBLEMS = [
    ("facecat", "face vs cat, all 29 fits of the seed tutorial"),
    ("eight_class", "8 classes one-vs-one, fit + predict"),
    ("brain", "face vs cat over all brain voxels, fit + predict"),
]


def compare(swift, python):
    """(identical predictions?, scores identical?, max |coef difference| / max |coef|)."""
    keys = [k for k in python if k.startswith("predict") or k == "kfold_loop"]
    same_predictions = all(swift.get(k) == python[k] for k in keys)
    scores = [k for k in python if k.startswith("cv_")]
    same_scores = all(len(swift.get(k, [])) == len(python[k]) and
                      all(abs(a - b) < 1e-12 for a, b in zip(swift[k], python[k])) for k in scores)
    a, b = swift.get("coef", []), python["coef"]
    scale = max(abs(v) for v in b) or 1
    coef = max(abs(x - y) for x, y in zip(a, b)) / scale if len(a) == len(b) else float("inf")
    return same_predictions, same_scores, coef


def measure(work, python, bench, problems, repeats):
    """One row per problem: shape, both sides' in-process median seconds and process peak RSS,
    and the comparison of their results."""
    rows = []
    for name, what in PROBLEMS:
        with open(os.path.join(problems, name + ".json")) as f:
            shape = json.load(f)["shape"]
        row = {"name": name, "what": what, "shape": f"{shape[0]} × {shape[1]}"}
        py_json, sw_json = os.path.join(work, f"svc-{name}-python.json"), os.path.join(work, f"svc-{name}-swift.json")
        small = shape[1] < 10000
        # Fits of the small problems last tens of milliseconds, so one busy moment of this shared
        # machine would sway a median of 5: they get 3× the repeats, in 3 alternating rounds.
        rounds = 3 if small else 1
        n_py = repeats if small else max(3, repeats - 2)
        py_seconds, sw_seconds, py_peak, sw_peak = [], [], 0, 0
        for r in range(rounds):
            print(f"  svc {name}: scikit-learn ×{n_py} (round {r + 1}/{rounds})", file=sys.stderr)
            runs = repeat([python, os.path.join(os.path.dirname(__file__), "..", "python", "svc_fits.py"),
                           problems, name, n_py, py_json], 1, env=numpy_env())
            py = json.load(open(py_json))
            py_seconds += py["seconds"]
            py_peak = max(py_peak, runs.peak)
            if bench:
                print(f"  svc {name}: Swift ×{repeats} (round {r + 1}/{rounds})", file=sys.stderr)
                runs = repeat([bench, "svc", problems, name, repeats, sw_json], 1)
                sw = json.load(open(sw_json))
                sw_seconds += sw["seconds"]
                sw_peak = max(sw_peak, runs.peak)
        row["python"] = {"median": statistics.median(py_seconds), "peak": py_peak, "runs": len(py_seconds)}
        if bench:
            row["swift"] = {"median": statistics.median(sw_seconds), "peak": sw_peak, "runs": len(sw_seconds)}
            row["same_predictions"], row["same_scores"], row["coef_difference"] = compare(sw["result"], py["result"])
        rows.append(row)
    return rows
