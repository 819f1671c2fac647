"""Batches: rows per minute against the simulator at a create limit (Kie's 20 per 10 s, or one
scaled down to keep the run short, reported as such), and the journal's cost per row."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kie_client.batch import Journal, Rate
from kie_client.testing import KieSimulator, RateLimit

MODEL = "google/imagen4-fast"
SCALED = Rate(20, 1.0)  # Kie's 20 creates, in a 1 s window: a short run


@dataclass(frozen=True)
class BatchRun:
    rows: int
    rate: Rate
    rows_per_minute: float

    @property
    def best_per_minute(self) -> float:
        """The most the limit allows: the first window's creates at once, then one window more
        for each further window's worth."""
        windows = -(-self.rows // self.rate.requests) - 1
        return self.rows * 60 / (windows * self.rate.window_seconds)


def rows_per_minute(rows: int = 100, rate: Rate = SCALED) -> BatchRun:
    """A batch of `rows` instant tasks, paced at `rate` (the simulator refusing past it too)."""
    jobs = [{"model": MODEL, "input": {"prompt": f"row {n}"}} for n in range(rows)]
    limit = RateLimit(rate.requests, rate.window_seconds)
    with (
        KieSimulator(rate_limit=limit) as sim,
        sim.client() as client,
        tempfile.TemporaryDirectory() as out,
    ):
        started = time.perf_counter()
        result = client.batch(jobs, out, rate=rate)
        seconds = time.perf_counter() - started
    if not result.succeeded:
        raise RuntimeError(f"the batch did not finish: {result.counts}")
    return BatchRun(rows, rate, rows * 60 / seconds)


def journal_us(rows: int = 300) -> float:
    """The journal's cost per row, in µs: the three commits a row makes (intent, task id, done),
    each synced to disk."""
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "journal.sqlite", "bench")
        started = time.perf_counter()
        for row in range(rows):
            journal.sending(row)
            journal.created(row, f"task{row}")
            journal.finished(row, "success", 10, [Path(f"{row}.png")], None)
        seconds = time.perf_counter() - started
        journal.close()
    return seconds / rows * 1e6


if __name__ == "__main__":
    documented = rows_per_minute(rows=30, rate=Rate())
    scaled = rows_per_minute()
    for run, what in ((documented, "documented"), (scaled, "scaled")):
        print(
            f"{run.rows} rows at {run.rate.requests} per {run.rate.window_seconds:g} s ({what}):"
            f" {run.rows_per_minute:.0f} rows/min (the limit allows {run.best_per_minute:.0f})"
        )
    print(f"journal: {journal_us():.0f} µs per row")
