"""Draws nilearn's plot_matrix of a Haxby-like 8-class confusion matrix, to compare by eye with
Plotting.plotMatrix (the Swift test PlotMatrixTests writes the same matrix when
PLOT_PREVIEW_DIR is set).

Run:  /work/venv-ref/bin/python scripts/golden/plot_matrix_reference.py OUT.png
"""
import sys

import matplotlib
matplotlib.use("Agg")
import numpy as np
from nilearn.plotting import plot_matrix

labels = ["face", "cat", "house", "chair", "scissors", "shoe", "bottle", "scrambledpix"]
confusion = np.array([[r * 8 + c if r != c else 40 + r for c in range(8)] for r in range(8)]) % 23
display = plot_matrix(confusion, labels=labels, title="Confusion matrix")
display.figure.savefig(sys.argv[1] if len(sys.argv) > 1 else "plot_matrix.png")
print(confusion.tolist())
