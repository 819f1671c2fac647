"""Running a batch: rows are sent one at a time, in order, paced by the limiter and the budget,
while the tasks already created are waited for and downloaded together, at most `concurrency`
at once. Every change of a row is in the journal before the next step, so a rerun resumes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from kie_client import _plans
from kie_client.errors import (
    AuthenticationError,
    InsufficientCreditsError,
    KieError,
    RateLimitError,
    SubmissionUncertain,
    TaskFailed,
)
from kie_client.records import Output, TaskRecord
from kie_client.registry import spec_of

from ._budget import Budget, Verdict
from ._events import Event, OnEvent, Tally
from ._jobs import Row, digest
from ._journal import CREATED, FAIL, REFUSED, SENDING, SUCCESS, CannotResume, Journal
from ._limiter import CreateLimiter, Rate
from ._results import BatchResult, outcomes, write_results

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient

JOURNAL_NAME = "batch-journal.sqlite"
RESULTS_NAME = "results.jsonl"
# The default tasks in flight: polled every 2 s at first, 20 stay within Kie's 10 queries a second.
CONCURRENCY = 20


@dataclass(frozen=True)
class Options:
    max_credits: int | None = None
    cost_estimate: int | None = None
    concurrency: int = CONCURRENCY
    resend_uncertain: bool = False
    adopt: Mapping[int, str] = field(default_factory=dict)  # row -> the task its create made
    rate: Rate = field(default_factory=Rate)
    deadline_seconds: float | None = None

    def __post_init__(self) -> None:
        if self.concurrency < 1:
            raise ValueError("concurrency must be 1 or more")
        for name in ("max_credits", "cost_estimate"):
            if (getattr(self, name) or 0) < 0:
                raise ValueError(f"{name} must be 0 or more")


async def run_batch(
    client: AsyncKieClient,
    rows: list[Row],
    out: Path,
    options: Options,
    on_event: OnEvent | None = None,
) -> BatchResult:
    """Run `rows` (checked already) into the folder `out`, resuming its journal; the results
    file is written at the end, interrupted or not."""
    journal = Journal(out / JOURNAL_NAME, digest(rows))
    results = out / RESULTS_NAME
    try:
        await _Runner(client, rows, out, journal, options, on_event).run()
    finally:
        write_results(results, outcomes(rows, journal.entries))
        journal.close()
    return BatchResult(outcomes(rows, journal.entries), results, journal.path)


def _named(outputs: tuple[Output, ...], name: str | None) -> list[Output]:
    """The outputs saved under the row's name (`name.png`, or `name-1.png`, `name-2.png`, ...)."""
    if name is None:
        return list(outputs)
    places = [""] if len(outputs) == 1 else [f"-{n}" for n in range(1, len(outputs) + 1)]
    return [
        replace(output, name=f"{name}{place}{PurePath(output.name).suffix}")
        for output, place in zip(outputs, places, strict=False)
    ]


