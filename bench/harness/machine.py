"""What the numbers were measured on: machine, date, tool and library versions."""
import datetime
import os
import platform
import subprocess

from measure import numpy_env

VERSIONS = """
import json, os, sys, threadpoolctl
import numpy, sklearn, nilearn, sphinx, sphinx_gallery, matplotlib, pandas, nibabel
info = [p for p in threadpoolctl.threadpool_info() if p.get("internal_api") == "openblas"]
print(json.dumps({"python": sys.version.split()[0], "numpy": numpy.__version__,
    "scikit-learn": sklearn.__version__, "nilearn": nilearn.__version__, "nibabel": nibabel.__version__,
    "pandas": pandas.__version__, "matplotlib": matplotlib.__version__, "sphinx": sphinx.__version__,
    "sphinx-gallery": sphinx_gallery.__version__,
    "numpy/scipy OpenBLAS": "; ".join(f"{p['version']} ({os.path.basename(p['filepath']).split('-')[0]}, kernel {p['architecture']}, {p['num_threads']} threads)" for p in info)}))
"""


def output(command, env=None):
    try:
        return subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def describe(python):
    import json
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    blas = output(["dpkg-query", "-W", "-f", "${Package} ${Version}\\n", "libopenblas0*"])
    versions = json.loads(output([python, "-c", VERSIONS], env=numpy_env()) or "{}")
    swift = output(["swift", "--version"]).splitlines()
    openblas_env = {k: os.environ[k] for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ}
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu, "nproc": os.cpu_count(), "memory": f"{mem / 1024 / 1024:.1f} GiB",
        "kernel": platform.release(), "load": "%.2f %.2f %.2f" % os.getloadavg(),
        "swift": swift[0] if swift else "?", "system OpenBLAS (Swift side)": "; ".join(l for l in blas.splitlines() if len(l.split()) == 2) or "?",
        "openblas_env": openblas_env, **versions,
    }
