"""Where the simulator's time comes from: the wall clock, or a clock a test moves by hand."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

START_OF_2026 = 1_767_225_600.0  # a fixed start, so manual-clock records are reproducible


class Clock(Protocol):
    def now(self) -> float:
        """Unix time in seconds."""
        ...

    def on_advance(self, listener: Callable[[], object]) -> None:
        """Call `listener` whenever time moves other than by itself."""
        ...

    @property
    def runs_by_itself(self) -> bool:
        """True when waiting in real time lets this clock's time pass."""
        ...


class SystemClock:
    """Wall-clock time: tasks move on while you wait (demos, `kie mock`)."""

    runs_by_itself = True

    def now(self) -> float:
        return time.time()

    def on_advance(self, listener: Callable[[], object]) -> None:
        pass  # nothing moves this clock but time itself


class ManualClock:
    """Time stands still until a test calls `advance`: each state of a task can be observed."""

    runs_by_itself = False

    def __init__(self, start: float = START_OF_2026) -> None:
        self._now = start
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], object]] = []

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"time only moves forward; got {seconds} seconds")
        with self._lock:
            self._now += seconds
        for listener in list(self._listeners):
            listener()

    def on_advance(self, listener: Callable[[], object]) -> None:
        self._listeners.append(listener)
