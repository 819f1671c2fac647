"""callbacks.verify on hostile input (always True or False, never an error), the receiver's own
mistakes (refused up front), the replay guard, and a fuzz of all of it."""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Iterator
from typing import Any, NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import KLING, kie_client, valid_input
from kie_client import KieError, callbacks
from kie_client._signing import callback_signature
from kie_client.callbacks import ReplayGuard
from kie_client.testing import CallbackDelivery, KieSimulator

KEY = "whsec-callback-key"
TS, SIG = "X-Webhook-Timestamp", "X-Webhook-Signature"
NOW = 1_700_000_000
TASK = "task-0001"
BODY = json.dumps({"code": 200, "data": {"taskId": TASK, "state": "success"}})


def signed(task_id: str = TASK, at: int = NOW, key: str | bytes = KEY) -> dict[str, str]:
    return {TS: str(at), SIG: callback_signature(key, task_id, at)}


@pytest.fixture(scope="module")
def delivery() -> Iterator[CallbackDelivery]:
    """A signed callback as the simulator sent it."""
    with KieSimulator(webhook_key=KEY) as sim, kie_client(sim) as client:
        client.create_task(KLING, valid_input(), callback_url="http://127.0.0.1:9/hook")
        [sent] = sim.wait_for_callbacks()
    yield sent


def test_the_genuine_callback_of_these_tests_passes() -> None:
    assert callbacks.verify(signed(), BODY, KEY, now=NOW)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        (TS, "²"),  # a digit to int(), not to Kie
        (TS, "\u0661\u0667" + "\u0660" * 8),  # Arabic-Indic digits
        (TS, "9" * 5000),  # past int()'s digit limit
        (TS, f" {NOW}"),
        (TS, f"+{NOW}"),
        (TS, f"{NOW}.0"),
        (TS, None),
        (TS, NOW),
        (TS, b"\xff\xfe"),
        (SIG, "é" * 44),  # compare_digest refuses non-ASCII text
        (SIG, ""),
        (SIG, None),
        (SIG, b"\xff"),
        (SIG, "A" * 100_000),
    ],
)
def test_hostile_headers_are_false_not_errors(name: str, value: Any) -> None:
    headers = {**signed(), name: value}
    assert callbacks.verify(headers, BODY, KEY, now=NOW) is False


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000,  # nested too deep for the JSON reader
        '{"data": ' * 100_000,
        '{"taskId": 1e999}',
        '{"taskId": NaN}',
        '{"taskId": ["task-0001"]}',
        '{"taskId": "' + "9" * 5000 + '"}',
        '{"taskId": ' + "9" * 5000 + "}",  # past int()'s digit limit
        '{"taskId": "\\ud800"}',  # a lone surrogate: not encodable, so never signed
        b"\xff\xfe\x00",
        b"",
        "[]",
        "null",
    ],
)
def test_hostile_bodies_are_false_not_errors(body: str | bytes) -> None:
    assert callbacks.verify(signed(), body, KEY, now=NOW) is False


def test_only_the_task_id_of_the_body_is_read() -> None:
    """The signature covers the id alone: fields no record parses do not make it false."""
    body = '{"data": {"taskId": "task-0001", "state": "?", "costTime": NaN, "createTime": 1e300}}'
    assert callbacks.verify(signed(), body, KEY, now=NOW)
    assert callbacks.verify(signed(), {"task_id": TASK}, KEY, now=NOW)


def test_parse_refuses_a_body_nested_too_deep() -> None:
    with pytest.raises(KieError, match="the callback body is not readable JSON"):
        callbacks.parse(b"[" * 100_000)


