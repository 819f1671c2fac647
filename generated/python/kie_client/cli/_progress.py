"""Progress while a task runs, on stderr: a live line on a terminal, plain lines otherwise."""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import TextIO

from kie_client.records import TaskRecord

SPINNER = "|/-\\"
REFRESH_SECONDS = 0.1
REDRAW = "\r\x1b[K"  # back to the line's start and clear it: the next text replaces it


class Progress:
    """Call with each polled record. On a terminal a thread redraws one line (state, elapsed
    time, task id) between polls; elsewhere each change of state is one line."""

    def __init__(self, stream: TextIO, task_id: str, *, live: bool) -> None:
        self._stream = stream
        self._task_id = task_id
        self._live = live
        self._state = "submitted"
        self._started = time.monotonic()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._redraw_until_done, daemon=True)

    def __enter__(self) -> Progress:
        if self._live:
            self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._done.set()
        if self._live:
            self._thread.join()
            self._draw(final=True)

    def __call__(self, record: TaskRecord) -> None:
        changed = record.state != self._state
        self._state = record.state
        if changed and not self._live:
            print(
                f"task {self._task_id}: {self._state} ({self._elapsed():.1f}s)", file=self._stream
            )
            self._stream.flush()

    def _elapsed(self) -> float:
        return time.monotonic() - self._started

    def _draw(self, frame: int = 0, *, final: bool = False) -> None:
        mark = " " if final else SPINNER[frame % len(SPINNER)]
        line = f"{mark} {self._state:<10} {self._elapsed():6.1f}s  task {self._task_id}"
        self._stream.write(REDRAW + line + ("\n" if final else ""))
        self._stream.flush()

    def _redraw_until_done(self) -> None:
        frame = 0
        while not self._done.wait(REFRESH_SECONDS):
            self._draw(frame)
            frame += 1
