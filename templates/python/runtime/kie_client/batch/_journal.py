"""The journal: what became of each row, in SQLite beside the results, so that a batch stopped
at any point (a crash, Ctrl-C, a power cut) picks up where it was without paying twice.

A row's intent (`sending`) is committed before its create leaves, and its task id as soon as the
answer names it; each change is one transaction. So a row found `sending` on a restart is exactly
a create whose answer was never recorded: a task may exist, and only the caller may say to send it
again. WAL lets the progress display read while the runner writes; synchronous=FULL syncs the log
at every commit, so not even a power cut can lose an intent that a paid create followed (NORMAL
may lose the last commits then). It costs one fsync per change, a few per row, next to creates
paced at 2 a second.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from kie_client.errors import KieError

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    row INTEGER PRIMARY KEY,
    state TEXT NOT NULL,
    task_id TEXT,
    cost INTEGER,
    files TEXT NOT NULL DEFAULT '[]',
    error TEXT
);
"""
# A row's states: no entry (not sent yet), then
SENDING = "sending"  # its create may be on its way: a task may exist
CREATED = "created"  # it has a task, which is waited for
REFUSED = "refused"  # Kie refused the create, or it never left: nothing exists, it may be sent
SUCCESS = "success"  # done, its files saved
FAIL = "fail"  # its task failed: final


class CannotResume(KieError):
    """The batch cannot go on as asked: its journal belongs to other jobs, or a task given for
    a row does not fit it."""


@dataclass(frozen=True)
class Entry:
    row: int
    state: str
    task_id: str | None = None
    cost: int | None = None
    files: tuple[str, ...] = ()
    error: str | None = None


class Journal:
    """The journal at `path`, for the jobs whose digest is `jobs`; CannotResume for a journal
    of other jobs. `entries` mirrors what is committed."""

    def __init__(self, path: Path, jobs: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)  # transactions are ours
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)
        self._claim(jobs)
        self.entries = {entry.row: entry for entry in self._read()}

    def _claim(self, jobs: str) -> None:
        with self._transaction():
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('jobs', ?)", (jobs,))
        (mine,) = self._db.execute("SELECT value FROM meta WHERE key = 'jobs'").fetchone()
        if mine != jobs:
            self._db.close()
            raise CannotResume(
                f"{self.path} is the journal of other jobs (another file, or this one edited): "
                "give another results folder, or the same jobs to resume them"
            )

    def _read(self) -> list[Entry]:
        query = "SELECT row, state, task_id, cost, files, error FROM rows"
        return [
            Entry(row, state, task_id, cost, tuple(json.loads(files)), error)
            for row, state, task_id, cost, files, error in self._db.execute(query)
        ]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _write(self, entry: Entry) -> None:
        """Commit `entry` as its row's state (durably: see the module's note), then mirror it."""
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?, ?, ?)",
                (
                    entry.row,
                    entry.state,
                    entry.task_id,
                    entry.cost,
                    json.dumps(entry.files),
                    entry.error,
                ),
            )
        self.entries[entry.row] = entry

    def sending(self, row: int) -> None:
        self._write(Entry(row, SENDING))

    def created(self, row: int, task_id: str) -> None:
        self._write(Entry(row, CREATED, task_id))

    def refused(self, row: int, error: str) -> None:
        self._write(Entry(row, REFUSED, error=error))

    def finished(
        self, row: int, state: str, cost: int | None, files: list[Path], error: str | None
    ) -> None:
        task_id = self.entries[row].task_id
        self._write(Entry(row, state, task_id, cost, tuple(map(str, files)), error))

    def note(self, row: int, error: str) -> None:
        """Why the row's step failed, its state kept (a wait cut short, an uncertain create)."""
        self._write(replace(self.entries[row], error=error))

    def close(self) -> None:
        self._db.close()
