#!/usr/bin/env python3
"""Golden values for smoothImg(fwhm: .fast) (Tests/DecodingTests/Fixtures/images/smooth_fast.json).

nilearn 0.14's smooth_img(img, fwhm="fast") on the small images image_functions.py committed
(float32 3-D, int16 4-D, float64 with lines of 2 and 3 voxels, scaled int16), plus one written
here with NaN and infinite voxels (float32, 4-D) and one of a single voxel per line along z:
voxels in NIfTI order (Fortran order of nibabel's array) with the result's dtype and shape.

    /work/venv-ref/bin/python scripts/golden/smooth_fast.py
"""
import os
import warnings

import nibabel as nib
import nilearn
import numpy as np
from nilearn.image import smooth_img

from _common import fixture_folder, save_image, write_json

OUT = fixture_folder("images")


def main():
    warnings.filterwarnings("ignore")
    rng = np.random.default_rng(11)
    odd = rng.normal(50, 20, size=(5, 4, 3, 2)).astype(np.float32)
    odd[1, 2, 1, 0] = np.nan
    odd[4, 0, 2, 1] = np.inf
    odd[0, 3, 0, 1] = -np.inf
    save_image(nib.Nifti1Image(odd, np.diag([3.0, 3.0, 3.0, 1.0])), os.path.join(OUT, "f32_nonfinite.nii.gz"))
    flat = rng.integers(0, 1000, size=(7, 6, 1)).astype(np.int16)
    save_image(nib.Nifti1Image(flat, np.eye(4)), os.path.join(OUT, "i16_flat.nii.gz"))
    results = {"nilearn": nilearn.__version__, "smooth": []}
    for name in ["f32_3d.nii.gz", "i16_4d.nii.gz", "f64_thin.nii.gz", "i16_scaled.nii.gz",
                 "f32_nonfinite.nii.gz", "i16_flat.nii.gz"]:
        smoothed = smooth_img(nib.load(os.path.join(OUT, name)), "fast")
        data = np.asarray(smoothed.dataobj)
        results["smooth"].append({"image": name, "dtype": str(data.dtype), "shape": list(data.shape),
                                  "data": [float(v) for v in data.ravel(order="F")]})
    write_json(os.path.join(OUT, "smooth_fast.json"), results)


if __name__ == "__main__":
    main()
