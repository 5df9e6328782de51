#!/usr/bin/env python3
"""Writes small NIfTI files and nibabel's / nilearn's view of them as golden values for
Tests/DecodingTests (NiftiTests, MaskerTests).

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/nifti_golden.py
Everything goes to Tests/DecodingTests/Fixtures/nifti/. Deterministic (seeded).
"""
import json
import os
import shutil
import warnings

import nibabel as nib
import numpy as np

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "DecodingTests", "Fixtures", "nifti")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(20011)

SEED_AFFINE = np.array([[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
ROTATED = np.array([[0.0, -2.0, 0.0, 10.0], [2.5, 0.0, 0.0, -20.0], [0.0, 0.0, 3.0, 5.5], [0, 0, 0, 1]])
OBLIQUE = np.array([[1.8, -0.2, 0.1, -90.0], [0.2, 1.9, -0.3, -126.0], [-0.1, 0.3, 2.1, -72.0], [0, 0, 0, 1]])


def describe(path):
    img = nib.load(path)
    data = np.asarray(img.get_fdata())
    return {
        "shape": list(img.shape),
        "affine": img.affine.tolist(),
        "datatype": str(img.get_data_dtype().name),
        # Fortran order = NIfTI order (i fastest), as the Swift side stores voxels.
        "data": [None if not np.isfinite(v) else float(v) for v in data.ravel(order="F")][:5000],
        "count": int(data.size),
        "sum": float(np.nansum(data)),
        "printed": str(img),
    }


def make(name, data, affine, dtype, sform=True, qform=False, endian="<", pixdim_only=False, descrip=b""):
    hdr = nib.Nifti1Header(endianness=endian)
    hdr.set_data_dtype(dtype)
    img = nib.Nifti1Image(np.asarray(data).astype(dtype), affine, header=hdr)
    h = img.header
    if pixdim_only:
        h.set_sform(None, code=0)
        h.set_qform(None, code=0)
        h["pixdim"][1:4] = [2.0, 3.0, 4.0]
        h["srow_x"] = 0; h["srow_y"] = 0; h["srow_z"] = 0
    else:
        h.set_sform(affine, code="aligned" if sform else 0)
        h.set_qform(affine, code="scanner" if qform else 0)
        if not sform:
            h["srow_x"] = 0; h["srow_y"] = 0; h["srow_z"] = 0
    h["descrip"] = descrip
    path = os.path.join(OUT, name)
    nib.Nifti1Image(np.asarray(data).astype(dtype), None, header=h).to_filename(path)
    return path


files = {}
vol = lambda shape, lo, hi: rng.integers(lo, hi, size=shape)
files["u8_sform.nii"] = make("u8_sform.nii", vol((4, 3, 2), 0, 255), SEED_AFFINE, np.uint8, descrip=b"golden uint8")
files["i8_qform.nii"] = make("i8_qform.nii", vol((3, 4, 2), -128, 127), ROTATED, np.int8, sform=False, qform=True)
files["i16_be_qform.nii"] = make("i16_be_qform.nii", vol((5, 4, 3), -3000, 3000), ROTATED, np.int16, sform=False, qform=True, endian=">")
files["u16_both.nii.gz"] = make("u16_both.nii.gz", vol((4, 4, 3), 0, 60000), OBLIQUE, np.uint16, qform=True)
files["i32_be.nii.gz"] = make("i32_be.nii.gz", vol((3, 3, 3), -10**9, 10**9), SEED_AFFINE, np.int32, endian=">")
files["u32.nii"] = make("u32.nii", vol((2, 3, 4), 0, 4 * 10**9), SEED_AFFINE, np.uint32)
files["i64.nii"] = make("i64.nii", vol((2, 2, 3), -10**12, 10**12), SEED_AFFINE, np.int64)
files["f32_pixdim.nii.gz"] = make("f32_pixdim.nii.gz", rng.normal(size=(4, 5, 3)), SEED_AFFINE, np.float32, pixdim_only=True)
files["f64_be_4d.nii.gz"] = make("f64_be_4d.nii.gz", rng.normal(size=(3, 4, 5, 6)), OBLIQUE, np.float64, endian=">")
files["f32_5d.nii"] = make("f32_5d.nii", rng.normal(size=(2, 3, 2, 2, 3)), SEED_AFFINE, np.float32)
files["f32_1d.nii"] = make("f32_1d.nii", rng.normal(size=(7,)), np.eye(4), np.float32, sform=False)

# Scaled int16: set slope/inter by hand on raw data so the stored ints are known.
raw = vol((4, 3, 2), -500, 500).astype(np.int16)
h = nib.Nifti1Header()
h.set_data_dtype(np.int16)
simg = nib.Nifti1Image(raw, SEED_AFFINE, header=h)
simg.header["scl_slope"] = 0.25
simg.header["scl_inter"] = -3.0
p = os.path.join(OUT, "i16_scaled.nii")
with open(p, "wb") as f:
    simg.header.set_data_shape(raw.shape)
    simg.header["vox_offset"] = 352
    f.write(simg.header.binaryblock)
    f.write(b"\0\0\0\0")
    f.write(raw.tobytes(order="F"))
files["i16_scaled.nii"] = p

# .hdr/.img pair.
pair = nib.Nifti1Pair(vol((3, 4, 2), -100, 100).astype(np.int16), ROTATED)
pair.to_filename(os.path.join(OUT, "pair.hdr"))
files["pair.hdr"] = os.path.join(OUT, "pair.hdr")

# nibabel's own test files.
NIB_DATA = os.path.join(os.path.dirname(nib.__file__), "tests", "data")
for name in ["example4d.nii.gz", "anatomical.nii", "functional.nii", "standard.nii.gz"]:
    src = os.path.join(NIB_DATA, name)
    if os.path.exists(src):
        shutil.copy(src, os.path.join(OUT, "nibabel_" + name))
        files["nibabel_" + name] = os.path.join(OUT, "nibabel_" + name)
shutil.copy(os.path.join(NIB_DATA, "example_nifti2.nii.gz"), os.path.join(OUT, "nibabel_example_nifti2.nii.gz"))

expected = {name: describe(path) for name, path in files.items()}

# In-memory image printing, as the seed's coef_img.
coef = nib.Nifti1Image(np.zeros((40, 64, 64, 1)), SEED_AFFINE)
expected["_printed_seed_coef_img"] = str(coef)

with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)

# ---------------------------------------------------------------------------------------------
# Masker golden values (nilearn).
from nilearn.maskers import NiftiMasker  # noqa: E402

shape = (6, 5, 4)
mask = np.zeros(shape, dtype=np.uint8)
mask[1:5, 1:4, 1:3] = 1
mask[2, 2, 1] = 0
mask[0, 0, 0] = 1
nib.Nifti1Image(mask, SEED_AFFINE).to_filename(os.path.join(OUT, "masker_mask.nii.gz"))
# A mask stored as float with values {0, 2.5}: nilearn binarizes it.
nib.Nifti1Image(mask.astype(np.float32) * 2.5, SEED_AFFINE).to_filename(os.path.join(OUT, "masker_mask_float.nii"))
t = 25
bold = (1000 + 50 * rng.normal(size=shape + (t,)) + np.arange(t) * 2).astype(np.int16)
bold[1, 1, 1, :] = 1200  # a constant voxel inside the mask
nib.Nifti1Image(bold, SEED_AFFINE).to_filename(os.path.join(OUT, "masker_bold.nii.gz"))
fbold = rng.normal(size=shape + (t,)).astype(np.float32) * 3 + 10
nib.Nifti1Image(fbold, SEED_AFFINE).to_filename(os.path.join(OUT, "masker_bold_f32.nii"))

masked = {}
for bold_name in ["masker_bold.nii.gz", "masker_bold_f32.nii"]:
    for std in [True, False, "psc"]:
        m = NiftiMasker(mask_img=os.path.join(OUT, "masker_mask.nii.gz"), standardize=std)
        x = m.fit_transform(os.path.join(OUT, bold_name))
        masked[f"{bold_name}|{std}"] = {"dtype": str(x.dtype), "shape": list(x.shape),
                                       "values": x.astype(np.float64).ravel().tolist()}
m = NiftiMasker(mask_img=os.path.join(OUT, "masker_mask.nii.gz"), standardize=True).fit()
coef = np.arange(1, int(mask.sum()) + 1, dtype=np.float64)[None, :] / 10
inv = m.inverse_transform(coef)
masked["inverse"] = {"shape": list(inv.shape), "dtype": str(inv.get_data_dtype()),
                     "data": np.asarray(inv.get_fdata()).ravel(order="F").tolist(),
                     "affine": inv.affine.tolist()}
with open(os.path.join(OUT, "masker_expected.json"), "w") as f:
    json.dump(masked, f, indent=1, sort_keys=True)
print("wrote", len(expected), "image descriptions and", len(masked), "masker results to", os.path.normpath(OUT))
