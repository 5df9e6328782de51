"""BENCHMARKS.md from the measurements: machine, versions, medians, peak RSS, ratios and the
issue's targets marked met or not met."""
import floor as floor_part
import report_tutorial
from report_format import NA, mib, ratio, s, section, targets_table


def targets(r):
    rows = []
    p, floor = r.get("pipeline"), r.get("floor")
    if isinstance(p, dict) and "swift" in p:
        sw, py = p["swift"]["runs"], p["python"]["runs"]
        rows.append(("seed pipeline ≥ 9× faster than nilearn + scikit-learn", ratio(py.median, sw.median), py.median / sw.median >= 9))
        if isinstance(floor, list):
            best = floor_part.floor_runs(floor)[1].median
            rows.append(("seed pipeline within 2× of the inflate floor", f"{sw.median / best:.2f}× the floor ({s(best)})", sw.median <= 2 * best))
        rows.append(("seed pipeline peak RSS ≤ 150 MB", f"{sw.peak * 1.048576:.0f} MB (nilearn: {py.peak * 1.048576:.0f} MB)", sw.peak * 1.048576 <= 150))
    else:
        rows.append(("seed pipeline targets", NA, None))
    svc = r.get("svc")
    if isinstance(svc, list):
        for row in svc:
            if "swift" in row:
                speed = row["python"]["median"] / row["swift"]["median"]
                same = row["same_predictions"]
                rows.append((f"SVC {row['name']} ({row['shape']}) ≥ 3× faster, same predictions",
                             f"{speed:.1f}×, predictions {'identical' if same else 'DIFFER'}", speed >= 3 and same))
            else:
                rows.append((f"SVC {row['name']} ≥ 3× faster, same predictions", NA, None))
    else:
        rows.append(("SVC targets", NA, None))
    g = r.get("gallery", {})
    tutor, sphinx = g.get("tutor"), g.get("sphinx")
    if isinstance(tutor, dict) and isinstance(sphinx, dict):
        rows.append(("cold gallery build ≥ 3× faster than sphinx-gallery",
                     f"{ratio(sphinx['cold'].median, tutor['cold'].median)} "
                     f"({ratio(sphinx['cold'].median, tutor['forced'].median)} with the compiled program kept)",
                     sphinx["cold"].median >= 3 * tutor["cold"].median))
    else:
        rows.append(("cold gallery build ≥ 3× faster than sphinx-gallery", NA, None))
    if isinstance(tutor, dict):
        rows.append(("no-change rebuild ≤ 0.2 s", s(tutor["unchanged"].median), tutor["unchanged"].median <= 0.2))
    else:
        rows.append(("no-change rebuild ≤ 0.2 s", NA, None))
    return rows


def pipeline_table(p):
    sides = [k for k in ("swift", "python") if k in p]
    names = {"swift": "Swift (DecodingBench)", "python": "nilearn + scikit-learn"}
    out = ["| | " + " | ".join(names[k] for k in sides) + (" | ratio |" if len(sides) == 2 else " |"),
           "| --- " * (len(sides) + 1 + (len(sides) == 2)) + "|"]
    runs = [p[k]["runs"] for k in sides]
    tail = [f" {ratio(runs[1].median, runs[0].median)} |"] if len(sides) == 2 else [""]
    out.append("| median wall | " + " | ".join(f"{s(x.median)} (n={len(x.seconds)})" for x in runs) + " |" + tail[0])
    tail = [f" {ratio(runs[1].peak, runs[0].peak)} |"] if len(sides) == 2 else [""]
    out.append("| peak RSS | " + " | ".join(mib(x.peak) for x in runs) + " |" + tail[0])
    stages = list(p[sides[-1]]["detail"]["stages"])
    for st in stages:
        out.append(f"| {st} (last run) | " + " | ".join(s(p[k]["detail"]["stages"].get(st, 0)) if st in p[k]["detail"]["stages"] else "—" for k in sides) + " |" + ("  |" if len(sides) == 2 else ""))
    if len(sides) == 2:
        keys = ["accuracy", "held_out", "kfold_loop", "cv_default", "cv_kfold", "cv_logo"]
        same = all(p["swift"]["detail"].get(k) == p["python"]["detail"].get(k) for k in keys)
        out += ["", f"Scores of the two pipelines (training accuracy, held-out, KFold loop, three cross_val_score): "
                f"{'identical' if same else 'DIFFERENT'}."]
    return out


