"""A real `kie batch` killed (SIGKILL) at random points, then resumed: every row ends with exactly
one task and its file saved. A row whose create was cut off is uncertain: the resume sends it
again only when told to (no task was made) or is given its task (one was), as a user would after
looking at their Kie task list."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from kie_client.cli import main
from kie_client.testing import KieSimulator, RateLimit

KIE = Path(sys.executable).with_name("kie")
MODEL = "google/imagen4-fast"
ROWS = 6
TRIALS = 50
# One create every 50 ms: the work of a trial spreads over the window the kills are drawn from.
PACE = "1/0.05"


def write_jobs(folder: Path, trial: int) -> Path:
    path = folder / "jobs.jsonl"
    rows = [
        {"model": MODEL, "input": {"prompt": f"trial {trial} row {n}"}, "name": f"row{n}"}
        for n in range(1, ROWS + 1)
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def tasks_of(sim: KieSimulator, trial: int) -> dict[int, list[str]]:
    """Row number -> the ids of the tasks made for it."""
    made: dict[int, list[str]] = {n: [] for n in range(1, ROWS + 1)}
    prefix = f"trial {trial} row "
    for task in sim.tasks:
        prompt = str(task.input["prompt"])
        if prompt.startswith(prefix):
            made[int(prompt.removeprefix(prefix))].append(task.id)
    return made


def run_in_process(args: list[str]) -> int:
    try:
        return main(args)
    except SystemExit as exit_:
        return int(exit_.code or 0)


def results_of(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]


def resume(args: list[str], sim: KieSimulator, trial: int, out: Path) -> int:
    """Rerun the same command; then settle each uncertain row as its user would. Returns the
    number of uncertain rows."""
    run_in_process(args)
    uncertain = [row["row"] for row in results_of(out) if row["state"] == "uncertain"]
    if uncertain:
        made = tasks_of(sim, trial)
        adopt = [f"--adopt={n}={made[n][0]}" for n in uncertain if made[n]]
        run_in_process([*args, *adopt, "--resend-uncertain"])
    return len(uncertain)


def test_a_killed_batch_resumes_with_one_task_per_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draw = random.Random(16)
    cut_short = uncertain = 0
    with KieSimulator(rate_limit=RateLimit(20, 0.5)) as sim:
        connection = ["--api-key", str(sim.api_key), "--base-url", sim.base_url]
        for trial in range(TRIALS):
            folder = tmp_path / str(trial)
            folder.mkdir()
            out = folder / "out"
            args = ["batch", str(write_jobs(folder, trial)), "--out", str(out), "--rate", PACE]
            batch = subprocess.Popen(
                [str(KIE), *args, *connection],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(draw.uniform(0.25, 0.75))  # start-up, checks, creates, waits, downloads
            batch.send_signal(signal.SIGKILL)
            cut_short += batch.wait() == -signal.SIGKILL
            uncertain += resume([*args, *connection], sim, trial, out)
            capsys.readouterr()
            made = tasks_of(sim, trial)
            assert all(len(ids) == 1 for ids in made.values()), (trial, made)
            results = results_of(out)
            assert [row["state"] for row in results] == ["success"] * ROWS, (trial, results)
            for row in results:
                assert row["taskId"] == made[row["row"]][0]
                assert all(Path(file).is_file() for file in row["files"])
    print(f"{cut_short} of {TRIALS} runs killed before the end; {uncertain} uncertain rows")
    assert cut_short >= TRIALS // 2  # the kills did land in the work, not after it