class _Runner:
    def __init__(
        self,
        client: AsyncKieClient,
        rows: list[Row],
        out: Path,
        journal: Journal,
        options: Options,
        on_event: OnEvent | None,
    ) -> None:
        self._client, self._rows, self._out = client, rows, out
        self._journal, self._options, self._on_event = journal, options, on_event
        self._budget = Budget(options.max_credits, options.cost_estimate)
        self._limiter = CreateLimiter(options.rate)
        self._running: dict[int, asyncio.Task[None]] = {}
        self._changed = asyncio.Event()  # set whenever a row in flight finishes
        self._started = time.monotonic()
        self._finished_now = 0

    async def run(self) -> None:
        self._adopt()
        todo = self._resume()
        try:
            await self._send(todo)
            await asyncio.gather(*self._running.values())
        finally:  # on an interrupt, the tasks in flight stop being waited for (they go on)
            for task in self._running.values():
                task.cancel()

    def _adopt(self) -> None:
        """Record the tasks the caller says uncertain creates made, to be waited for."""
        numbers = {row.number for row in self._rows}
        for number, task_id in self._options.adopt.items():
            entry = self._journal.entries.get(number)
            if number not in numbers:
                raise CannotResume(f"cannot adopt task {task_id} for row {number}: no such row")
            if entry and entry.task_id and entry.task_id != task_id:
                raise CannotResume(f"row {number} has task {entry.task_id} already")
            self._journal.created(number, task_id)

    def _resume(self) -> list[Row]:
        """Take up what the journal holds (costs, tasks to wait for, uncertain creates); returns
        the rows to send."""
        todo = []
        for row in self._rows:  # costs first: they are the estimates of the rows after
            entry = self._journal.entries.get(row.number)
            if entry and entry.state in (SUCCESS, FAIL):
                self._budget.settle(
                    row.number, row.model, entry.cost, succeeded=entry.state == SUCCESS
                )
        for row in self._rows:
            entry = self._journal.entries.get(row.number)
            state = entry.state if entry else None
            if entry and entry.task_id and state == CREATED:
                self._follow(row, entry.task_id, "resumed")
            elif state == SENDING and not self._options.resend_uncertain:
                self._uncertain(row, entry.error if entry else None)
            elif state in (None, REFUSED, SENDING):
                todo.append(row)
        return todo

    async def _send(self, rows: list[Row]) -> None:
        """Create each row's task in order, until the budget or a refusal every create would get
        stops it."""
        for row in rows:
            verdict = await self._room_for(row)
            if verdict is Verdict.STOP:
                limit = self._options.max_credits
                self._emit("stopped", row, None, f"row {row.number} would go past {limit} credits")
                return
            task_id, stop = await self._create(row)
            if task_id is not None:
                self._follow(row, task_id, "created")
            if stop:
                self._emit("stopped", row, None, stop)
                return

    async def _room_for(self, row: Row) -> Verdict:
        """Wait until a task more may be in flight and the budget can tell; its verdict."""
        while (
            len(self._running) >= self._options.concurrency
            or self._budget.verdict(row.model) is Verdict.WAIT
        ):
            self._changed.clear()
            await self._changed.wait()
        return self._budget.verdict(row.model)

    async def _create(self, row: Row) -> tuple[str | None, str | None]:
        """Send the row's create once (again only after a 429); its task id if it has one, and
        why no row should be sent after it, if so."""
        spec, settings = spec_of(row.model), self._client._settings
        try:  # uploads: nothing is paid yet
            payload = await self._client._run(_plans.prepare(settings, spec, row.input))
        except KieError as error:
            self._refused(row, error)
            return None, None
        while True:
            await self._limiter.turn()
            self._journal.sending(row.number)  # committed before the create leaves
            try:
                task_id = await self._client._run(
                    _plans.create(settings, spec, payload, retries=False)
                )
            except RateLimitError as error:  # not queued: sent again once Kie allows
                self._limiter.refused(error.retry_after)
                self._journal.refused(row.number, str(error))
                continue
            except SubmissionUncertain as error:
                self._journal.note(row.number, str(error))
                self._uncertain(row, str(error))
                return None, None
            except KieError as error:
                self._refused(row, error)
                stops = isinstance(error, AuthenticationError | InsufficientCreditsError)
                return None, str(error) if stops else None
            finally:
                self._limiter.answered()
            self._journal.created(row.number, task_id)
            return task_id, None

    def _follow(self, row: Row, task_id: str, kind: str) -> None:
        """Wait for the row's task, and save its files, alongside the other rows."""
        self._budget.hold(row.number, row.model)
        self._running[row.number] = asyncio.create_task(self._finish(row, task_id))
        self._emit(kind, row, task_id)

    async def _finish(self, row: Row, task_id: str) -> None:
        try:
            record = await self._client.tasks.wait(
                task_id, deadline_seconds=self._options.deadline_seconds
            )
            files = await self._save(record, row)
            self._finished(row, record, SUCCESS, files, None)
        except TaskFailed as error:
            self._finished(row, error.record, FAIL, [], str(error))
        except (KieError, OSError) as error:  # the task goes on: the next run waits again
            self._journal.note(row.number, str(error))
            self._budget.settle(row.number, row.model, None, succeeded=False)
            self._emit("error", row, task_id, str(error))
        finally:
            del self._running[row.number]
            self._changed.set()

    async def _save(self, record: TaskRecord, row: Row) -> list[Path]:
        plan = _plans.save(self._client._settings, _named(record.outputs, row.name), self._out)
        return await self._client._run(plan)

    def _finished(
        self, row: Row, record: TaskRecord, state: str, files: list[Path], error: str | None
    ) -> None:
        cost = record.credits_consumed
        self._journal.finished(row.number, state, cost, files, error)
        self._budget.settle(row.number, row.model, cost, succeeded=state == SUCCESS)
        self._finished_now += 1
        self._emit(state, row, record.task_id, error)

    def _refused(self, row: Row, error: KieError) -> None:
        self._journal.refused(row.number, str(error))
        self._emit("refused", row, None, str(error))

    def _uncertain(self, row: Row, error: str | None) -> None:
        """A task may exist and be charged: it counts against the budget at its estimate."""
        self._budget.settle(row.number, row.model, None, succeeded=False)
        self._emit("uncertain", row, None, error)

    def _emit(self, kind: str, row: Row, task_id: str | None, message: str | None = None) -> None:
        if self._on_event is not None:
            self._on_event(Event(kind, row.number, task_id, message), self._tally())

    def _tally(self) -> Tally:
        states = [entry.state for entry in self._journal.entries.values()]
        return Tally(
            total=len(self._rows),
            done=states.count(SUCCESS),
            failed=states.count(FAIL) + states.count(REFUSED),
            uncertain=states.count(SENDING),
            running=len(self._running),
            credits=sum(entry.cost or 0 for entry in self._journal.entries.values()),
            finished_now=self._finished_now,
            elapsed=time.monotonic() - self._started,
        )
