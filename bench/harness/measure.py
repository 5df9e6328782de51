"""Running a command several times and taking its wall time and peak resident memory."""
import os
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field

TIME = "/usr/bin/time"


@dataclass
class Runs:
    """Wall seconds and peak RSS (MiB) of each run of one command."""
    seconds: list = field(default_factory=list)
    peak_mib: list = field(default_factory=list)

    @property
    def median(self):
        return statistics.median(self.seconds)

    @property
    def peak(self):
        return max(self.peak_mib)


class CommandFailed(Exception):
    def __init__(self, command, code, stderr):
        self.command, self.code, self.stderr = command, code, stderr
        tail = "\n".join(stderr.strip().splitlines()[-15:])
        super().__init__(f"{' '.join(map(str, command))} exited {code}:\n{tail}")


def run_once(command, env=None, cwd=None, stdout=subprocess.DEVNULL, before=None):
    """One run under GNU time: (wall seconds, peak RSS MiB). `before` runs first, untimed."""
    if before:
        before()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        full = [TIME, "-f", "%M", "-o", report.name] + [str(c) for c in command]
        start = time.perf_counter()
        done = subprocess.run(full, env=env, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise CommandFailed(command, done.returncode, done.stderr)
        lines = [l for l in open(report.name).read().split() if l.strip().isdigit()]
        return seconds, int(lines[-1]) / 1024


def repeat(command, times, env=None, cwd=None, before=None, stdout=subprocess.DEVNULL):
    runs = Runs()
    for _ in range(times):
        seconds, peak = run_once(command, env=env, cwd=cwd, before=before, stdout=stdout)
        runs.seconds.append(seconds)
        runs.peak_mib.append(peak)
    return runs


def numpy_env(base=None):
    """The environment for the Python (numpy) runs: OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE
    are set on some machines for older OpenBLAS builds and slow a current numpy, so both are
    unset together there (and only there)."""
    env = dict(base or os.environ)
    for name in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        env.pop(name, None)
    return env
