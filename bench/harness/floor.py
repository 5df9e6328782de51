"""Part 4: the floor, inflating bold.nii.gz alone with each inflater found here. The floor is
`igzip -dc` (Intel ISA-L's streaming inflate, constant memory), the fastest way to read a
one-member gzip file; the others are shown for scale."""
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


FLOOR = "igzip -dc (ISA-L, streaming)"


def inflaters(python):
    """(name, command-prefix) of every inflater available, the file path appended."""
    found = []
    if shutil.which("igzip"):
        found.append((FLOOR, ["igzip", "-dc"]))
    if shutil.which("libdeflate-gunzip"):
        found.append(("libdeflate-gunzip (libdeflate, whole buffer)", ["libdeflate-gunzip", "-c", "-k"]))
    if shutil.which("pigz"):
        found.append(("pigz -dc", ["pigz", "-dc"]))
    if shutil.which("gzip"):
        found.append(("gzip -dc (zcat)", ["gzip", "-dc"]))
    found.append(("python zlib, 1 MiB chunks", [python, "-c", PY_ZLIB]))
    return found


def floor_runs(rows):
    """The floor's (name, Runs) among `rows`: igzip -dc, else the fastest there is."""
    return next((row for row in rows if row[0] == FLOOR), rows[0])


def measure(bold, python, times):
    """Rows of (name, Runs) for each inflater, fastest first."""
    rows = []
    for name, prefix in inflaters(python):
        print(f"  floor: {name}", file=sys.stderr)
        rows.append((name, repeat(prefix + [bold], times)))
    return sorted(rows, key=lambda row: row[1].median)
