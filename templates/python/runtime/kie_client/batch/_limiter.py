"""Pacing creates within Kie's documented limit (20 in any 10 s), and pausing them all when a 429
asks to, so that a batch never turns one refusal into a storm of them."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from kie_client.api import CREATE_REQUESTS_PER_WINDOW, CREATE_WINDOW_SECONDS


@dataclass(frozen=True)
class Rate:
    """At most `requests` creates in any `window_seconds`; Kie's documented limit by default."""

    requests: int = CREATE_REQUESTS_PER_WINDOW
    window_seconds: float = CREATE_WINDOW_SECONDS

    def __post_init__(self) -> None:
        if self.requests < 1 or not self.window_seconds > 0:
            raise ValueError("a rate needs at least 1 request in a window of more than 0 s")


class CreateLimiter:
    """A sliding window over creates, for one sender at a time. Each create counts from when its
    answer came: Kie admitted it at some moment before that, so no window Kie counts can hold more
    creates than this one does, however long each took to arrive."""

    def __init__(
        self,
        rate: Rate = Rate(),
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.rate = rate
        self._clock = clock
        self._sleep = sleep
        self._answered: deque[float] = deque()
        self._paused_until = 0.0

    async def turn(self) -> None:
        """Return once a create may be sent."""
        while (delay := self._delay()) > 0:
            await self._sleep(delay)

    def _delay(self) -> float:
        now = self._clock()
        while self._answered and self._answered[0] <= now - self.rate.window_seconds:
            self._answered.popleft()
        full = len(self._answered) >= self.rate.requests
        until_free = self._answered[0] + self.rate.window_seconds - now if full else 0.0
        return max(until_free, self._paused_until - now)

    def answered(self) -> None:
        """A create just ended, however it ended (a lost answer may still have been admitted)."""
        self._answered.append(self._clock())

    def refused(self, retry_after: float | None) -> None:
        """Kie answered 429: no create goes before `retry_after` seconds (a whole window when it
        names none)."""
        pause = self.rate.window_seconds if retry_after is None else retry_after
        self._paused_until = max(self._paused_until, self._clock() + pause)
