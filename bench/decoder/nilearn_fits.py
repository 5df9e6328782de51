"""The nilearn side of bench/decoder/fits: the Decoder fits of nilearn's
plot_haxby_different_estimators (bench/decoder/vendor/), one classifier at a time, on the same
files as the Swift tutorial ($DECODING_DATA, read as nilearn_setup.py reads it), each line the
classifier's process CPU seconds and wall seconds:

    python bench/decoder/nilearn_fits.py [NAME ...]    (default: the example's five)

The example prints only wall times, which CPU contention inflates; this prints both, so a
classifier can be timed alone (svc_l2 takes the longest) and set beside `bench/decoder/fits`.
The Decoder's parameters are the example's: roc_auc, LeaveOneGroupOut over the runs,
screening_percentile=100, n_jobs=1.
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nilearn_setup  # noqa: E402  (reads the Haxby files from $DECODING_DATA)
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from nilearn.decoding import Decoder  # noqa: E402
from nilearn.image import index_img  # noqa: E402
from sklearn.model_selection import LeaveOneGroupOut  # noqa: E402

names = sys.argv[1:] or ["logistic_l1", "logistic_l2", "ridge_classifier", "svc_l1", "svc_l2"]
haxby = nilearn_setup.fetch_haxby()
labels = pd.read_csv(haxby.session_target[0], sep=" ")
task = np.logical_not(labels["labels"] == "rest")
images = index_img(haxby.func[0], task)
target, runs = labels["labels"][task], labels["chunks"][task]
print(f"load: {' '.join(open('/proc/loadavg').read().split()[:3])}")
for name in names:
    cpu, wall = time.process_time(), time.time()
    decoder = Decoder(estimator=name, mask=haxby.mask_vt[0], cv=LeaveOneGroupOut(), screening_percentile=100)
    decoder.fit(images, target, groups=runs)
    cpu, wall = time.process_time() - cpu, time.time() - wall
    mean = np.mean([np.mean(s) for s in decoder.cv_scores_.values()])
    print(f"{name:17} {cpu:8.2f} CPU s {wall:8.2f} s   mean AUC {mean:.6f}", flush=True)