def svc_table(svc):
    out = ["| problem | shape | Swift | scikit-learn | speed-up | Swift RSS | scikit-learn RSS | predictions | CV scores | max Δcoef / max coef |",
           "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for row in svc:
        py, sw = row["python"], row.get("swift")
        if sw:
            out.append(f"| {row['what']} | {row['shape']} | {s(sw['median'])} (n={sw['runs']}) | {s(py['median'])} (n={py['runs']}) | "
                       f"{ratio(py['median'], sw['median'])} | {mib(sw['peak'])} | {mib(py['peak'])} | "
                       f"{'identical' if row['same_predictions'] else 'DIFFER'} | "
                       f"{'identical' if row['same_scores'] else 'DIFFER'} | {row['coef_difference']:.1e} |")
        else:
            out.append(f"| {row['what']} | {row['shape']} | {NA} | {s(py['median'])} (n={py['runs']}) | | | {mib(py['peak'])} | | | |")
    return out


def gallery_table(g):
    out = ["| build | tutor | sphinx-gallery | ratio |", "| --- | --- | --- | --- |"]
    labels = {"cold": "cold (fresh output, caches emptied)", "forced": "`--force`, compiled program kept",
              "unchanged": "nothing changed"}
    for kind in ("cold", "forced", "unchanged"):
        cells = []
        for tool in ("tutor", "sphinx"):
            v = g.get(tool)
            if isinstance(v, dict) and kind in v:
                cells.append(f"{s(v[kind].median)} (n={len(v[kind].seconds)}), {mib(v[kind].peak)}")
            else:
                cells.append("—" if isinstance(v, dict) else f"{NA}: {v}")
        both = isinstance(g.get("tutor"), dict) and isinstance(g.get("sphinx"), dict) and kind in g["sphinx"]
        out.append(f"| {labels[kind]} | {cells[0]} | {cells[1]} | {ratio(g['sphinx'][kind].median, g['tutor'][kind].median) if both else ''} |")
    return out


def floor_table(floor):
    out = ["| inflater | median | peak RSS |", "| --- | --- | --- |"]
    for name, runs in floor:
        out.append(f"| {name} | {s(runs.median)} (n={len(runs.seconds)}) | {mib(runs.peak)} |")
    name, runs = floor_part.floor_runs(floor)
    return out + [f"\nThe floor: {name}, {s(runs.median)}."]


def render(r, notes):
    r = {k: ("not run (BENCH_PARTS)" if v is None else v) for k, v in r.items()}
    r.setdefault("gallery", {"tutor": "not run (BENCH_PARTS)", "sphinx": "not run (BENCH_PARTS)"})
    m = r["machine"]
    out = ["# Benchmarks", "",
           "Generated by `bench/run` (do not edit by hand: the section *What changed and what it bought* "
           "comes from `bench/optimisations.md`). Swift against nilearn + scikit-learn + sphinx-gallery "
           "on the same simulated Haxby subject files, in one run.", "",
           "## Machine and versions", "", "| | |", "| --- | --- |"]
    env = m.get("openblas_env") or {}
    blas_note = (f"set here ({', '.join(f'{k}={v}' for k, v in env.items())}): unset for the Python runs only, kept for Swift"
                 if env else "not set on this machine (nothing unset)")
    for key in ("date", "cpu", "nproc", "memory", "kernel", "load", "swift", "system OpenBLAS (Swift side)", "python",
                "numpy", "numpy/scipy OpenBLAS", "scikit-learn", "nilearn", "nibabel", "pandas", "matplotlib", "sphinx", "sphinx-gallery"):
        out.append(f"| {key} | {m.get(key, '?')} |")
    out.append(f"| OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE | {blas_note} |")
    out += ["", "Load average (1, 5, 15 min) at the start is shown above: this machine is shared, so "
            "absolute times are noisy; ratios come from runs interleaved in one session.", ""]

    out += ["How measured: every figure is the median of n runs (n is shown; fewer for the slow Python "
            "programs), wall time taken around each process (or, for the SVC fits, inside it around the "
            "fits alone). Peak RSS is GNU time's maximum resident set size, the largest over the runs. "
            "Both languages read the same simulated subject files (written once by the Swift side, "
            "`Datasets.fetchHaxby(simulated: true)`), and each Python run gets numpy's OpenBLAS "
            "environment as noted above."]
    out += targets_table("Targets (issue 8)", targets(r))
    out += targets_table("Targets (issue 12)", report_tutorial.targets(r))
    out += section("1. Seed pipeline",
                   "Whole processes, start-up and imports included: plot the mask, load + mask + standardize "
                   "the bold, read the labels, all 29 SVC fits and cross-validations of the tutorial, inverse "
                   "transform + save, plot the weights (two PNG figures).", r.get("pipeline"), dict, pipeline_table)
    out += section("2. SVC fits",
                   "Same float32 inputs for both (written once by `bench/python/prepare_svc.py` from nilearn's "
                   "standardized masking). Seconds are in-process medians of the fits alone; peak RSS is the "
                   "whole process's.", r.get("svc"), list, svc_table)
    out += section("3. Gallery builds",
                   "The seed tutorial alone. tutor: `tutor build --force` into a fresh folder with its caches "
                   "emptied (cold: the tutorial program is compiled and run), the same keeping the compiled "
                   "program, and `tutor build` again with nothing changed. sphinx-gallery: `sphinx-build` of the "
                   "same tutorial written as a Python example (`bench/sphinx`; cold = fresh copy of the "
                   "project and fresh output folder), then again with nothing changed. Whole processes.",
                   r.get("gallery", {}), dict, gallery_table)
    out += section("4. The floor: inflating bold.nii.gz alone", None, r.get("floor"), list, floor_table)
    out += report_tutorial.section(r)

    out += ["", "## What changed and what it bought", "", notes.strip() if notes else "(bench/optimisations.md is missing)", ""]
    return "\n".join(out)
