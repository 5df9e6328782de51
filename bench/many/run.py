#!/usr/bin/env python3
"""Issue 20's benchmark: many small tutorials, `tutor build` against sphinx-gallery, side by side.

Writes N tutorials of 10 small arithmetic steps each as Markdown (for tutor) and as Python
examples (for sphinx-gallery), then alternates cold builds of each: `tutor build --force` with
tutor's caches emptied (compiled programs and objects, stored results; with --cold-docs also
the library's symbol graph and DocC site, which depend on the library build only) against a
fresh `sphinx-build` of a fresh copy. Prints each run (wall and CPU seconds, children
included) and the medians, with the load average before and after. CPU is user + system
time of the whole process tree (the compiler's frontends, the linker, the tutorial programs,
sphinx's processes), which a busy machine inflates far less than wall time. Run it with the
tutor and library the gallery uses (`scripts/build-tutor`: the debug tutor, Decoding
optimized).

  bench/many/run.py -n 20 -r 5             # the 20-tutorial target, side by side
  bench/many/run.py -n 100 -r 3 --no-sphinx  # the per-tutorial cost of a large gallery
  bench/many/run.py -n 20 -r 3 --breakdown   # also: the compile's and link's share of tutor's CPU
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def step_code(t, s):
    """One step: a name from the step before, some arithmetic, a print."""
    if s == 0:
        return f"var total{t} = {t}\nlet values = [1.5, 2.5, {t}.0]\nprint(values.count)"
    return f"let x{s} = total{t} * {s} + {s}\ntotal{t} += x{s} % 7\nprint(\"step {s}:\", x{s}, total{t})"


def python_code(t, s):
    if s == 0:
        return f"total{t} = {t}\nvalues = [1.5, 2.5, {t}.0]\nprint(len(values))"
    return f"x{s} = total{t} * {s} + {s}\ntotal{t} += x{s} % 7\nprint(\"step {s}:\", x{s}, total{t})"


def write_examples(work, n):
    md, py = os.path.join(work, "tutorials"), os.path.join(work, "sphinx-src")
    shutil.rmtree(md, ignore_errors=True)
    shutil.rmtree(py, ignore_errors=True)
    os.makedirs(md)
    os.makedirs(os.path.join(py, "examples"))
    with open(os.path.join(py, "conf.py"), "w") as f:
        f.write('project = "many"\nextensions = ["sphinx_gallery.gen_gallery"]\nexclude_patterns = ["_build"]\n'
                'sphinx_gallery_conf = {"examples_dirs": "examples", "gallery_dirs": "auto_examples",\n'
                '    "filename_pattern": r"/plot_", "abort_on_example_error": True}\n')
    with open(os.path.join(py, "index.rst"), "w") as f:
        f.write("Many\n====\n\n.. toctree::\n\n   auto_examples/index\n")
    with open(os.path.join(py, "examples", "README.txt"), "w") as f:
        f.write("Examples\n========\n")
    for t in range(n):
        with open(os.path.join(md, f"small_{t:03}.md"), "w") as f:
            f.write(f"# Small tutorial {t}\n\nTen steps of arithmetic.\n")
            for s in range(10):
                f.write(f"\nStep {s}.\n\n```swift step\n{step_code(t, s)}\n```\n")
        with open(os.path.join(py, "examples", f"plot_small_{t:03}.py"), "w") as f:
            f.write(f'"""\nSmall example {t}\n==============\n\nTen steps of arithmetic.\n"""\n')
            for s in range(10):
                f.write(f"\n# %%\n# Step {s}.\n\n{python_code(t, s)}\n")
    return md, py


def cpu_seconds():
    """User + system seconds of the waited-for children so far (the build and what it ran)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, cwd, env=None):
    """Wall and CPU seconds of one command, its children included."""
    cpu = cpu_seconds()
    started = time.monotonic()
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stdout[-3000:]}")
    timed.last_output = result.stdout
    return seconds, cpu_seconds() - cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tutor", default=os.path.join(ROOT, ".build", "debug", "tutor"))
    parser.add_argument("--python", default="/work/venv-ref/bin/python")
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("-r", "--repeats", type=int, default=3)
    parser.add_argument("--work", default=os.path.join(ROOT, ".build-bench", "many"))
    parser.add_argument("--no-sphinx", action="store_true")
    parser.add_argument("--cold-docs", action="store_true",
                        help="also empty the library's symbol and DocC cache (kept per library build otherwise: "
                             "sphinx-gallery's side builds no API documentation)")
    parser.add_argument("--breakdown", action="store_true",
                        help="time each swiftc call (through bench/many/swiftc_timed.py) to split tutor's CPU "
                             "into compile, link and the rest (the rest: tutor itself and the tutorial runs)")
    args = parser.parse_args()
    args.tutor = os.path.abspath(args.tutor)  # the builds run in the work folder
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    md, py = write_examples(work, args.n)
    caches = [os.path.join(ROOT, ".build", "tutor-cache"), os.path.join(ROOT, ".tutor-cache"),
              os.path.join(work, ".tutor-cache"), os.path.join(work, ".build", "tutor-cache")]
    if args.cold_docs:
        caches.append(os.path.join(ROOT, ".build", "tutor-library-docs"))
    tutor_times, tutor_cpu, sphinx_times, sphinx_cpu = [], [], [], []
    env, log, shares = None, os.path.join(work, "swiftc-times.txt"), []
    if args.breakdown:
        env = dict(os.environ, MANY_SWIFTC_LOG=log, TUTOR_SWIFTC=os.path.join(HERE, "swiftc_timed.py"),
                   MANY_REAL_SWIFTC=shutil.which(os.environ.get("TUTOR_SWIFTC") or "swiftc"))
    print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    for r in range(args.repeats):
        for path in caches + [os.path.join(work, "site"), log]:
            shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else (os.path.exists(path) and os.remove(path))
        t, c = timed([args.tutor, "build", "--force", "--out", os.path.join(work, "site"), md], work, env)
        tutor_times.append(t)
        tutor_cpu.append(c)
        line = f"run {r + 1}: tutor build {t:.2f} s ({c:.2f} s CPU)"
        if args.breakdown and os.path.exists(log):
            calls = [line.split() for line in open(log)]
            compile_cpu = sum(float(x[2]) for x in calls if x[0] == "compile")
            link_cpu = sum(float(x[2]) for x in calls if x[0] == "link")
            shares.append((compile_cpu, link_cpu, c - compile_cpu - link_cpu))
            line += f" [CPU: compile {compile_cpu:.2f} s, link {link_cpu:.2f} s, rest {c - compile_cpu - link_cpu:.2f} s]"
        if not args.no_sphinx:
            source = os.path.join(work, "sphinx-run")
            for path in (source, os.path.join(work, "sphinx-html")):
                shutil.rmtree(path, ignore_errors=True)
            shutil.copytree(py, source)
            s, sc = timed([args.python, "-m", "sphinx", "-b", "html", "-q", source, os.path.join(work, "sphinx-html")], work)
            sphinx_times.append(s)
            sphinx_cpu.append(sc)
            line += f", sphinx-gallery {s:.2f} s ({sc:.2f} s CPU), ratio {s / t:.2f}x"
        print(line + f" (load {os.getloadavg()[0]:.1f})", flush=True)
    tm, tc = statistics.median(tutor_times), statistics.median(tutor_cpu)
    summary = (f"{args.n} tutorials, cold: tutor build median {tm:.2f} s wall, {tc:.2f} s CPU "
               f"({tm / args.n:.3f} s wall, {tc / args.n:.3f} s CPU per tutorial)")
    if sphinx_times:
        sm, sc = statistics.median(sphinx_times), statistics.median(sphinx_cpu)
        summary += (f"; sphinx-gallery median {sm:.2f} s wall, {sc:.2f} s CPU ({sm / args.n:.3f} s per example); "
                    f"sphinx-gallery / tutor = {sm / tm:.2f}x wall, {sc / tc:.2f}x CPU")
    if shares:
        parts = [statistics.median(x[k] for x in shares) for k in range(3)]
        summary += (f"\nmedian CPU shares: compile {parts[0]:.2f} s, link {parts[1]:.2f} s, "
                    f"tutor and the tutorial runs {parts[2]:.2f} s (the wrapper's Python adds ~0.03 s per swiftc call)")
    print(summary)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
