"""Part 4: the floor, inflating bold.nii.gz alone with each inflater found here."""
import shutil
import sys

from measure import repeat

PY_ZLIB = """
import sys, zlib
d = zlib.decompressobj(16 + zlib.MAX_WBITS)
with open(sys.argv[1], 'rb', buffering=0) as f:
    while chunk := f.read(1 << 20):
        d.decompress(chunk)
"""


def inflaters(python):
    """(name, command-prefix) of every inflater available, the file path appended."""
    found = []
    if shutil.which("libdeflate-gunzip"):
        found.append(("libdeflate-gunzip (libdeflate, whole buffer)", ["libdeflate-gunzip", "-c", "-k"]))
    if shutil.which("pigz"):
        found.append(("pigz -dc", ["pigz", "-dc"]))
    if shutil.which("gzip"):
        found.append(("gzip -dc (zcat)", ["gzip", "-dc"]))
    found.append(("python zlib, 1 MiB chunks", [python, "-c", PY_ZLIB]))
    return found


def measure(bold, python, times):
    """Rows of (name, Runs) for each inflater, fastest first."""
    rows = []
    for name, prefix in inflaters(python):
        print(f"  floor: {name}", file=sys.stderr)
        rows.append((name, repeat(prefix + [bold], times)))
    return sorted(rows, key=lambda row: row[1].median)
