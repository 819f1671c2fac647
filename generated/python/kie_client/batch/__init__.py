"""Batches: many generations from a jobs file or a list, within Kie's create limit and a credit
budget, resumable after any stop and never paying twice for a row. `client.batch(...)` and
`kie batch JOBS --out FOLDER` run them; see `_jobs` for the jobs formats and `_journal` for how
a rerun resumes."""

from __future__ import annotations

from ._blocking import run_blocking
from ._budget import Budget, Verdict
from ._events import Event, OnEvent, Tally
from ._jobs import BadRows, Row, jobs_of, read_jobs, rows_of
from ._journal import CannotResume, Journal
from ._limiter import CreateLimiter, Rate
from ._results import BatchResult, RowResult
from ._runner import JOURNAL_NAME, RESULTS_NAME, Options, run_batch

__all__ = [
    "JOURNAL_NAME",
    "RESULTS_NAME",
    "BadRows",
    "BatchResult",
    "Budget",
    "CannotResume",
    "CreateLimiter",
    "Event",
    "Journal",
    "OnEvent",
    "Options",
    "Rate",
    "Row",
    "RowResult",
    "Tally",
    "Verdict",
    "jobs_of",
    "read_jobs",
    "rows_of",
    "run_batch",
    "run_blocking",
]
