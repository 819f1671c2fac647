"""What a batch reports: each row's outcome, read from the journal, and the results file."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._jobs import Row
from ._journal import CREATED, SENDING, Entry

# A row's state in the results: the journal's, in words about what the user may do next.
SHOWN = {None: "unsent", SENDING: "uncertain", CREATED: "running"}


@dataclass(frozen=True)
class RowResult:
    """One row's outcome. `state`: success, fail (the task failed), running (its task exists and
    the next run waits for it), uncertain (its create may have made a task), refused (Kie
    refused the create, or it never left; the next run sends it) or unsent."""

    row: int
    model: str
    name: str | None
    state: str
    task_id: str | None
    files: tuple[str, ...]
    cost: int | None
    error: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "model": self.model,
            "name": self.name,
            "state": self.state,
            "taskId": self.task_id,
            "files": list(self.files),
            "cost": self.cost,
            "error": self.error,
        }


@dataclass(frozen=True)
class BatchResult:
    rows: tuple[RowResult, ...]
    results_file: Path
    journal: Path

    @property
    def counts(self) -> Counter[str]:
        return Counter(row.state for row in self.rows)

    @property
    def credits(self) -> int:
        """Credits the finished tasks reported as consumed."""
        return sum(row.cost or 0 for row in self.rows)

    @property
    def succeeded(self) -> bool:
        return all(row.state == "success" for row in self.rows)


def outcomes(rows: Iterable[Row], entries: Mapping[int, Entry]) -> tuple[RowResult, ...]:
    return tuple(_outcome(row, entries.get(row.number)) for row in rows)


def _outcome(row: Row, entry: Entry | None) -> RowResult:
    state = entry.state if entry else None
    return RowResult(
        row.number,
        row.model,
        row.name,
        SHOWN.get(state, state or "unsent"),
        entry.task_id if entry else None,
        entry.files if entry else (),
        entry.cost if entry else None,
        entry.error if entry else None,
    )


def write_results(path: Path, results: Iterable[RowResult]) -> None:
    """One JSON object per row, replacing the file whole: a reader never sees half of it."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    text = "".join(json.dumps(r.as_json(), ensure_ascii=False) + "\n" for r in results)
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
