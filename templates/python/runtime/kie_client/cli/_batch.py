"""`kie batch JOBS --out FOLDER`: its options, its progress, and its summary.

Progress goes to stderr: one redrawn line on a terminal (rows done, running, failed, credits,
ETA), a line per event otherwise. The summary goes to stdout. With --json, stdout is one JSON
object per line: each event, then {"event": "summary", ...}. `kie_client.batch` (and sqlite3) is
imported only when a batch runs, so that `kie --help` stays cheap.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ._progress import REDRAW

if TYPE_CHECKING:
    from kie_client.batch import BatchResult, Event, Tally
    from kie_client.client import KieClient


def _count(text: str) -> int:
    """A whole number, 0 or more."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number, 0 or more")
    return int(text)


def _positive(text: str) -> int:
    number = _count(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number above 0")
    return number


def _rate(text: str) -> tuple[int, float]:
    """REQUESTS/SECONDS, e.g. 20/10."""
    requests, _, seconds = text.partition("/")
    try:
        rate = int(requests), float(seconds)
    except ValueError:
        rate = (0, 0.0)
    if rate[0] < 1 or not 0 < rate[1] < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not REQUESTS/SECONDS, e.g. 20/10")
    return rate


def _adoption(text: str) -> tuple[int, str]:
    """ROW=TASK_ID."""
    row, _, task_id = text.partition("=")
    if not row.isdigit() or not task_id.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not ROW=TASK_ID, e.g. 7=5f2c...")
    return int(row), task_id.strip()


def add_batch_options(
    parser: argparse.ArgumentParser,
    out_folder: Callable[[str], Path],
    seconds: Callable[[str], float],
) -> None:
    """`kie batch`'s arguments; `out_folder` and `seconds` check --out and --deadline as the
    other commands do."""
    parser.add_argument(
        "jobs",
        type=Path,
        help='a jobs file: JSON Lines ({"model": ..., "input": {...}, "name": ...} a line) or '
        "CSV (.csv: columns model, name and one per input field)",
    )
    parser.add_argument(
        "--out",
        type=out_folder,
        required=True,
        help="the folder for the results, results.jsonl and the journal that resumes the batch",
    )
    parser.add_argument("--max-credits", type=_count, metavar="N", help="send no row past N")
    parser.add_argument(
        "--cost-estimate",
        type=_count,
        metavar="N",
        help="credits a task of a model not yet seen costs (default: the first is sent alone)",
    )
    parser.add_argument(
        "--concurrency", type=_positive, default=20, metavar="N", help="tasks in flight at once"
    )
    parser.add_argument(
        "--rate",
        type=_rate,
        default=None,
        metavar="REQUESTS/SECONDS",
        help="creates at most (default 20/10, Kie's documented limit)",
    )
    parser.add_argument(
        "--resend-uncertain",
        action="store_true",
        help="send again the rows whose create may have made a task (may pay twice)",
    )
    parser.add_argument(
        "--adopt",
        type=_adoption,
        action="append",
        default=[],
        metavar="ROW=TASK_ID",
        help="the task an uncertain row's create made, to wait for instead",
    )
    parser.add_argument("--deadline", type=seconds, help="seconds to wait per task (default 900)")


def run(args: argparse.Namespace, client: KieClient) -> BatchResult:
    """Run the batch the command line asks for, showing its progress."""
    from kie_client import batch

    rows = batch.read_jobs(args.jobs)  # every bad row is told before anything else
    with _Progress(sys.stderr, live=sys.stderr.isatty(), as_json=args.json) as show:
        try:
            return client.batch(
                rows,
                args.out,
                max_credits=args.max_credits,
                cost_estimate=args.cost_estimate,
                concurrency=args.concurrency,
                resend_uncertain=args.resend_uncertain,
                adopt=dict(args.adopt),
                rate=batch.Rate(*args.rate) if args.rate else None,
                deadline_seconds=args.deadline,
                on_event=show,
            )
        except KeyboardInterrupt as interrupt:
            interrupt.add_note(f"every row's state is in {args.out}: the same command resumes")
            raise


class _Progress:
    """Called with each event: a JSON line on stdout (--json), a redrawn line on a terminal (with
    a lasting line for what needs a look), a plain line otherwise."""

    NOTABLE = frozenset({"fail", "uncertain", "refused", "error", "stopped"})

    def __init__(self, stream: TextIO, *, live: bool, as_json: bool) -> None:
        self._stream = stream
        self._live, self._json = live and not as_json, as_json

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live:
            self._stream.write("\n")
            self._stream.flush()

    def __call__(self, event: Event, tally: Tally) -> None:
        if self._json:
            print(json.dumps(event.as_json(tally), ensure_ascii=False), flush=True)
            return
        if self._live:
            if event.kind in self.NOTABLE:
                self._stream.write(REDRAW + _line(event) + "\n")
            self._stream.write(REDRAW + _status(tally))
        else:
            self._stream.write(_line(event) + "\n")
        self._stream.flush()


def _line(event: Event) -> str:
    task = f" task {event.task_id}" if event.task_id else ""
    why = f": {event.message.splitlines()[0]}" if event.message else ""
    return f"row {event.row}: {event.kind}{task}{why}"


def _status(tally: Tally) -> str:
    eta = tally.eta
    shown = "?" if eta is None else f"{eta:.0f}s"
    return (
        f"{tally.done}/{tally.total} done, {tally.running} running, {tally.failed} failed, "
        f"{tally.uncertain} uncertain, {tally.credits} credits, ETA {shown}"
    )


def summary(result: BatchResult, as_json: bool) -> None:
    """The outcome on stdout: counts, credits, the results file, and what to do about each
    uncertain row."""
    counts = dict(sorted(result.counts.items()))
    if as_json:
        report: dict[str, Any] = {"event": "summary", "rows": len(result.rows), **counts}
        report |= {"credits": result.credits, "results": str(result.results_file)}
        print(json.dumps(report, ensure_ascii=False))
        return
    shown = ", ".join(f"{n} {state}" for state, n in counts.items())
    print(f"{len(result.rows)} rows: {shown}; {result.credits} credits")
    print(f"results: {result.results_file}")
    for row in result.rows:
        if row.state == "uncertain":
            print(
                f"row {row.row}: its create may have made a task; check your Kie task list, then "
                f"rerun with --adopt {row.row}=TASK_ID, or --resend-uncertain to send it again"
            )
