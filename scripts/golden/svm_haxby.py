#!/usr/bin/env python3
"""Golden values on the simulated Haxby subject's face/cat matrix (Tests/DecodingTests/Fixtures/svm/haxby/).

Masks the bold with nilearn's NiftiMasker(mask_img=mask4_vt, standardize='zscore_sample'), keeps
the face and cat volumes (216 x 464 float32) and writes a compact fixture, so that the Swift tests
need neither the 500 MB subject nor the venv:

  x.f32       the matrix, little-endian float32, C order
  haxby.json  shape, labels, groups (the runs, labels.txt's `chunks`), scikit-learn 1.9's fits
              ("all": SVC(kernel='linear') on every row, predicting every row; "leave30": on all
              but the last 30 rows, predicting those), fold indices, and scores: "default",
              "kfold5", "logo" (cross_val_score), "kfold5_loop" (the tutorial's manual KFold(5)
              loop) and "leave30" (accuracy on the last 30 rows).

The layout is the one of scripts/golden/svm.py, so the tests reuse its loader (SVMGolden).

It then runs the Swift masker, `NiftiMasker(maskImg:standardize: true).fitTransform`, on the same
files through `tutor run` (a built .build/debug/tutor is needed; skipped with --no-swift) and
prints how far its face/cat rows are from the fixture's X (they must agree to 1e-5, relative
for |values| above 1), and how far each is from a float64 z-score of the int16 data.

    /work/venv-ref/bin/python scripts/golden/svm_haxby.py [<data dir>/haxby2001/subj2] [--no-swift]
"""
import os
import subprocess
import sys
import tempfile
import warnings

import numpy as np
import pandas as pd
import sklearn
from nilearn.maskers import NiftiMasker
from sklearn.model_selection import KFold, LeaveOneGroupOut, StratifiedKFold, cross_val_score
from sklearn.svm import SVC

from _common import ROOT, fixture_folder, floats, write_bytes, write_json
from svm import fit_record, folds  # the same record layout as the other svm fixtures

OUT = fixture_folder("svm", "haxby")
KEEP = ("face", "cat")


def masked_face_cat(folder):
    """nilearn's standardized VT matrix restricted to face/cat, with labels, runs and the row mask."""
    behavioral = pd.read_csv(os.path.join(folder, "labels.txt"), sep=" ")
    masker = NiftiMasker(mask_img=os.path.join(folder, "mask4_vt.nii.gz"), standardize="zscore_sample")
    x = masker.fit_transform(os.path.join(folder, "bold.nii.gz"))
    keep = behavioral["labels"].isin(KEEP).to_numpy()
    labels = [str(v) for v in behavioral["labels"][keep]]
    runs = [int(v) for v in behavioral["chunks"][keep]]
    return np.ascontiguousarray(x[keep], dtype=np.float32), labels, runs, keep


def golden(x, labels, runs):
    y = np.asarray(labels)
    record = {"shape": list(x.shape), "labels": labels, "groups": runs, "sklearn": sklearn.__version__,
              "fits": [{"name": "all", **fit_record(x, y, x)},
                       {"name": "leave30", "train_rows": len(y) - 30, **fit_record(x[:-30], y[:-30], x[-30:])}],
              "splits": {"kfold5": folds(KFold(5), x, y), "stratified5": folds(StratifiedKFold(5), x, y),
                         "logo": folds(LeaveOneGroupOut(), x, y, runs)},
              "scores": {}}
    leave30 = SVC(kernel="linear").fit(x[:-30], y[:-30])
    record["scores"]["leave30"] = [float((leave30.predict(x[-30:]) == y[-30:]).mean())]
    loop = []
    for train, test in KFold(5).split(x):
        svc = SVC(kernel="linear").fit(x[train], y[train])
        loop.append(float((svc.predict(x[test]) == y[test]).mean()))
    record["scores"]["kfold5_loop"] = loop
    svc = SVC(kernel="linear")
    record["scores"]["default"] = floats(cross_val_score(svc, x, y))
    record["scores"]["kfold5"] = floats(cross_val_score(svc, x, y, cv=KFold(5)))
    record["scores"]["logo"] = floats(cross_val_score(svc, x, y, cv=LeaveOneGroupOut(), groups=runs))
    return record


