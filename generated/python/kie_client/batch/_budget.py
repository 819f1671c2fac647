"""`max_credits`: whether the next row still fits the budget.

A finished task's cost is what its record reports (`consumeCredits`). Before that, a row's cost is
estimated: the most a task of the same model has cost so far (in this batch, this run or an
earlier one), else the `cost_estimate` given. With neither, the first task of that model is sent
alone, and the next ones wait until its cost is known: that one task may take the batch past the
budget by its own cost. The estimate is only as good as the model's costs are even: one that costs
more for a longer video, say, can overshoot by the difference for each task in flight.
"""

from __future__ import annotations

from enum import Enum


class Verdict(Enum):
    SEND = "send"
    WAIT = "wait"  # a task of the model is in flight, and its cost is still unknown
    STOP = "stop"  # the row would take the batch past the budget


class Budget:
    def __init__(self, limit: int | None, cost_estimate: int | None) -> None:
        self.limit = limit
        self._fallback = cost_estimate
        self.spent = 0
        self._seen: dict[str, int] = {}  # the most a task of each model cost
        self._held: dict[int, str] = {}  # rows in flight -> their model

    def estimate(self, model: str) -> int | None:
        return self._seen.get(model, self._fallback)

    def verdict(self, model: str) -> Verdict:
        if self.limit is None:
            return Verdict.SEND
        cost = self.estimate(model)
        if cost is None:
            return Verdict.WAIT if model in self._held.values() else Verdict.SEND
        held = sum(self.estimate(other) or 0 for other in self._held.values())
        return Verdict.SEND if self.spent + held + cost <= self.limit else Verdict.STOP

    def hold(self, row: int, model: str) -> None:
        """The row's task exists (or may): count its estimated cost until its own is known."""
        self._held[row] = model

    def settle(self, row: int, model: str, cost: int | None, *, succeeded: bool) -> None:
        """The row is done: its cost (None: unknown, then its estimate) replaces the estimate.
        Only a success teaches what a model costs: a failed task is refunded."""
        self._held.pop(row, None)
        self.spent += (self.estimate(model) or 0) if cost is None else cost
        if succeeded and cost is not None:
            self._seen[model] = max(cost, self._seen.get(model, 0))
