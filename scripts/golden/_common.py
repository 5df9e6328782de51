"""What the golden scripts share: where the fixtures live, how a fixture file is written (whole
or not at all), and how numbers become JSON.

Every script here runs as `python scripts/golden/NAME.py`, so this folder is on its import path.
"""
import json
import os
import pathlib
import tempfile

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "DecodingTests", "Fixtures")


def fixture_folder(*parts):
    """Tests/DecodingTests/Fixtures/<parts…>, created when missing."""
    path = os.path.join(FIXTURES, *parts)
    os.makedirs(path, exist_ok=True)
    return path


def write_atomically(path, write):
    """Calls `write(temporary)` for a file beside `path` whose name ends like it (writers that
    go by the extension, like nibabel's, write the same format), then renames it over `path`
    with mode 644: the tests never read half a fixture, and a failed run keeps the old one."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=folder, suffix="." + os.path.basename(path))
    os.close(fd)
    try:
        write(temporary)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def write_bytes(path, data):
    write_atomically(path, lambda temporary: pathlib.Path(temporary).write_bytes(data))


def write_text(path, text):
    write_bytes(path, text.encode())


def write_json(path, value, **options):
    """`value` as JSON (`options` as json.dumps takes them), written atomically."""
    write_text(path, json.dumps(value, **options))


def save_image(img, path):
    """A nibabel image, written atomically (the format follows `path`'s extension)."""
    write_atomically(path, img.to_filename)


def floats(a):
    """Any array as a flat list of floats; NaN and infinities as the strings "nan", "inf" and
    "-inf", which JSON cannot hold as numbers."""
    def one(v):
        if np.isfinite(v):
            return float(v)
        return "nan" if np.isnan(v) else ("inf" if v > 0 else "-inf")
    return [one(v) for v in np.asarray(a, dtype=np.float64).ravel()]
