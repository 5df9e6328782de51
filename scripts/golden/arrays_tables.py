#!/usr/bin/env python3
"""Golden cases for the labels table: what pandas prints for tables read with read_csv.

Run with the reference venv:  /work/venv-ref/bin/python scripts/golden/arrays_tables.py
Writes small delimited files and Tests/DecodingTests/Fixtures/arrays/tables/golden.json.
Strings are pandas 2.x `object` columns (the seed's `dtype: object`), so the script turns
pandas 3's string inference off. Each frame and column is printed twice: with
display.min_rows=None (first/last 30 rows past 60, the seed's look) and with pandas' default
min_rows=10.
"""
import os
import sys
import warnings

import numpy as np
import pandas as pd

from _common import fixture_folder, write_json, write_text

warnings.simplefilter("ignore")
pd.set_option("future.infer_string", False)

OUT_DIR = fixture_folder("arrays", "tables")
rng = np.random.default_rng(1452)


def write(name, text):
    write_text(os.path.join(OUT_DIR, name), text)


def haxby_like_labels():
    """12 runs of 121 volumes: rest, then the 8 categories in 9-volume blocks between rests."""
    categories = ["face", "cat", "house", "chair", "scissors", "shoe", "bottle", "scrambledpix"]
    gaps = [6, 5, 6, 5, 6, 5, 6, 5, 5]  # rest before, between and after the 8 blocks: 49
    lines = ["labels chunks"]
    for run in range(12):
        order = list(rng.permutation(categories))
        for block in range(8):
            lines += [f"rest {run}"] * gaps[block]
            lines += [f"{order[block]} {run}"] * 9
        lines += [f"rest {run}"] * gaps[8]
    assert len(lines) == 1 + 1452
    return "\n".join(lines) + "\n"


write("labels.txt", haxby_like_labels())
write("small.csv", "name,age,score\nalice,31,0.5\nbob,-4,12.25\ncarol,27,\n\"d, quoted\",8,3\n")
write("floats.csv", "a,b,c,d\n" + "\n".join(
    f"{rng.normal() * 1e-7:.10g},{rng.normal() * 1e7:.10g},{rng.normal():.6g},{rng.integers(0, 9) / 4}"
    for _ in range(8)) + "\n")
write("long.csv", "id;text\n" + "\n".join(
    f"{i};{'word' * (i % 17)}x" for i in range(75)) + "\n")
write("wide.csv", ",".join(f"column_{i:02d}" for i in range(12)) + "\n" + "\n".join(
    ",".join(f"{rng.normal() * 1000:.3f}" for _ in range(12)) for _ in range(4)) + "\n")
write("ints.tsv", "x\ty\n" + "\n".join(f"{rng.integers(-10**6, 10**6)}\t{i}" for i in range(70)) + "\n")
write("dupes.csv", "a,a,b\n1,2,x\n3,4,y\n")
write("many.csv", ",".join(f"c{i}" for i in range(25)) + ",kind\n" + "\n".join(
    ",".join(str(int(v)) for v in rng.integers(-99, 999, 25)) + f",k{i % 3}" for i in range(70)) + "\n")

files = [("labels.txt", " ", "labels", ["face", "cat"]),
         ("small.csv", ",", "name", ["bob", "d, quoted"]),
         ("floats.csv", ",", None, None),
         ("long.csv", ";", "text", ["x", "wordx"]),
         ("wide.csv", ",", None, None),
         ("ints.tsv", "\t", None, None),
         ("dupes.csv", ",", "b", ["y"]),
         ("many.csv", ",", "kind", ["k1"]),
         ("labels.txt", " ", "labels", ["no such label"])]


def printed(obj, min_rows):
    with pd.option_context("display.min_rows", min_rows, "display.width", 80,
                           "display.max_columns", 20):
        return str(obj)


cases = []
for name, sep, mask_column, labels in files:
    df = pd.read_csv(os.path.join(OUT_DIR, name), sep=sep)
    case = {"file": name, "separator": sep, "shape": str(df.shape),
            "frame": printed(df, None), "frameDefault": printed(df, 10), "columns": []}
    for column in df.columns:
        s = df[column]
        case["columns"].append({"name": column, "dtype": str(s.dtype), "shape": str(s.shape),
                                "series": printed(s, None), "seriesDefault": printed(s, 10),
                                "values": str(s.values)})
    if mask_column is not None:
        mask = df[mask_column].isin(labels)
        case["selection"] = {"column": mask_column, "labels": labels, "count": int(mask.sum()),
                             "frame": printed(df[mask], None),
                             "series": printed(df[mask_column][mask], None),
                             "shape": str(df[mask_column][mask].shape)}
    cases.append(case)

out = os.path.join(OUT_DIR, "golden.json")
write_json(out, {"pandas": pd.__version__, "cases": cases}, indent=1)
print(f"{len(cases)} tables -> {out}", file=sys.stderr)
