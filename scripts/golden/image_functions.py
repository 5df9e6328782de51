#!/usr/bin/env python3
"""Golden values for smoothImg, meanImg, indexImg and newImgLike (Tests/DecodingTests/Fixtures/images/).

Writes small seeded images with nibabel (inputs) and nilearn 0.14's results on them as JSON:
voxels in NIfTI order (Fortran order of nibabel's array), the result's dtype, shape and the header
fields nilearn sets (pixdim, xyzt_units, descrip, qform/sform codes, cal_min/cal_max).

    /work/venv-ref/bin/python scripts/golden/image_functions.py
"""
import os
import warnings

import nibabel as nib
import nilearn
import numpy as np
from nilearn.image import index_img, mean_img, new_img_like, smooth_img

from _common import fixture_folder, save_image, write_json

OUT = fixture_folder("images")
HAXBY_AFFINE = np.array([[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])


def record(img):
    data = np.asarray(img.dataobj)
    h = img.header
    return {"dtype": str(data.dtype), "shape": list(data.shape), "data": [float(v) for v in data.ravel(order="F")],
            "pixdim": [float(v) for v in h["pixdim"]], "xyzt_units": int(h["xyzt_units"]),
            "descrip": h["descrip"].item().decode(), "qform_code": int(h["qform_code"]), "sform_code": int(h["sform_code"]),
            "cal_min": float(h["cal_min"]), "cal_max": float(h["cal_max"]), "affine": [float(v) for v in img.affine.ravel()]}


def save(img, name):
    path = os.path.join(OUT, name)
    save_image(img, path)
    return nib.load(path)


def inputs():
    rng = np.random.default_rng(7)
    vol = rng.normal(100, 30, size=(9, 8, 7)).astype(np.float32)
    vol[4, 4, 3] = 800  # a spike shows the kernel's shape
    f32 = nib.Nifti1Image(vol, HAXBY_AFFINE)
    bold = rng.integers(-300, 3000, size=(6, 5, 4, 3)).astype(np.int16)
    i16 = nib.Nifti1Image(bold, HAXBY_AFFINE)
    i16.header["pixdim"][4] = 2.5
    i16.header.set_xyzt_units("mm", "sec")
    i16.header["descrip"] = b"golden bold"
    rotated = HAXBY_AFFINE.copy()
    rotated[:3, :3] = rotated[:3, :3] @ np.array([[0.8, -0.6, 0], [0.6, 0.8, 0], [0, 0, 1]])
    thin = nib.Nifti1Image(rng.normal(size=(2, 9, 3)), rotated)  # lines shorter than the kernel; float64
    scaled = nib.Nifti1Image(bold[..., :2], np.diag([2.0, 2.0, 2.0, 1.0]))
    scaled.header.set_slope_inter(0.5, 10.0)
    return {"f32_3d.nii.gz": f32, "i16_4d.nii.gz": i16, "f64_thin.nii.gz": thin, "i16_scaled.nii.gz": scaled}


def main():
    warnings.filterwarnings("ignore")
    images = {name: save(img, name) for name, img in inputs().items()}
    results = {"nilearn": nilearn.__version__, "smooth": [], "mean": [], "index": [], "new": []}
    for name, fwhm in [("f32_3d.nii.gz", 4), ("f32_3d.nii.gz", 12.5), ("f32_3d.nii.gz", [3, 0, 9]),
                       ("f32_3d.nii.gz", [None, 6, None]), ("i16_4d.nii.gz", 5), ("f64_thin.nii.gz", 20),
                       ("i16_scaled.nii.gz", 6), ("i16_4d.nii.gz", 0)]:
        results["smooth"].append({"image": name, "fwhm": fwhm, **record(smooth_img(images[name], fwhm))})
    for name in ["i16_4d.nii.gz", "f32_3d.nii.gz", "i16_scaled.nii.gz"]:
        results["mean"].append({"image": name, **record(mean_img(images[name]))})
    for index in [1, -1, [2, 0, 2], [True, False, True]]:
        results["index"].append({"image": "i16_4d.nii.gz", "index": index, **record(index_img(images["i16_4d.nii.gz"], index))})
    results["index"].append({"image": "i16_scaled.nii.gz", "index": [1], **record(index_img(images["i16_scaled.nii.gz"], [1]))})
    data = np.arange(6 * 5 * 4, dtype=np.float32).reshape((6, 5, 4), order="F")
    results["new"].append({"image": "i16_4d.nii.gz", "copy_header": True, **record(new_img_like(images["i16_4d.nii.gz"], data))})
    results["new"].append({"image": "i16_4d.nii.gz", "copy_header": False,
                           **record(new_img_like(images["i16_4d.nii.gz"], data, copy_header=False))})
    shifted = HAXBY_AFFINE.copy()
    shifted[:3, 3] += 10
    results["new"].append({"image": "i16_4d.nii.gz", "copy_header": True, "shifted": True,
                           **record(new_img_like(images["i16_4d.nii.gz"], data, affine=shifted))})
    write_json(os.path.join(OUT, "golden.json"), results)


if __name__ == "__main__":
    main()
