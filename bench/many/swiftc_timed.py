#!/usr/bin/env python3
"""`swiftc` that also appends its CPU and wall seconds (its frontends and linker included) to
the file named by $MANY_SWIFTC_LOG, one line per call: bench/many/run.py --breakdown points
TUTOR_SWIFTC here to tell the build's compile and link from the rest."""
import os
import resource
import subprocess
import sys
import time

started = time.monotonic()
status = subprocess.call([os.environ.get("MANY_REAL_SWIFTC", "swiftc")] + sys.argv[1:])
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
kind = "link" if "-c" not in sys.argv[1:] else "compile"
with open(os.environ["MANY_SWIFTC_LOG"], "a") as log:
    log.write(f"{kind} {time.monotonic() - started:.3f} {usage.ru_utime + usage.ru_stime:.3f}\n")
sys.exit(status)
