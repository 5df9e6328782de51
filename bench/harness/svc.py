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
        n = repeats if shape[1] < 10000 else max(3, repeats - 2)
        print(f"  svc {name}: scikit-learn ×{n}", file=sys.stderr)
        py_runs = repeat([python, os.path.join(os.path.dirname(__file__), "..", "python", "svc_fits.py"),
                          problems, name, n, py_json], 1, env=numpy_env())
        py = json.load(open(py_json))
        row["python"] = {"median": statistics.median(py["seconds"]), "peak": py_runs.peak, "runs": len(py["seconds"])}
        if bench:
            print(f"  svc {name}: Swift ×{repeats}", file=sys.stderr)
            sw_runs = repeat([bench, "svc", problems, name, repeats, sw_json], 1)
            sw = json.load(open(sw_json))
            row["swift"] = {"median": statistics.median(sw["seconds"]), "peak": sw_runs.peak, "runs": len(sw["seconds"])}
            row["same_predictions"], row["same_scores"], row["coef_difference"] = compare(sw["result"], py["result"])
        rows.append(row)
    return rows
