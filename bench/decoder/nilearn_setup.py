"""What bench/decoder/plot_haxby_*.py set up before running nilearn's example unchanged: the
Haxby files read from the Swift side's data directory ($DECODING_DATA, default
~/decoding_data) instead of fetched (the simulated subject has no mask8_*_vt files nor
checksums, which fetch_haxby insists on), figures written to $BENCH_FIGURES (default: a
temporary folder) with Agg instead of shown, and the interactive view_img skipped.
Importing it is enough.
"""
import os
import sys
import tempfile

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nilearn.plotting as plotting  # noqa: E402
from nilearn import datasets  # noqa: E402
from sklearn.utils import Bunch  # noqa: E402

NAME = os.path.splitext(os.path.basename(sys.argv[0]))[0]
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
    for number in plt.get_fignums():
        plt.figure(number).savefig(os.path.join(FIGURES, f"{NAME}-{number}.png"))
    plt.close("all")


datasets.fetch_haxby = fetch_haxby
plotting.show = show
plotting.view_img = lambda *a, **k: None
