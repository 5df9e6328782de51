"""Part 5 (issue 12): the seed tutorial as a reader runs it, `tutor run` with its compiled
program cached, against nilearn + scikit-learn's script of the same steps (bench/python/
pipeline.py) on the same files, with both peak memories; and the masking step alone
(`NiftiMasker.fitTransform`, timed in-process by DecodingBench) against the inflate floor,
`igzip -dc` on the same bold."""
import json
import os
import sys

import floor as floor_part
from measure import numpy_env, repeat, run_once

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(work, python, bench, tutor, tutorial, data_dir, subject, times, python_times, pipeline=None, floor=None):
    """{"tutor": Runs, "python": Runs, "masking": [seconds], "igzip": (name, Runs)}, each
    missing when its piece is; runs of parts 1 and 4 in this session are reused."""
    out = {}
    root = os.path.abspath(os.path.join(HERE, "..", ".."))
    if tutor and tutorial:
        env = dict(os.environ, DECODING_DATA=data_dir)
        command = [tutor, "run", tutorial]
        print("  tutorial: tutor run, warming the compile cache", file=sys.stderr)
        run_once(command, env=env, cwd=root)
        print(f"  tutorial: tutor run ×{times}", file=sys.stderr)
        out["tutor"] = repeat(command, times, env=env, cwd=root)
    if isinstance(pipeline, dict) and "python" in pipeline:
        out["python"] = pipeline["python"]["runs"]
    else:
        print(f"  tutorial: nilearn + scikit-learn script ×{python_times}", file=sys.stderr)
        script = os.path.join(HERE, "..", "python", "pipeline.py")
        stages = os.path.join(work, "pipeline-python.json")
        out["python"] = repeat([python, script, subject, os.path.join(work, "pipeline-python-out"), stages],
                               python_times, env=numpy_env())
    if bench:
        print(f"  tutorial: masking step ×{times}", file=sys.stderr)
        result = os.path.join(work, "masking.json")
        repeat([bench, "mask", subject, str(times), result], 1)
        out["masking"] = json.load(open(result))["seconds"]
    bold = os.path.join(subject, "bold.nii.gz")
    if isinstance(floor, list):
        out["igzip"] = floor_part.floor_runs(floor)
    else:
        print(f"  tutorial: {floor_part.FLOOR} ×{times}", file=sys.stderr)
        name, prefix = next(row for row in floor_part.inflaters(python) if row[0] == floor_part.FLOOR)
        out["igzip"] = (name, repeat(prefix + [bold], times))
    return out