def test_bytes_headers_as_some_servers_pass_them() -> None:
    raw = {name.lower().encode(): value.encode() for name, value in signed().items()}
    assert callbacks.verify(raw, BODY, KEY, now=NOW)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"key": ""}, "a blank one is no secret"),
        ({"key": "  \n"}, "a blank one is no secret"),
        ({"key": b""}, "a blank one is no secret"),
        ({"key": None}, "a blank one is no secret"),
        ({"tolerance": math.nan}, "tolerance must be a finite number of seconds, 0 or more"),
        ({"tolerance": math.inf}, "tolerance must be a finite number of seconds, 0 or more"),
        ({"tolerance": -1}, "tolerance must be a finite number of seconds, 0 or more"),
        ({"tolerance": "300"}, "tolerance must be a finite number of seconds, 0 or more"),
        ({"now": math.nan}, "now must be a finite Unix time in seconds"),
        ({"seen": ReplayGuard(window_seconds=60)}, "it must keep them at least 600 s"),
    ],
)
def test_the_receivers_own_mistakes_are_refused(options: dict[str, Any], message: str) -> None:
    """Even for a signature that would pass: a blank key signs for anyone, and NaN accepts any
    age (here a callback ten years old)."""
    ten_years_ago = NOW - 10 * 365 * 86_400
    key = options.get("key", KEY)
    headers = signed(at=ten_years_ago, key=key or b"")
    arguments = {"key": KEY, "tolerance": 300.0, "now": NOW} | options
    with pytest.raises(ValueError, match=message):
        callbacks.verify(headers, BODY, **arguments)


# -- replays -------------------------------------------------------------------------------------


def test_a_replayed_callback_is_refused_once_guarded(delivery: CallbackDelivery) -> None:
    sent_at = int(delivery.headers[TS])
    body = json.dumps(delivery.body)
    guard = ReplayGuard()
    assert callbacks.verify(delivery.headers, body, KEY, now=sent_at + 1, seen=guard)
    assert not callbacks.verify(delivery.headers, body, KEY, now=sent_at + 2, seen=guard)
    assert not callbacks.verify(delivery.headers, body, KEY, now=sent_at + 299, seen=guard)
    other = signed("another-task", at=sent_at)
    assert callbacks.verify(other, {"taskId": "another-task"}, KEY, now=sent_at + 3, seen=guard)
    forged = {**delivery.headers, SIG: signed("x", at=sent_at)[SIG]}
    assert not callbacks.verify(forged, body, KEY, now=sent_at, seen=guard)
    assert len(guard) == 2  # a forged callback is not remembered


def test_the_guard_forgets_after_its_window_and_keeps_at_most_its_size() -> None:
    guard = ReplayGuard(window_seconds=10, max_size=3)
    assert guard.first_time("a", now=0) and not guard.first_time("a", now=9.9)
    assert guard.first_time("a", now=20)  # forgotten after 10 s
    for moment, task_id in enumerate(["b", "c", "d", "e"], start=21):
        assert guard.first_time(task_id, now=moment)
    assert len(guard) == 3  # "a" and "b", the oldest, went first
    assert guard.first_time("b", now=25) and not guard.first_time("e", now=25)
    assert guard.first_time("z", now=1000) and len(guard) == 1  # the stale ones went


def test_the_guard_uses_the_wall_clock_by_default() -> None:
    guard = ReplayGuard()
    assert callbacks.verify(signed(at=int(time.time())), BODY, KEY, seen=guard)
    assert not guard.first_time(TASK)


def test_the_guard_lets_one_thread_through_per_task() -> None:
    guard = ReplayGuard()
    firsts: list[str] = []
    lock = threading.Lock()

    def receive() -> None:
        for n in range(200):
            if guard.first_time(f"task-{n}", now=NOW):
                with lock:
                    firsts.append(f"task-{n}")

    threads = [threading.Thread(target=receive) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert sorted(firsts) == sorted(f"task-{n}" for n in range(200))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"window_seconds": 0}, "window_seconds must be a finite number above 0"),
        ({"window_seconds": math.nan}, "window_seconds must be a finite number above 0"),
        ({"max_size": 0}, "max_size must be a whole number above 0"),
        ({"max_size": 1.5}, "max_size must be a whole number above 0"),
    ],
)
def test_a_guard_that_could_not_work_is_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ReplayGuard(**options)


# -- fuzz ----------------------------------------------------------------------------------------


def any_case(name: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(name), max_size=len(name)).map(
        lambda upper: "".join(
            c.upper() if u else c.lower() for c, u in zip(name, upper, strict=True)
        )
    )


