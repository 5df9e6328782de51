"""Runs one of nilearn's examples, kept unchanged in bench/decoder/vendor/, on the same files as
the Swift tutorial of the same name:

    python bench/decoder/nilearn_setup.py bench/decoder/vendor/plot_haxby_anova_svm.py

Before the example runs: the Haxby files are read from the Swift side's data directory
($DECODING_DATA, default ~/decoding_data) instead of fetched (the simulated subject has no
mask8_*_vt files nor checksums, which fetch_haxby insists on), figures are written to
$BENCH_FIGURES (default: a temporary folder) with Agg instead of shown, and the interactive
view_img is skipped. The example then runs as `__main__`, as `python example.py` would run it.
"""
import os
import runpy
import sys
import tempfile

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nilearn.plotting as plotting  # noqa: E402
from nilearn import datasets  # noqa: E402
from sklearn.utils import Bunch  # noqa: E402

DATA = os.environ.get("DECODING_DATA", os.path.expanduser("~/decoding_data"))
FIGURES = os.environ.get("BENCH_FIGURES") or tempfile.mkdtemp(prefix="nilearn-figures-")


def fetch_haxby(*_args, **_kwargs):
    subject = os.path.join(DATA, "haxby2001", "subj2")
    return Bunch(
        anat=[os.path.join(subject, "anat.nii.gz")], func=[os.path.join(subject, "bold.nii.gz")],
        session_target=[os.path.join(subject, "labels.txt")],
        mask_vt=[os.path.join(subject, "mask4_vt.nii.gz")],
        mask_face=[os.path.join(subject, "mask8b_face_vt.nii.gz")],
        mask_house=[os.path.join(subject, "mask8b_house_vt.nii.gz")],
        mask=os.path.join(DATA, "haxby2001", "mask.nii.gz"))


def show(*_args, **_kwargs):
    name = os.path.splitext(os.path.basename(sys.argv[0]))[0]
    for number in plt.get_fignums():
        plt.figure(number).savefig(os.path.join(FIGURES, f"{name}-{number}.png"))
    plt.close("all")


datasets.fetch_haxby = fetch_haxby
plotting.show = show
plotting.view_img = lambda *a, **k: None


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: nilearn_setup.py EXAMPLE.py")
    sys.argv = sys.argv[1:]  # the example sees itself as the script run
    runpy.run_path(sys.argv[0], run_name="__main__")
