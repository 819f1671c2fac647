"""Faults a test asks for: error answers, slow answers, dropped connections, and the create rate limit."""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass

from kie_client.api import CREATE_REQUESTS_PER_WINDOW, CREATE_WINDOW_SECONDS, STATUS_CODES


@dataclass(frozen=True)
class Fault:
    """What happens to one request: answered with `status` instead of being served (nothing is
    created), or served and then answered `delay` seconds late, or served and its connection
    closed without an answer (`drop`), so the client cannot know it succeeded."""

    status: int | None = None
    delay: float = 0.0
    drop: bool = False
    message: str | None = None

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in STATUS_CODES:
            known = ", ".join(str(code) for code in STATUS_CODES)
            raise ValueError(f"status {self.status} is not a Kie status code; use one of {known}")
        if self.status is not None and (self.drop or self.delay):
            raise ValueError("a fault either answers with a status or delays/drops the answer")
        if self.delay < 0:
            raise ValueError("delay must be 0 or more seconds")


@dataclass
class _Queued:
    fault: Fault
    left: int | None  # requests it still applies to; None: until cleared


class FaultPlan:
    """Faults queued per endpoint, each for a number of requests (or until cleared)."""

    def __init__(self, endpoints: set[str]) -> None:
        self._endpoints = endpoints
        self._queues: dict[str, deque[_Queued]] = {}
        self._lock = threading.Lock()

    def add(self, endpoint: str, fault: Fault, times: int | None) -> None:
        if endpoint not in self._endpoints:
            known = ", ".join(sorted(self._endpoints))
            raise ValueError(f"unknown endpoint {endpoint!r}; faults apply to {known}")
        if times is not None and times < 1:
            raise ValueError("times must be 1 or more, or None for every request")
        with self._lock:
            self._queues.setdefault(endpoint, deque()).append(_Queued(fault, times))

    def take(self, endpoint: str) -> Fault | None:
        """The fault for the next request to `endpoint`, used up as it is taken."""
        with self._lock:
            queue = self._queues.get(endpoint)
            if not queue:
                return None
            head = queue[0]
            if head.left is not None:
                head.left -= 1
                if head.left == 0:
                    queue.popleft()
            return head.fault

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()


@dataclass(frozen=True)
class RateLimit:
    """At most `requests` admitted creates in any `window_seconds`; Kie's documented limit by default."""

    requests: int = CREATE_REQUESTS_PER_WINDOW
    window_seconds: float = CREATE_WINDOW_SECONDS

    def __post_init__(self) -> None:
        if self.requests < 1 or self.window_seconds <= 0:
            raise ValueError("a rate limit needs requests >= 1 and window_seconds > 0")


class RateLimiter:
    """A sliding window over the times of admitted creates; refused ones are not counted (not queued)."""

    def __init__(self, limit: RateLimit | None) -> None:
        self.limit = limit
        self._admitted: deque[float] = deque()
        self._lock = threading.Lock()

    def admit(self, now: float) -> int | None:
        """None if a create at `now` is admitted, else the whole seconds until one would be."""
        limit = self.limit
        if limit is None:
            return None
        with self._lock:
            while self._admitted and self._admitted[0] <= now - limit.window_seconds:
                self._admitted.popleft()
            if len(self._admitted) >= limit.requests:
                return max(1, math.ceil(self._admitted[0] + limit.window_seconds - now))
            self._admitted.append(now)
            return None