header_names = st.one_of(any_case(TS), any_case(SIG), st.text(max_size=30))
header_values = st.one_of(
    st.text(max_size=60),
    st.binary(max_size=60),
    st.integers(min_value=NOW - 1000, max_value=NOW + 1000).map(str),
    st.text(alphabet="0123456789²³¹\u0660\u0661\u0662", max_size=20),
    st.none(),
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from([TASK]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["taskId", "task_id", "data", "state"]) | st.text(), inner),
    max_leaves=12,
)
bodies = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200),
    json_values.map(json.dumps),
    st.dictionaries(st.sampled_from(["taskId", "task_id", "data"]), json_values),
)
keys = st.one_of(
    st.text(min_size=1, max_size=40).filter(str.strip),
    st.binary(min_size=1, max_size=40).filter(bytes.strip),
)
FUZZ = settings(max_examples=300, deadline=None, database=None)


@FUZZ
@given(st.dictionaries(header_names, header_values, max_size=4), bodies, keys)
def test_fuzz_arbitrary_callbacks_are_false_never_errors(
    headers: dict[str, Any], body: Any, key: str | bytes
) -> None:
    assert callbacks.verify(headers, body, key, now=NOW) is False  # no genuine signature here


class Signed(NamedTuple):
    """A callback signed with the project's own signing, and how the receiver is handed it."""

    key: str | bytes
    task_id: str
    timestamp: str
    signature: str
    names: tuple[str, str]  # the timestamp and signature headers' names, in some case
    as_bytes: bool  # header names and values as bytes, as some servers pass them
    body: Any

    def headers(self, **changes: str | None) -> dict[Any, Any]:
        """The headers, with `timestamp` or `signature` changed (None: left out)."""
        values = {"timestamp": self.timestamp, "signature": self.signature} | changes
        pairs = zip(self.names, (values["timestamp"], values["signature"]), strict=True)
        return {
            name.encode() if self.as_bytes else name: value.encode() if self.as_bytes else value
            for name, value in pairs
            if value is not None
        }


@st.composite
def genuine(draw: st.DrawFn) -> Signed:
    """Headers in any case, as text or bytes; the body as bytes, text or a mapping, with the id
    under either spelling, with or without `data`, among any other fields."""
    key = draw(keys)
    task_id = draw(st.text(min_size=1, max_size=40))
    at = NOW + draw(st.integers(min_value=-300, max_value=300))
    record = draw(st.dictionaries(st.sampled_from(["state", "costTime", "param"]), json_values))
    record[draw(st.sampled_from(["taskId", "task_id"]))] = task_id
    envelope = {"code": 200, "data": record} if draw(st.booleans()) else record
    return Signed(
        key=key,
        task_id=task_id,
        timestamp=str(at),
        signature=callback_signature(key, task_id, at),
        names=(draw(any_case(TS)), draw(any_case(SIG))),
        as_bytes=draw(st.booleans()),
        body=draw(st.sampled_from([envelope, json.dumps(envelope), json.dumps(envelope).encode()])),
    )


@FUZZ
@given(genuine(), st.data())
def test_fuzz_genuine_signatures_pass_and_any_change_fails(
    callback: Signed, data: st.DataObject
) -> None:
    key, body = callback.key, callback.body
    assert callbacks.verify(callback.headers(), body, key, now=NOW) is True
    index = data.draw(st.integers(min_value=0, max_value=len(callback.signature) - 1))
    other = data.draw(st.sampled_from([c for c in "Aa0+/=" if c != callback.signature[index]]))
    changed = callback.signature[:index] + other + callback.signature[index + 1 :]
    for headers in (
        callback.headers(signature=changed),
        callback.headers(timestamp=str(int(callback.timestamp) + 1)),
        callback.headers(signature=None),
        callback.headers(timestamp=None),
    ):
        assert callbacks.verify(headers, body, key, now=NOW) is False
    headers = callback.headers()
    assert callbacks.verify(headers, {"taskId": callback.task_id + "x"}, key, now=NOW) is False
    other_key = key + (b"x" if isinstance(key, bytes) else "x")
    assert callbacks.verify(headers, body, other_key, now=NOW) is False
    assert callbacks.verify(headers, body, key, now=NOW + 601) is False  # stale
