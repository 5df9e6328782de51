"""The issue-12 parts of BENCHMARKS.md: its targets and section 5 (the seed tutorial as
`tutor run`, the masking step against the inflate floor, peak memory)."""
import statistics

from report_format import NA, s, section as measured_section


def targets(r):
    """Rows (target, measured, met) of issue 12; `met` None when not measured."""
    t = r.get("tutorial")
    rows = []
    if not isinstance(t, dict):
        t = {}
    masking, igzip = t.get("masking"), t.get("igzip")
    if masking and igzip:
        m, floor = statistics.median(masking), igzip[1].median
        rows.append(("masking step ≤ 1.3× igzip -dc on the same one-member bold",
                     f"{m / floor:.2f}× ({s(m)} against {s(floor)})", m <= 1.3 * floor))
    else:
        rows.append(("masking step ≤ 1.3× igzip -dc on the same one-member bold", NA, None))
    tutor, python = t.get("tutor"), t.get("python")
    if tutor and python:
        rows.append(("seed tutorial (`tutor run`, compile cache warm) ≥ 12× faster than nilearn + scikit-learn",
                     f"{python.median / tutor.median:.1f}× ({s(tutor.median)} against {s(python.median)})",
                     python.median >= 12 * tutor.median))
    else:
        rows.append(("seed tutorial (`tutor run`, compile cache warm) ≥ 12× faster than nilearn + scikit-learn", NA, None))
    plots = t.get("plots")
    if plots:
        cpu = {step: statistics.median(v["cpu"]) for step, v in plots.items()}
        wall = {step: statistics.median(v["wall"]) for step, v in plots.items()}
        rows.append(("each plot step ≤ 0.12 s over the 124×256×256 anatomy (CPU time of the step)",
                     ", ".join(f"`{step}` {s(cpu[step])} CPU ({s(wall[step])} wall)" for step in cpu),
                     max(cpu.values()) <= 0.12))
    else:
        rows.append(("each plot step ≤ 0.12 s over the 124×256×256 anatomy (CPU time of the step)", NA, None))
    if tutor:
        mb = tutor.peak * 1.048576
        other = f" (nilearn + scikit-learn: {python.peak * 1.048576:.0f} MB)" if python else ""
        rows.append(("seed tutorial peak RSS ≤ 100 MB", f"{mb:.0f} MB{other}", mb <= 100))
    else:
        rows.append(("seed tutorial peak RSS ≤ 100 MB", NA, None))
    return rows


def table(t):
    out = ["| | Swift | reference | ratio |", "| --- | --- | --- | --- |"]
    tutor, python = t.get("tutor"), t.get("python")
    if tutor and python:
        out.append(f"| seed tutorial, wall | `tutor run`: {s(tutor.median)} (n={len(tutor.seconds)}) | "
                   f"nilearn + scikit-learn: {s(python.median)} (n={len(python.seconds)}) | {python.median / tutor.median:.1f}× faster |")
        out.append(f"| seed tutorial, peak RSS | {tutor.peak:.0f} MiB | {python.peak:.0f} MiB | {python.peak / tutor.peak:.1f}× less |")
    masking, igzip = t.get("masking"), t.get("igzip")
    if masking and igzip:
        m = statistics.median(masking)
        out.append(f"| masking step | `fitTransform`: {s(m)} (n={len(masking)}) | "
                   f"{igzip[0]}: {s(igzip[1].median)} (n={len(igzip[1].seconds)}), {igzip[1].peak:.0f} MiB | "
                   f"{m / igzip[1].median:.2f}× the floor |")
    plots = t.get("plots")
    if plots:
        out += ["", "The seed's two figure steps, as the tutorial writes them (`DecodingBench plots`: file paths, "
                "PNG encoded; one process per run, so step 1 reads the 124×256×256 anatomy and step 2 draws "
                "over the one step 1 read). CPU is the step's thread time: on this shared machine the wall "
                "time adds the wait for a core.", "",
                "| step | CPU (median) | wall (median) | n |", "| --- | --- | --- | --- |"]
        for step, v in plots.items():
            out.append(f"| `{step}` | {s(statistics.median(v['cpu']))} | {s(statistics.median(v['wall']))} | {len(v['cpu'])} |")
    return out


def section(r):
    return measured_section(
        "5. The seed tutorial as a reader runs it; the masking step against the floor",
        "`tutor run tutorials/plot_decoding_tutorial.md` as a whole process with the library built for "
        "release and the tutorial program already compiled (one untimed run first), against "
        "nilearn + scikit-learn's script of the same steps (`bench/python/pipeline.py`) on the same "
        "files. The masking step is `NiftiMasker(maskImg:standardize: true).fitTransform(bold)` timed "
        "inside DecodingBench; its bound is `igzip -dc` inflating the same one-member bold.",
        r.get("tutorial"), dict, table)
