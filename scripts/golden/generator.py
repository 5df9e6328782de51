#!/usr/bin/env python3
"""Golden draws of numpy's default_rng (PCG64 seeded by SeedSequence), the stream nilearn's
Decoder.predict draws the dummy classifier's labels from: raw 64-bit outputs, random() and
multinomial(1, pvals, size) for a few seeds, in Tests/DecodingTests/Fixtures/linear/generator.json.

    /work/venv-ref/bin/python scripts/golden/generator.py
"""
import json
import os
import tempfile

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "DecodingTests", "Fixtures", "linear")
PVALS = {"two": [0.3, 0.7], "four": [0.2, 0.3, 0.1, 0.4], "skewed": [0.9, 0.05, 0.05]}


def main():
    seeds = {}
    for seed in (0, 1, 42, 2**32 + 5, 2**40):
        g = np.random.default_rng(seed)
        record = {"raw": [str(v) for v in g.bit_generator.random_raw(6)]}
        record["random"] = np.random.default_rng(seed).random(6).tolist()
        for name, p in PVALS.items():
            record["multinomial_" + name] = np.random.default_rng(seed).multinomial(1, p, size=25).tolist()
        seeds[str(seed)] = record
    out = {"numpy": np.__version__, "pvals": PVALS, "seeds": seeds}
    fd, tmp = tempfile.mkstemp(dir=OUT)
    with os.fdopen(fd, "w") as f:
        json.dump(out, f, indent=1)
    os.chmod(tmp, 0o644)
    os.replace(tmp, os.path.join(OUT, "generator.json"))


if __name__ == "__main__":
    main()