SWIFT_STEP = """```swift step
var masker = NiftiMasker(maskImg: "{folder}/mask4_vt.nii.gz", standardize: true)
let x = try masker.fitTransform("{folder}/bold.nii.gz")
let data = x.storage.withUnsafeBufferPointer {{ Data(buffer: $0) }}
try data.write(to: URL(fileURLWithPath: "{out}"))
print(x.shape)
```
"""


def swift_masked(folder):
    """The Swift masker's full (1452, 464) matrix, via a one-step tutorial run by `tutor run`."""
    tutor = os.path.join(ROOT, ".build", "debug", "tutor")
    if not os.access(tutor, os.X_OK):
        raise SystemExit(f"{tutor} is missing: build it (swift build --product tutor) or pass --no-swift")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "x.f32")
        md = os.path.join(tmp, "swift_masker.md")
        with open(md, "w") as f:
            f.write("# Swift masker on the Haxby subject\n\n" + SWIFT_STEP.format(folder=folder, out=out))
        run = subprocess.run([tutor, "run", md], cwd=ROOT, capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(out):
            raise SystemExit(f"tutor run failed ({run.returncode}):\n{run.stdout}\n{run.stderr}")
        return np.fromfile(out, dtype="<f4")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = os.path.abspath(args[0] if args else os.path.expanduser("~/decoding_data/haxby2001/subj2"))
    warnings.filterwarnings("ignore")
    x, labels, runs, keep = masked_face_cat(folder)
    print(f"face/cat matrix {x.shape} {x.dtype} from {folder}", file=sys.stderr)
    record = golden(x, labels, runs)
    write_bytes(os.path.join(OUT, "x.f32"), x.astype("<f4").tobytes())
    write_json(os.path.join(OUT, "haxby.json"), record)
    fit = record["fits"][0]
    print(f"wrote {OUT}: {len(fit['support'])} support vectors on all rows, scores "
          + ", ".join(f"{k} {np.mean(v):.4f}" for k, v in record["scores"].items()), file=sys.stderr)

    if "--no-swift" in sys.argv:
        return
    full = swift_masked(folder)
    if full.size != keep.size * x.shape[1]:
        raise SystemExit(f"Swift matrix has {full.size} values, expected {keep.size} x {x.shape[1]}")
    swift = full.reshape(keep.size, x.shape[1])[keep].astype(np.float64)
    # nilearn standardizes in float32 and drifts by a few 1e-6 relative; a float64 z-score of the
    # int16 data (ddof=1, like zscore_sample) shows which side the difference comes from.
    raw = masker_raw(folder)
    exact = ((raw - raw.mean(0)) / raw.std(0, ddof=1))[keep]
    verdict = True
    for name, a, b in [("Swift vs fixture X (nilearn)", swift, x.astype(np.float64)),
                       ("Swift vs float64 z-score", swift, exact),
                       ("nilearn vs float64 z-score", x.astype(np.float64), exact)]:
        diff = np.abs(a - b)
        relative = diff / np.maximum(np.abs(b), 1.0)
        worst = np.unravel_index(np.argmax(diff), diff.shape)
        print(f"{name} on face/cat {x.shape}: max |diff| {diff.max():.3g} at row {worst[0]}, column {worst[1]} "
              f"(|value| {abs(b[worst]):.3g}); max |diff|/max(1,|value|) {relative.max():.3g}; mean |diff| {diff.mean():.3g}")
        if name.startswith("Swift vs fixture"):
            verdict = relative.max() <= 1e-5
    print("Swift masker equals the fixture's X to 1e-5 (relative, absolute below |1|):", "OK" if verdict else "DIFFERS")
    if not verdict:
        sys.exit(1)


def masker_raw(folder):
    """The int16 bold inside mask4_vt as (volumes, voxels) float64, voxels in C order of the mask."""
    import nibabel as nib
    mask = np.asarray(nib.load(os.path.join(folder, "mask4_vt.nii.gz")).dataobj).astype(bool)
    return np.asarray(nib.load(os.path.join(folder, "bold.nii.gz")).dataobj)[mask].T.astype(np.float64)

if __name__ == "__main__":
    main()
