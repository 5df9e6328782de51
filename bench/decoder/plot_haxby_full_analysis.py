# Reference run of nilearn's example plot_haxby_full_analysis.py on the same files as the Swift tutorial
# (tutorials/plot_haxby_full_analysis.md): the example's code, unchanged except that fetch_haxby reads the data
# directory the Swift side uses ($DECODING_DATA, default ~/decoding_data), figures are written to $BENCH_FIGURES (default: a
# temporary folder) instead of shown, and the interactive view_img is skipped.
# Run: /work/venv-ref/bin/python bench/decoder/plot_haxby_full_analysis.py
import os as _os
import tempfile as _tempfile

import matplotlib as _matplotlib

_matplotlib.use("Agg")
import matplotlib.pyplot as _plt  # noqa: E402
import nilearn.plotting as _plotting  # noqa: E402
from nilearn import datasets as _datasets  # noqa: E402

_DATA = _os.environ.get("DECODING_DATA", _os.path.expanduser("~/decoding_data"))
_FIGURES = _os.environ.get("BENCH_FIGURES") or _tempfile.mkdtemp(prefix="nilearn-figures-")
# The files fetch_haxby would return, read from the Swift side's data directory (the
# simulated subject has no mask8_*_vt files nor checksums, which fetch_haxby insists on).
from sklearn.utils import Bunch as _Bunch  # noqa: E402


def _haxby(*_args, **_kwargs):
    subject = _os.path.join(_DATA, "haxby2001", "subj2")
    return _Bunch(
        anat=[_os.path.join(subject, "anat.nii.gz")], func=[_os.path.join(subject, "bold.nii.gz")],
        session_target=[_os.path.join(subject, "labels.txt")],
        mask_vt=[_os.path.join(subject, "mask4_vt.nii.gz")],
        mask_face=[_os.path.join(subject, "mask8b_face_vt.nii.gz")],
        mask_house=[_os.path.join(subject, "mask8b_house_vt.nii.gz")],
        mask=_os.path.join(_DATA, "haxby2001", "mask.nii.gz"))


_datasets.fetch_haxby = _haxby


def _show(*_args, **_kwargs):
    for number in _plt.get_fignums():
        _plt.figure(number).savefig(_os.path.join(_FIGURES, f"plot_haxby_full_analysis-{number}.png"))
    _plt.close("all")


_plotting.show = _show
_plotting.view_img = lambda *a, **k: None
# ---- the example ----
"""
ROI-based decoding analysis in Haxby et al. dataset
===================================================

In this script we reproduce the data analysis
conducted by :footcite:t:`Haxby2001`.

Specifically, we look at decoding accuracy for different objects in
three different masks: the full ventral stream (mask_vt), the house
selective areas (mask_house) and the face selective areas (mask_face),
that have been defined via a standard GLM-based analysis.

"""

# Fetch data using nilearn dataset fetcher
from nilearn import datasets
show = _show

# %%
# Load and prepare the data
# -------------------------


# by default we fetch 2nd subject data for analysis
haxby_dataset = datasets.fetch_haxby()
func_filename = haxby_dataset.func[0]

# Print basic information on the dataset
print(
    "First subject anatomical nifti image (3D) is located "
    f"at: {haxby_dataset.anat[0]}"
)
print(
    f"First subject functional nifti image (4D) is located at: {func_filename}"
)

# load labels
import pandas as pd

# Load nilearn NiftiMasker, the practical masking and unmasking tool
from nilearn.maskers import NiftiMasker

labels = pd.read_csv(haxby_dataset.session_target[0], sep=" ")
stimuli = labels["labels"]
# identify resting state labels in order to be able to remove them
task_mask = stimuli != "rest"

# find names of remaining active labels
categories = stimuli[task_mask].unique()

# extract tags indicating to which acquisition run a tag belongs
run_labels = labels["chunks"][task_mask]

# apply the task_mask to  fMRI data (func_filename)
from nilearn.image import index_img

task_data = index_img(func_filename, task_mask)

# %%
# Decoding on the different masks
# -------------------------------
#
# The classifier used here is a support vector classifier (svc).
# We use
# :class:`~nilearn.decoding.Decoder` and specify the classifier.
import numpy as np

# Make a data splitting object for cross validation
from sklearn.model_selection import LeaveOneGroupOut

from nilearn.decoding import Decoder

cv = LeaveOneGroupOut()

# %%
# We use :class:`~nilearn.decoding.Decoder` to estimate a baseline.

import warnings

mask_names = ["mask_vt", "mask_face", "mask_house"]

mask_scores = {}
mask_chance_scores = {}

for mask_name in mask_names:
    print(f"Working on {mask_name}")
    # For decoding, standardizing is often very important
    mask_filename = haxby_dataset[mask_name][0]
    masker = NiftiMasker(mask_img=mask_filename, verbose=1)
    mask_scores[mask_name] = {}
    mask_chance_scores[mask_name] = {}

    for category in categories:
        print(f"Processing {mask_name} {category}")
        classification_target = stimuli[task_mask] == category
        # Specify the classifier to the decoder object.
        # With the decoder we can input the masker directly.
        # We are using the svc_l1 here because it is intra subject.
        decoder = Decoder(
            estimator="svc_l1",
            cv=cv,
            mask=masker,
            scoring="roc_auc",
            verbose=1,
        )

        with warnings.catch_warnings():
            # ignore warnings thrown because the ROI mask we are using
            # are much smaller than the whole brain.
            warnings.filterwarnings(action="ignore", category=UserWarning)
            decoder.fit(task_data, classification_target, groups=run_labels)

        mask_scores[mask_name][category] = decoder.cv_scores_[1]
        mean = np.mean(mask_scores[mask_name][category])
        std = np.std(mask_scores[mask_name][category])
        print(f"Scores: {mean:1.2f} +- {std:1.2f}")

        dummy_classifier = Decoder(
            estimator="dummy_classifier",
            cv=cv,
            mask=masker,
            scoring="roc_auc",
            verbose=1,
        )

        with warnings.catch_warnings():
            # ignore warnings thrown because the ROI mask we are using
            # are much smaller than the whole brain.
            warnings.filterwarnings(action="ignore", category=UserWarning)
            dummy_classifier.fit(
                task_data, classification_target, groups=run_labels
            )

        mask_chance_scores[mask_name][category] = dummy_classifier.cv_scores_[
            1
        ]


# %%
# We make a simple bar plot to summarize the results
# --------------------------------------------------
import matplotlib.pyplot as plt

plt.figure(constrained_layout=True)

tick_position = np.arange(len(categories))
plt.xticks(tick_position, categories, rotation=45)

for color, mask_name in zip("rgb", mask_names, strict=False):
    score_means = [
        np.mean(mask_scores[mask_name][category]) for category in categories
    ]
    plt.bar(
        tick_position, score_means, label=mask_name, width=0.25, color=color
    )

    score_chance = [
        np.mean(mask_chance_scores[mask_name][category])
        for category in categories
    ]
    plt.bar(
        tick_position,
        score_chance,
        width=0.25,
        edgecolor="k",
        facecolor="none",
    )

    tick_position = tick_position + 0.2

plt.ylabel("Classification accuracy (AUC score)")
plt.xlabel("Visual stimuli category")
plt.ylim(0.3, 1)
plt.legend(loc="lower right")
plt.title("Category-specific classification accuracy for different masks")

show()

# %%
# References
# ----------
#
# .. footbibliography::


# sphinx_gallery_dummy_images=1
