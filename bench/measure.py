"""How each figure is taken: child processes timed with their peak memory, medians of repeats."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Runs a command and reports its wall time and the peak RSS of it and anything it started.
_TIMER = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "seconds = time.perf_counter() - start\n"
    "if done.returncode: sys.exit(done.stderr.decode()[-2000:])\n"
    "print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float


def run(
    command: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> Run:
    done = subprocess.run(
        [sys.executable, "-c", _TIMER, *command],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr}")
    seconds, peak_kib = done.stdout.split()
    return Run(float(seconds), int(peak_kib) / 1024)


def median_of(runs: Sequence[Run]) -> Run:
    return Run(
        statistics.median(r.seconds for r in runs), statistics.median(r.peak_mib for r in runs)
    )


def median_run(times: int, once: Callable[[], Run]) -> Run:
    return median_of([once() for _ in range(times)])


def in_turns(times: int, *measures: Callable[[], Run]) -> list[Run]:
    """The median of each measure, run in turns (ours, theirs, ours, ...) so that what the machine
    is doing meanwhile weighs on each alike."""
    runs: list[list[Run]] = [[] for _ in measures]
    for _ in range(times):
        for measured, once in zip(runs, measures, strict=True):
            measured.append(once())
    return [median_of(measured) for measured in runs]


def output_size(folder: Path) -> tuple[int, int]:
    """Files and lines of Python a generator wrote."""
    files = [p for p in folder.rglob("*.py") if "__pycache__" not in p.parts]
    return len(files), sum(len(p.read_text("utf-8").splitlines()) for p in files)


def python_output(code: str, *, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **env},
        check=True,
    )
    return done.stdout + done.stderr


def slope(points: Sequence[tuple[float, float]]) -> float:
    """Least-squares slope of y over x: the cost of one more model."""
    xs, ys = zip(*points, strict=True)
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    num = sum((x - mean_x) * (y - mean_y) for x, y in points)
    return float(num / sum((x - mean_x) ** 2 for x in xs))
