"""What a running batch tells its caller: one event per change of a row, with the tally so far."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Tally:
    total: int
    done: int  # succeeded
    failed: int  # failed or refused
    uncertain: int
    running: int  # tasks waited for now
    credits: int  # reported by finished tasks
    finished_now: int  # rows finished by this run, for the pace
    elapsed: float  # seconds since this run began

    @property
    def eta(self) -> float | None:
        """Seconds until every row left is finished, at this run's pace (None: no pace yet)."""
        left = self.total - self.done - self.failed - self.uncertain
        if not self.finished_now:
            return None if left else 0.0
        return left * self.elapsed / self.finished_now


@dataclass(frozen=True)
class Event:
    """`kind`: created, resumed (a task from an earlier run is waited for), success, fail,
    uncertain, refused, error (a wait or download failed; the task goes on), or stopped (no more
    rows are sent: the budget, or an error every create would get)."""

    kind: str
    row: int
    task_id: str | None = None
    message: str | None = None

    def as_json(self, tally: Tally) -> dict[str, Any]:
        return {
            "event": self.kind,
            "row": self.row,
            "taskId": self.task_id,
            "message": self.message,
            "done": tally.done,
            "failed": tally.failed,
            "running": tally.running,
            "credits": tally.credits,
        }


OnEvent = Callable[[Event, Tally], None]
