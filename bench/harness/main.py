"""Runs the four benchmark parts that can run here and writes BENCHMARKS.md atomically.
Called by bench/run, which builds, sets up the venv and the data first; a part whose piece
is missing (no DecodingBench, no tutor, no seed tutorial) is reported as not available."""
import argparse
import os
import re
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import carry  # noqa: E402
import floor  # noqa: E402
import gallery  # noqa: E402
import machine  # noqa: E402
import pipeline  # noqa: E402
import report  # noqa: E402
import svc  # noqa: E402
import tutorial  # noqa: E402


def attempt(name, body):
    print(f"bench: {name}", file=sys.stderr)
    try:
        return body()
    except Exception as error:  # a part that fails is reported, the others still run
        traceback.print_exc()
        return f"failed: {str(error).splitlines()[0] if str(error) else type(error).__name__}"


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--work", required=True)
    a.add_argument("--python", required=True)
    a.add_argument("--subject", required=True, help="folder of bold.nii.gz, mask4_vt.nii.gz, anat.nii.gz, labels.txt")
    a.add_argument("--problems", required=True)
    a.add_argument("--bench", default="", help="DecodingBench executable, empty when it did not build")
    a.add_argument("--tutor", default="", help="tutor executable, empty when it did not build")
    a.add_argument("--tutorial", default="", help="the seed tutorial's Markdown file")
    a.add_argument("--data-dir", default="", help="DECODING_DATA for tutor build")
    a.add_argument("--repeats", type=int, default=5)
    a.add_argument("--python-repeats", type=int, default=3)
    a.add_argument("--parts", default="1,2,3,4,5")
    a.add_argument("--out", required=True)
    args = a.parse_args()
    parts = set(args.parts.split(","))
    os.makedirs(args.work, exist_ok=True)
    results = {"machine": machine.describe(args.python), "floor": None, "pipeline": None, "svc": None, "tutorial": None}
    bold = os.path.join(args.subject, "bold.nii.gz")
    if "4" in parts:
        results["floor"] = attempt("4. floor", lambda: floor.measure(bold, args.python, args.repeats))
    if "1" in parts:
        results["pipeline"] = attempt("1. seed pipeline", lambda: pipeline.measure(
            args.work, args.python, args.bench, args.subject, args.repeats, args.python_repeats))
    if "2" in parts:
        results["svc"] = attempt("2. SVC fits", lambda: svc.measure(
            args.work, args.python, args.bench, args.problems, args.repeats))
    if "3" in parts:
        g = {}
        if not args.tutor:
            g["tutor"] = "tutor did not build"
        elif not args.tutorial:
            g["tutor"] = "no seed tutorial (tutorials/plot_decoding_tutorial.md)"
        else:
            env = {"DECODING_DATA": args.data_dir} if args.data_dir else {}
            g["tutor"] = attempt("3. tutor build", lambda: gallery.measure_tutor(
                args.work, args.tutor, args.tutorial, env, args.repeats))
        g["sphinx"] = attempt("3. sphinx-gallery", lambda: gallery.measure_sphinx(
            args.work, args.python, args.subject, args.python_repeats))
        results["gallery"] = g
    if "5" in parts:
        results["tutorial"] = attempt("5. seed tutorial, masking step, memory", lambda: tutorial.measure(
            args.work, args.python, args.bench, args.tutor, args.tutorial, args.data_dir, args.subject,
            args.repeats, args.python_repeats, pipeline=results["pipeline"], floor=results["floor"]))
    notes_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "optimisations.md")
    notes = open(notes_path).read() if os.path.exists(notes_path) else ""
    text = report.render(results, notes)
    previous = open(args.out).read() if os.path.exists(args.out) else ""
    text = carry.merge(text, previous, [f"## {p}." for p in "12345" if p not in parts])
    # Sections other benchmark scripts own (bench/ndarray/run) survive this rewrite.
    if os.path.exists(args.out):
        for match in re.finditer(r"<!-- (\w+):begin.*?<!-- \1:end -->", open(args.out).read(), re.S):
            text = text.rstrip("\n") + "\n\n" + match.group(0) + "\n"
    temporary = args.out + ".tmp"
    with open(temporary, "w") as f:
        f.write(text)
    os.replace(temporary, args.out)
    print(f"bench: wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
