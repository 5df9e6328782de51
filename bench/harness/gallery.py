"""Part 3: gallery builds of the seed tutorial, `tutor build` against sphinx-gallery, cold
(fresh output, everything run) and again with nothing changed."""
import os
import shutil
import sys

from measure import numpy_env, repeat

HERE = os.path.dirname(os.path.abspath(__file__))


def fresh(*paths):
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)


def measure_tutor(work, tutor, tutorial, data_env, times):
    """{"cold": Runs, "forced": Runs, "unchanged": Runs} for `tutor build` of the one seed
    tutorial: cold also empties tutor's caches (compiled programs in .build/tutor-cache, stored
    results in .tutor-cache/gallery) so the program is compiled, as nothing is cached for a
    fresh sphinx-gallery build either; forced is `--force` into a fresh folder with the
    compiled program kept."""
    root = os.path.abspath(os.path.join(HERE, "..", ".."))
    caches = [os.path.join(root, ".build", "tutor-cache"), os.path.join(root, ".tutor-cache", "gallery")]
    source, out = os.path.join(work, "tutor-src"), os.path.join(work, "tutor-site")
    fresh(source)
    os.makedirs(source)
    shutil.copy(tutorial, source)
    env = dict(os.environ, **data_env)
    command = [tutor, "build", "--out", out, source]
    print(f"  gallery: tutor build --force, caches emptied ×{times}", file=sys.stderr)
    cold = repeat(command + ["--force"], times, env=env, cwd=work, before=lambda: fresh(out, *caches))
    print(f"  gallery: tutor build --force ×{times}", file=sys.stderr)
    forced = repeat(command + ["--force"], times, env=env, cwd=work, before=lambda: fresh(out))
    print(f"  gallery: tutor build, nothing changed ×{times}", file=sys.stderr)
    unchanged = repeat(command, times, env=env, cwd=work)
    return {"cold": cold, "forced": forced, "unchanged": unchanged}


def measure_sphinx(work, python, subject, times):
    """{"cold": Runs, "unchanged": Runs} for sphinx-build of bench/sphinx (copied first, since
    sphinx-gallery writes auto_examples/ into its source folder)."""
    source, out = os.path.join(work, "sphinx-src"), os.path.join(work, "sphinx-html")
    env = dict(numpy_env(), HAXBY_SUBJECT_DIR=subject, MPLBACKEND="Agg")

    def clean():
        fresh(source, out)
        shutil.copytree(os.path.join(HERE, "..", "sphinx"), source)

    command = [python, "-m", "sphinx", "-b", "html", "-q", source, out]
    print(f"  gallery: sphinx-gallery cold ×{times}", file=sys.stderr)
    cold = repeat(command, times, env=env, cwd=work, before=clean)
    print(f"  gallery: sphinx-gallery, nothing changed ×{times}", file=sys.stderr)
    unchanged = repeat(command, times, env=env, cwd=work)
    return {"cold": cold, "unchanged": unchanged}
