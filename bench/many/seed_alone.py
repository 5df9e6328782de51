#!/usr/bin/env python3
"""Issue 20's "the seed tutorial alone: no slower than today": `tutor build` of the seed
tutorial alone, this checkout against another checkout of the project (the baseline, e.g. a
worktree of the commit before the merged compile), turn about, each with its own release
`tutor` and library and its own copy of the seed tutorial.

cold: `tutor build --force` into a fresh folder with that checkout's caches emptied (compiled
programs, stored results); forced: the same keeping the compiled program. Prints the medians
of wall and CPU seconds (user + system of the whole process tree, which load inflates far
less than wall time) and the load average.

  git worktree add /tmp/base <commit> && (cd /tmp/base && swift build -c release --product tutor \
      && swift build -c release --product Decoding)
  bench/many/seed_alone.py /tmp/base -r 7      # DECODING_DATA picks the data, as for tutor
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def build_once(root, work, cold):
    source, out = os.path.join(work, "src"), os.path.join(work, "site")
    os.makedirs(source, exist_ok=True)
    shutil.copy(os.path.join(root, "tutorials", "plot_decoding_tutorial.md"), source)
    shutil.rmtree(out, ignore_errors=True)
    if cold:
        for cache in (os.path.join(root, ".build", "tutor-cache"), os.path.join(root, ".tutor-cache", "gallery")):
            shutil.rmtree(cache, ignore_errors=True)
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([os.path.join(root, ".build", "release", "tutor"), "build", "--out", out, source, "--force"],
                   cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("baseline", help="the other checkout's root, with its release tutor built")
    parser.add_argument("-r", "--repeats", type=int, default=5)
    args = parser.parse_args()
    roots = {"baseline": os.path.abspath(args.baseline), "this": ROOT}
    with tempfile.TemporaryDirectory() as work:
        works = {name: os.path.join(work, name) for name in roots}
        for name, root in roots.items():
            build_once(root, works[name], cold=True)  # untimed: first-use costs (DocC pages, page cache)
        print("load average before:", open("/proc/loadavg").read().split()[:3])
        runs = {(name, mode): [] for name in roots for mode in ("cold", "forced")}
        for i in range(args.repeats):
            for mode in ("cold", "forced"):
                for name in (list(roots) if i % 2 == 0 else list(reversed(roots))):
                    runs[name, mode].append(build_once(roots[name], works[name], cold=mode == "cold"))
        print("load average after:", open("/proc/loadavg").read().split()[:3])
    for mode in ("cold", "forced"):
        for name in roots:
            wall = statistics.median(r[0] for r in runs[name, mode])
            cpu = statistics.median(r[1] for r in runs[name, mode])
            print(f"{mode:6s}  {name:8s}  wall {wall:7.3f} s   CPU {cpu:6.3f} s   (n={args.repeats})")


if __name__ == "__main__":
    main()
