"""Part 1: the seed pipeline as whole processes (start-up and imports included), Swift's
DecodingBench against nilearn + scikit-learn, on the same subject files."""
import json
import os
import sys

from measure import numpy_env, repeat


def measure(work, python, bench, subject, swift_times, python_times):
    """{"swift": ..., "python": ...}, each with its Runs and the last run's stage seconds and
    scores (the scores must agree: same data, same algorithms)."""
    out = {}
    here = os.path.dirname(os.path.abspath(__file__))
    sides = [("python", [python, os.path.join(here, "..", "python", "pipeline.py")], python_times, numpy_env())]
    if bench:
        sides.insert(0, ("swift", [bench, "pipeline"], swift_times, None))
    for side, command, times, env in sides:
        stages = os.path.join(work, f"pipeline-{side}.json")
        print(f"  pipeline: {side} ×{times}", file=sys.stderr)
        runs = repeat(command + [subject, os.path.join(work, f"pipeline-{side}-out"), stages], times, env=env)
        out[side] = {"runs": runs, "detail": json.load(open(stages))}
    return out
