"""nilearn side of the masking benchmark: NiftiMasker(...).fit_transform on the same files."""
import sys
import time

import numpy as np
from nilearn.maskers import NiftiMasker

bold, mask = sys.argv[1], sys.argv[2]
start = time.perf_counter()
x = NiftiMasker(mask_img=mask, standardize=True).fit_transform(bold)
seconds = time.perf_counter() - start
print("shape", x.shape, "sum", float(x.sum()))
print("nilearn masking: %.3f s" % seconds)
if len(sys.argv) > 3:
    swift = np.loadtxt(sys.argv[3], delimiter=",", dtype=np.float64)
    print("largest |swift - nilearn|: %.2e" % np.abs(swift - x).max())
