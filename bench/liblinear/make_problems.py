"""Dump the Decoder's liblinear problems of plot_haxby_different_estimators (VT mask, 8 classes
one-vs-rest, leave-one-run-out, LogisticRegressionCV inner StratifiedKFold(5) x 8 Cs, and the
LinearSVC grids) for a C++ replay harness: X.f32 (n x d) and problems.txt."""
import os, sys
import numpy as np, pandas as pd, nibabel as nib
from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold
from sklearn.svm import l1_min_c
subj = os.path.join(os.environ.get("DECODING_DATA", os.path.expanduser("~/decoding_data")), "haxby2001", "subj2")
out = sys.argv[1]
labels = pd.read_csv(f"{subj}/labels.txt", sep=" ")
task = (labels["labels"] != "rest").to_numpy()
mask = np.asarray(nib.load(f"{subj}/mask4_vt.nii.gz").dataobj) != 0
bold = nib.load(f"{subj}/bold.nii.gz")
data = np.asarray(bold.dataobj)
X = data[mask].T[task].astype(np.float32)  # (864, 464)
X = (X - X.mean(0)) / X.std(0, ddof=1)
X = X.astype(np.float32)
X.tofile(f"{out}/X.f32")
y_all = labels["labels"][task].to_numpy()
groups = labels["chunks"][task].to_numpy()
cats = sorted(set(y_all))
lines = []
for cat in cats[: int(os.environ.get("NCATS", "8"))]:
    y = np.where(y_all == cat, 1, -1)
    for train, test in LeaveOneGroupOut().split(X, y, groups):
        Xt, yt = X[train].astype(np.float64), y[train]
        for kind in ("l1lr", "l2lr"):
            min_c = l1_min_c(Xt, yt, loss="log") if kind == "l1lr" else 0.5
            Cs = np.geomspace(2e-3, 2e4, 8) * min_c
            solver = 6 if kind == "l1lr" else 0
            for itr, ite in StratifiedKFold(5).split(Xt, yt):
                rng = np.random.RandomState(0)
                for C in Cs:
                    seed = rng.randint(np.iinfo("i").max)
                    rows = train[itr]
                    lines.append(f"{solver} {float(C)!r} {int(seed)} {len(rows)} " + " ".join(map(str, rows)) + " " + " ".join(str(int(v > 0)) for v in y[rows]))
        for kind in ("l1svc", "l2svc"):
            min_c = l1_min_c(Xt, yt, loss="squared_hinge") if kind == "l1svc" else 0.5
            solver = 5 if kind == "l1svc" else 2
            rng = np.random.RandomState(0)
            for C in np.array([2, 20, 200]) * min_c:
                seed = np.random.RandomState(0).randint(np.iinfo("i").max)
                lines.append(f"{solver} {float(C)!r} {int(seed)} {len(train)} " + " ".join(map(str, train)) + " " + " ".join(str(int(v > 0)) for v in yt))
with open(f"{out}/problems.txt", "w") as f:
    f.write(f"{X.shape[0]} {X.shape[1]}\n" + "\n".join(lines) + "\n")
print(len(lines), "problems")
