"""Part 5 (issue 12): the seed tutorial as a reader runs it, `tutor run` with its compiled
program cached, against nilearn + scikit-learn's script of the same steps (bench/python/
pipeline.py) on the same files, with both peak memories; and the masking step alone
(`NiftiMasker.fitTransform`, timed in-process by DecodingBench) against the inflate floor,
`igzip -dc` on the same bold."""
import json
import os
import sys

import floor as floor_part
from measure import Runs, numpy_env, run_once

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def alternate(first, second, times, second_times):
    """Runs two commands turn about (first, second, first, …) so both see the same machine
    load; each is (command, env). Returns their Runs."""
    a, b = Runs(), Runs()
    for i in range(max(times, second_times)):
        for (command, env), runs, n in ((first, a, times), (second, b, second_times)):
            if i < n:
                seconds, peak = run_once(command, env=env, cwd=ROOT)
                runs.seconds.append(seconds)
                runs.peak_mib.append(peak)
    return a, b


def measure(work, python, bench, tutor, tutorial, data_dir, subject, times, python_times):
    """{"tutor": Runs, "python": Runs, "masking": [seconds], "igzip": (name, Runs), "plots":
    {step: {"wall": [seconds], "cpu": [seconds]}}}, each
    missing when its piece is. Each pair is measured turn about, in this part, so that the
    ratios compare runs under the same load."""
    out = {}
    script = os.path.join(HERE, "..", "python", "pipeline.py")
    nilearn = ([python, script, subject, os.path.join(work, "pipeline-python-out"), os.path.join(work, "pipeline-python.json")],
               numpy_env())
    if tutor and tutorial:
        env = dict(os.environ, DECODING_DATA=data_dir)
        command = [tutor, "run", tutorial]
        print("  tutorial: tutor run, warming the compile cache", file=sys.stderr)
        run_once(command, env=env, cwd=ROOT)
        print(f"  tutorial: tutor run ×{times}, nilearn + scikit-learn script ×{python_times}, turn about", file=sys.stderr)
        out["tutor"], out["python"] = alternate((command, env), nilearn, times, python_times)
    name, prefix = next(row for row in floor_part.inflaters(python) if row[0] == floor_part.FLOOR)
    igzip = (prefix + [os.path.join(subject, "bold.nii.gz")], None)
    if bench:
        print(f"  tutorial: masking step and {name} ×{times}, turn about", file=sys.stderr)
        result = os.path.join(work, "masking.json")
        seconds = []

        def masking_once():
            run_once([bench, "mask", subject, "1", result])
            seconds.extend(json.load(open(result))["seconds"])

        igzip_runs = Runs()
        for _ in range(times):
            masking_once()
            t, peak = run_once(igzip[0])
            igzip_runs.seconds.append(t)
            igzip_runs.peak_mib.append(peak)
        out["masking"] = seconds
        out["igzip"] = (name, igzip_runs)
        print(f"  tutorial: the two plot steps ×{times}, one process each", file=sys.stderr)
        plots = os.path.join(work, "plots.json")
        steps = {"plot_roi": {"wall": [], "cpu": []}, "plot_stat_map": {"wall": [], "cpu": []}}
        for _ in range(times):
            run_once([bench, "plots", subject, plots])
            for step, times_of in json.load(open(plots)).items():
                for clock in ("wall", "cpu"):
                    steps[step][clock].append(times_of[clock])
        out["plots"] = steps
    return out
