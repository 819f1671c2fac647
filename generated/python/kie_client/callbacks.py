"""Reading the callbacks Kie POSTs to `callBackUrl`: parse the body, verify its signature.

The signature covers only the task id and the timestamp (Kie's scheme), not the body: it proves
that Kie sent a callback about that task recently, but anyone who saw one signed callback can
send its headers again, within the tolerance, with any body about the same task. So:

- re-read the task with `tasks.get` if the body's content (state, result URLs) must be trusted;
- pass a `ReplayGuard` (`verify(..., seen=guard)`) to accept each task's callback only once.
"""

from __future__ import annotations

import hmac
import json
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from kie_client._signing import callback_signature
from kie_client.api import CALLBACK_SIGNATURE_HEADER, CALLBACK_TIMESTAMP_HEADER
from kie_client.errors import KieError
from kie_client.records import TaskRecord, task_id_in

DEFAULT_TOLERANCE_SECONDS = 300.0
DEFAULT_GUARD_SIZE = 100_000

Body = bytes | str | Mapping[str, Any]

# Unix seconds: ASCII digits only (int() also reads "²" and "٣"), and few enough to be a time.
_TIMESTAMP = re.compile(r"[0-9]{1,12}")


def _is_seconds(value: object) -> bool:
    """A finite, non-negative number of seconds (NaN compares false, so would pass any limit)."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    )


class ReplayGuard:
    """The task ids of the callbacks already accepted, kept `window_seconds` (then forgotten) and
    at most `max_size` of them (the oldest go first): `first_time` is False for a repeat.

    Pass one to `verify(..., seen=guard)` and keep it for the receiver's lifetime; it is safe to
    share between threads. A signed callback stays acceptable for its timestamp plus or minus the
    tolerance, so `window_seconds` must be at least twice the tolerance used with it. Kie sends
    one callback per task: size it above the callbacks expected in a window.
    """

    def __init__(
        self,
        window_seconds: float = 2 * DEFAULT_TOLERANCE_SECONDS,
        max_size: int = DEFAULT_GUARD_SIZE,
    ) -> None:
        if not _is_seconds(window_seconds) or window_seconds == 0:
            raise ValueError(
                f"window_seconds must be a finite number above 0; got {window_seconds!r}"
            )
        if not isinstance(max_size, int) or isinstance(max_size, bool) or max_size < 1:
            raise ValueError(f"max_size must be a whole number above 0; got {max_size!r}")
        self.window_seconds = window_seconds
        self.max_size = max_size
        self._seen: OrderedDict[str, float] = OrderedDict()  # task id -> when, oldest first
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._seen)

    def first_time(self, task_id: str, now: float | None = None) -> bool:
        """True, and remembered, if `task_id` was not seen in the last `window_seconds`."""
        moment = time.time() if now is None else now
        with self._lock:
            self._forget(moment)
            seen_at = self._seen.get(task_id)
            if seen_at is not None and moment - seen_at < self.window_seconds:
                return False
            self._seen[task_id] = moment
            self._seen.move_to_end(task_id)
            if len(self._seen) > self.max_size:
                self._seen.popitem(last=False)
            return True

    def _forget(self, now: float) -> None:
        while self._seen and now - next(iter(self._seen.values())) >= self.window_seconds:
            self._seen.popitem(last=False)


def _record_data(body: Body) -> Any:
    """What a callback body holds as the task record: its `data`, or the body itself."""
    if isinstance(body, bytes | str):
        try:
            body = json.loads(body)
        except (ValueError, RecursionError) as error:  # not JSON, or nested too deep to read
            raise KieError(f"the callback body is not readable JSON: {error}") from None
    if not isinstance(body, Mapping):
        raise KieError("the callback body is not a JSON object")
    return body.get("data", body)


def parse(body: Body) -> TaskRecord:
    """The task record a callback carries (the same body as a task query)."""
    return TaskRecord.parse(_record_data(body))


def _task_id(body: Body) -> str | None:
    """The task id a callback body names (as `TaskRecord.parse` reads it), or None. Only the id:
    the signature covers nothing else, so nothing else need be readable."""
    try:
        data = _record_data(body)
    except KieError:
        return None
    return task_id_in(data) if isinstance(data, Mapping) else None


def _as_text(value: object) -> str | None:
    """A header name or value as text; bytes (as some servers pass them) must be ASCII."""
    if isinstance(value, bytes):
        return value.decode("ascii") if value.isascii() else None
    return value if isinstance(value, str) else None


def _header(headers: Mapping[Any, Any], name: str) -> str:
    """The value of header `name` in any case of its name, or "" when absent or unreadable."""
    wanted = name.lower()
    for key, value in headers.items():
        text = _as_text(key)
        if text is not None and text.lower() == wanted:
            return _as_text(value) or ""
    return ""


def _check_receiver(
    key: str | bytes, tolerance: float, now: float | None, seen: ReplayGuard | None
) -> None:
    """The receiver's own settings, refused up front rather than answered False: a blank key
    signs for anyone, and a tolerance that is not a number of seconds accepts any age."""
    if not isinstance(key, str | bytes) or not key.strip():
        raise ValueError(
            "verify needs the webhook HMAC key set in Kie's settings: a blank one is no secret"
        )
    if not _is_seconds(tolerance):
        raise ValueError(
            f"tolerance must be a finite number of seconds, 0 or more; got {tolerance!r}"
        )
    if now is not None and not _is_seconds(now):
        raise ValueError(f"now must be a finite Unix time in seconds; got {now!r}")
    if seen is not None and seen.window_seconds < 2 * tolerance:
        raise ValueError(
            f"the ReplayGuard keeps ids {seen.window_seconds:g} s; with a tolerance of "
            f"{tolerance:g} s it must keep them at least {2 * tolerance:g} s"
        )


def verify(
    headers: Mapping[str, str],
    body: Body,
    key: str | bytes,
    tolerance: float = DEFAULT_TOLERANCE_SECONDS,
    *,
    now: float | None = None,
    seen: ReplayGuard | None = None,
) -> bool:
    """True if the callback is signed with `key` for the task its body names, at most `tolerance`
    seconds ago (or ahead), and (given a `seen` guard) that task's callback was not accepted
    before. Compared in constant time.

    Only the task id and the timestamp are signed, not the rest of the body (see the module's
    notes). Whatever the headers and the body hold, the answer is True or False, never an
    error; a blank `key`, or a `tolerance` that is not a finite number of seconds >= 0, is a
    ValueError: those are the receiver's own mistakes.
    """
    _check_receiver(key, tolerance, now, seen)
    timestamp = _header(headers, CALLBACK_TIMESTAMP_HEADER)
    signature = _header(headers, CALLBACK_SIGNATURE_HEADER)
    if not _TIMESTAMP.fullmatch(timestamp) or not signature.isascii():
        return False
    moment = time.time() if now is None else now
    if abs(moment - int(timestamp)) > tolerance:
        return False
    task_id = _task_id(body)
    if task_id is None:
        return False
    try:
        expected = callback_signature(key, task_id, timestamp)
    except UnicodeEncodeError:  # a lone surrogate (from a JSON escape) in the id: never signed
        return False
    if not hmac.compare_digest(expected, signature):
        return False
    return seen is None or seen.first_time(task_id, moment)
