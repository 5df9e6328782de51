#!/usr/bin/env python3
"""Golden values for SearchLight on the simulated Haxby subject (Tests/DecodingTests/Fixtures/searchlight/).

Runs nilearn's own example, plot_haxby_searchlight.py, on the subject: face vs house volumes,
the whole-brain mask (haxby2001/mask.nii.gz, which `Datasets.fetchHaxby()` writes for a
simulated subject), the process mask of the example (slice z = 29, y < 30), radius 5.6 mm,
KFold(n_splits=4), n_jobs=2; and the example's F-scores (f_classif on the NiftiMasker'd data,
-log10 p clipped at 10).

The fixture holds what the Swift tests need without the 190 MB subject: the face/house
volumes, the mask and the process mask cropped (nibabel's slicer, affine adjusted) to the
voxels the example's spheres can reach (every x, y < 31, 28 <= z <= 30), checked to give
nilearn the same scores as the whole images, and

  searchlight.json  labels, nilearn's masked_scores_ (the process mask's voxels in nilearn's
                    order), each voxel's sphere size, the F-scores of the process voxels,
                    versions and nilearn's time for the slice (n_jobs=2).

    /work/venv-ref/bin/python scripts/golden/searchlight_haxby.py [<data dir>/haxby2001/subj2]
"""
import os
import sys
import time
import warnings

import nibabel as nib
import nilearn
import numpy as np
import pandas as pd
import sklearn
from nilearn.decoding import SearchLight
from nilearn.decoding.searchlight import apply_mask_and_get_affinity
from nilearn.image import get_data, index_img, load_img, new_img_like
from nilearn.maskers import NiftiMasker
from sklearn.feature_selection import f_classif
from sklearn.model_selection import KFold

from _common import fixture_folder, save_image, write_json

OUT = fixture_folder("searchlight")
CROP = (slice(None), slice(0, 31), slice(28, 31))


def searchlight(fmri_img, y, mask_img, process_mask_img):
    sl = SearchLight(mask_img, process_mask_img=process_mask_img, radius=5.6, n_jobs=2, cv=KFold(n_splits=4))
    start = time.perf_counter()
    sl.fit(fmri_img, y)
    return sl, time.perf_counter() - start


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = os.path.abspath(args[0] if args else os.path.expanduser("~/decoding_data/haxby2001/subj2"))
    warnings.filterwarnings("ignore")
    labels = pd.read_csv(os.path.join(folder, "labels.txt"), sep=" ")
    condition_mask = labels["labels"].isin(["face", "house"])
    y = labels["labels"][condition_mask]
    fmri_img = index_img(os.path.join(folder, "bold.nii.gz"), condition_mask)
    fmri_img = nib.Nifti1Image(np.asanyarray(fmri_img.dataobj), fmri_img.affine, fmri_img.header)
    mask_img = load_img(os.path.join(os.path.dirname(folder), "mask.nii.gz"))

    # The example's process mask.
    process_mask = get_data(mask_img).astype(int)
    picked_slice = 29
    process_mask[..., (picked_slice + 1):] = 0
    process_mask[..., :picked_slice] = 0
    process_mask[:, 30:] = 0
    process_mask_img = new_img_like(mask_img, process_mask)

    sl, seconds = searchlight(fmri_img, y, mask_img, process_mask_img)
    scores = sl.masked_scores_
    print(f"nilearn SearchLight on {int(process_mask.sum())} voxels: {seconds:.1f} s (n_jobs=2), "
          f"mean score {scores.mean():.4f}", file=sys.stderr)

    seeds = np.asarray(np.nonzero(process_mask)).T
    world = nib.affines.apply_affine(mask_img.affine, seeds)
    _, A = apply_mask_and_get_affinity(world, fmri_img, 5.6, True, mask_img=mask_img)
    sizes = np.asarray(A.tocsr().sum(axis=1)).ravel().astype(int)

    masker = NiftiMasker(mask_img=mask_img)
    fmri_masked = masker.fit_transform(fmri_img)
    _, p_values = f_classif(fmri_masked, y)
    p_values = -np.log10(p_values)
    p_values[p_values > 10] = 10
    p_unmasked = get_data(masker.inverse_transform(p_values))
    fscores = p_unmasked[process_mask != 0]

    crop_fmri, crop_mask, crop_process = (img.slicer[CROP] for img in (fmri_img, mask_img, process_mask_img))
    crop_sl, _ = searchlight(crop_fmri, y, crop_mask, crop_process)
    if not np.array_equal(crop_sl.masked_scores_, scores):
        raise SystemExit("nilearn's scores on the cropped images differ from the whole images'")

    crop_fmri = nib.Nifti1Image(np.asanyarray(crop_fmri.dataobj).astype(np.int16), crop_fmri.affine)
    for name, img in (("fmri_crop.nii.gz", crop_fmri), ("mask_crop.nii.gz", crop_mask),
                      ("process_crop.nii.gz", crop_process)):
        save_image(img, os.path.join(OUT, name))
    record = {
        "nilearn": nilearn.__version__, "sklearn": sklearn.__version__,
        "labels": [str(v) for v in y], "radius": 5.6, "cv": "KFold(n_splits=4)",
        "process_voxels": int(process_mask.sum()), "mask_voxels": int(get_data(mask_img).astype(bool).sum()),
        "nilearn_seconds_n_jobs_2": seconds,
        "scores": [float(v) for v in scores], "sphere_sizes": [int(v) for v in sizes],
        # NaN (a constant voxel's p-value) as null: JSON has no NaN.
        "fscores": [None if np.isnan(v) else float(v) for v in fscores],
    }
    write_json(os.path.join(OUT, "searchlight.json"), record)
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
