"""Reference bar charts for the Swift charts (Plotting/Charts): the two nilearn examples' bar
charts on fixed data, drawn by matplotlib with its defaults, plus the layout numbers the Swift
tests check (axes box in pixels, tick positions, data limits).

Writes Tests/DecodingTests/Fixtures/plot/bar_charts.json and, with a folder argument, the PNGs.
Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/plot_bar_reference.py [DIR]
"""
import json
import os
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from _common import fixture_folder, write_json

categories = ["face", "house", "cat", "bottle", "scissors", "shoe", "chair", "scrambledpix"]
masks = {"mask_vt": [0.93, 0.97, 0.81, 0.72, 0.74, 0.77, 0.69, 0.9],
         "mask_face": [0.86, 0.66, 0.62, 0.55, 0.58, 0.6, 0.57, 0.7],
         "mask_house": [0.7, 0.93, 0.65, 0.6, 0.61, 0.62, 0.66, 0.78]}
chance = {"mask_vt": [0.5, 0.52, 0.49, 0.5, 0.47, 0.51, 0.5, 0.48],
          "mask_face": [0.48, 0.5, 0.51, 0.49, 0.5, 0.52, 0.47, 0.5],
          "mask_house": [0.51, 0.49, 0.5, 0.5, 0.52, 0.48, 0.5, 0.49]}
classifiers = {"svc_l2": 0.80, "svc_l1": 0.84, "logistic_l1": 0.83, "logistic_l2": 0.79, "ridge_classifier": 0.78}
averages = ["AVERAGE", "bottle", "cat", "chair", "face", "house", "scissors", "scrambledpix", "shoe"]


def axis(limits, ticks):
    """One axis: its data limits and the ticks matplotlib draws within them."""
    low, high = min(limits), max(limits)
    return {"limits": list(limits), "ticks": [float(t) for t in ticks if low - 1e-9 <= t <= high + 1e-9]}


def layout(fig, ax):
    fig.canvas.draw()
    h = fig.bbox.height
    box = ax.get_window_extent()
    return {
        "figure": [fig.bbox.width, h],
        "axes": [box.x0, h - box.y1, box.x1, h - box.y0],
        "x": axis(ax.get_xlim(), ax.get_xticks()),
        "y": axis(ax.get_ylim(), ax.get_yticks()),
    }


def finish(fig, xlabel, ylabel, title, **legend):
    """The examples' closing lines: axis labels, legend and title."""
    plt.xlabel(xlabel)
    plt.ylabel(ylabel)
    plt.legend(**legend)
    plt.title(title)
    return fig


def full_analysis():
    fig = plt.figure(constrained_layout=True)
    tick_position = np.arange(len(categories))
    plt.xticks(tick_position, categories, rotation=45)
    for color, name in zip("rgb", masks):
        plt.bar(tick_position, masks[name], label=name, width=0.25, color=color)
        plt.bar(tick_position, chance[name], width=0.25, edgecolor="k", facecolor="none")
        tick_position = tick_position + 0.2
    plt.ylim(0.3, 1)
    return finish(fig, "Visual stimuli category", "Classification accuracy (AUC score)",
                  "Category-specific classification accuracy for different masks", loc="lower right")


def different_estimators():
    fig, ax = plt.subplots(figsize=(8, 6), constrained_layout=True)
    tick_position = np.arange(len(averages))
    plt.yticks(tick_position + 0.25, averages)
    for color, (name, base) in zip(["b", "m", "k", "r", "g"], classifiers.items()):
        scores = [base + 0.02 * np.sin(3 * i + len(name)) for i in range(len(averages))]
        plt.barh(tick_position, scores, label=name.replace("_", " "), height=0.1, color=color)
        tick_position = tick_position + 0.1
    plt.xlim(xmin=0.5)
    return finish(fig, "Classification accuracy (AUC score)", "Visual stimuli category",
                  "Category-specific classification accuracy for different classifiers", ncol=1, bbox_to_anchor=(1.3, 0.2))


out = {}
for name, make in [("full_analysis", full_analysis), ("different_estimators", different_estimators)]:
    fig = make()
    out[name] = layout(fig, fig.axes[0])
    if len(sys.argv) > 1:
        fig.savefig(pathlib.Path(sys.argv[1]) / f"mpl_{name}.png")
    plt.close(fig)
write_json(os.path.join(fixture_folder("plot"), "bar_charts.json"), out, indent=1)
print(json.dumps(out, indent=1))
