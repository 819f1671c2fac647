"""Batches against the simulator: pacing within the create limit, checks before anything is paid,
uncertain creates, the budget, Retry-After, the journal's tie to its jobs, and both jobs formats."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest

from kie_client.api import CREATE_REQUESTS_PER_WINDOW, CREATE_WINDOW_SECONDS
from kie_client.batch import (
    BadRows,
    CannotResume,
    CreateLimiter,
    Event,
    Options,
    Rate,
    Tally,
    read_jobs,
)
from kie_client.cli import main
from kie_client.testing import KieSimulator, RateLimit

MODEL = "google/imagen4-fast"
FAST = Rate(20, 0.5)  # Kie's 20 creates, in a window scaled down to keep the tests short


def jobs(count: int, tag: str = "row") -> list[dict[str, Any]]:
    return [{"model": MODEL, "input": {"prompt": f"{tag} {n}"}} for n in range(1, count + 1)]


def refused(sim: KieSimulator) -> int:
    return sum(1 for request in sim.requests if request.status == 429)


def kie(sim: KieSimulator, *args: str) -> int:
    connection = ["--api-key", str(sim.api_key), "--base-url", sim.base_url]
    try:
        return main([*args, *connection])
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_200_rows_finish_within_the_rate_limit_without_a_429(tmp_path: Path) -> None:
    with KieSimulator(rate_limit=RateLimit(20, 0.5)) as sim, sim.client() as client:
        started = time.monotonic()
        result = client.batch(jobs(200), tmp_path, rate=FAST)
        elapsed = time.monotonic() - started
        assert result.counts == {"success": 200}
        assert refused(sim) == 0
        assert len(sim.tasks) == 200
        assert elapsed >= 199 // 20 * 0.5  # paced, not sent at once
    assert all(Path(file).is_file() for row in result.rows for file in row.files)
    lines = result.results_file.read_text().splitlines()
    assert [json.loads(line)["state"] for line in lines] == ["success"] * 200


def test_the_default_pace_is_kies_documented_limit() -> None:
    assert Options().rate == Rate(CREATE_REQUESTS_PER_WINDOW, CREATE_WINDOW_SECONDS) == Rate(20, 10)
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    async def sends() -> list[float]:
        limiter = CreateLimiter(clock=lambda: now[0], sleep=sleep)
        times = []
        for _ in range(41):
            await limiter.turn()
            times.append(now[0])
            limiter.answered()
        return times

    times = asyncio.run(sends())
    assert times[19] == 0 and times[20] == 10 and times[40] == 20


def test_every_bad_row_is_told_before_anything_is_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"model": MODEL, "input": {"prompt": "fine"}, "name": "a"},
        {"model": MODEL, "input": {"prompt": "x", "aspect_ratio": "2:7"}},
        {"model": "no/such-model", "input": {}},
        {"model": MODEL, "input": {}, "name": "a"},
    ]
    path = tmp_path / "jobs.jsonl"
    path.write_text("\n".join(map(json.dumps, lines)) + "\n{not json\n")
    with KieSimulator() as sim:
        assert kie(sim, "batch", str(path), "--out", str(tmp_path / "out")) == 2
        assert sim.requests == []
    told = capsys.readouterr().err
    for expected in (
        "5 problem(s) in 4 row(s); nothing was sent",
        "row 2 (google/imagen4-fast): aspect_ratio: '2:7' is not one of",
        "row 3: model: Unknown model 'no/such-model'",
        "row 4 (google/imagen4-fast): prompt: is required [required]",
        "row 4: name: is row 1's name too [unique]",
        "row 5: line: is not JSON",
    ):
        assert expected.lower() in told.lower(), told
    with pytest.raises(BadRows) as caught:
        read_jobs(path)
    assert caught.value.problems[0].field == "row 2: aspect_ratio"


def test_an_uncertain_create_is_told_and_sent_again_only_when_asked(tmp_path: Path) -> None:
    with KieSimulator() as sim, sim.client() as client:
        sim.inject("create_task", drop=True)  # the first create runs, its answer is lost
        first = client.batch(jobs(3), tmp_path, rate=FAST)
        assert [row.state for row in first.rows] == ["uncertain", "success", "success"]
        assert "may or may not have succeeded" in str(first.rows[0].error)
        assert len(sim.tasks) == 3
        again = client.batch(jobs(3), tmp_path, rate=FAST)
        assert again.rows[0].state == "uncertain" and len(sim.tasks) == 3
        resent = client.batch(jobs(3), tmp_path, rate=FAST, resend_uncertain=True)
        assert resent.succeeded and len(sim.tasks) == 4
        prompts = [task.input["prompt"] for task in sim.tasks]
        assert prompts.count("row 1") == 2  # as asked: the flag may pay twice


def test_the_budget_stops_sending(tmp_path: Path) -> None:
    events: list[Event] = []

    def record(event: Event, tally: Tally) -> None:
        events.append(event)

    with KieSimulator(task_cost=10) as sim, sim.client() as client:
        result = client.batch(jobs(6), tmp_path, rate=FAST, max_credits=35, on_event=record)
        assert len(sim.tasks) == 3  # the first alone (cost unknown), then 2 at 10 each
    assert [row.state for row in result.rows] == ["success"] * 3 + ["unsent"] * 3
    assert result.credits == 30
    [stopped] = [event for event in events if event.kind == "stopped"]
    assert stopped.row == 4 and "past 35 credits" in str(stopped.message)


def test_retry_after_is_honoured_without_a_storm_of_429s(tmp_path: Path) -> None:
    # Kie admits fewer creates than the client paces for: its 429 names a Retry-After of 1 s.
    with KieSimulator(rate_limit=RateLimit(3, 1.0)) as sim, sim.client() as client:
        started = time.monotonic()
        result = client.batch(jobs(6), tmp_path, rate=FAST)
        elapsed = time.monotonic() - started
        assert result.succeeded and len(sim.tasks) == 6
        assert 1 <= refused(sim) <= 2  # each 429 paused every create for its Retry-After
        assert elapsed >= 1.0


def test_the_journal_refuses_other_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with KieSimulator() as sim, sim.client() as client:
        client.batch(jobs(2), tmp_path, rate=FAST)
        with pytest.raises(CannotResume, match="journal of other jobs"):
            client.batch(jobs(2, "other"), tmp_path, rate=FAST)
        path = tmp_path / "other.jsonl"
        path.write_text("".join(json.dumps(job) + "\n" for job in jobs(2, "other")))
        assert kie(sim, "batch", str(path), "--out", str(tmp_path)) == 2
        assert len(sim.tasks) == 2
    assert "journal of other jobs" in capsys.readouterr().err


def test_csv_and_json_lines_read_alike(tmp_path: Path) -> None:
    jsonl = tmp_path / "jobs.jsonl"
    rows = [
        {"model": MODEL, "input": {"prompt": "a fox, at dusk", "seed": 7}, "name": "fox"},
        {"model": MODEL, "input": {"prompt": "a cat", "aspect_ratio": "16:9"}},
    ]
    jsonl.write_text("".join(json.dumps(row) + "\n" for row in rows))
    csv = tmp_path / "jobs.csv"
    csv.write_text(
        "model,name,prompt,seed,aspect_ratio\n"
        f'{MODEL},fox,"a fox, at dusk",7,\n'
        f"{MODEL},,a cat,,16:9\n"
    )
    as_json = [(r.model, dict(r.input), r.name) for r in read_jobs(jsonl)]
    as_csv = [(r.model, dict(r.input), r.name) for r in read_jobs(csv)]
    assert as_json == as_csv
    assert [r.number for r in read_jobs(csv)] == [2, 3]  # the header is row 1


def test_the_command_prints_events_as_json_lines_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "jobs.jsonl"
    path.write_text("".join(json.dumps(job) + "\n" for job in jobs(3)))
    out = tmp_path / "out"
    with KieSimulator() as sim:
        assert kie(sim, "batch", str(path), "--out", str(out), "--rate", "20/0.5", "--json") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = [line["event"] for line in lines]
    assert kinds.count("created") == 3 and kinds.count("success") == 3
    assert lines[-1] == {
        "event": "summary",
        "rows": 3,
        "success": 3,
        "credits": 30,
        "results": str(out / "results.jsonl"),
    }
