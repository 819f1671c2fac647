"""callbacks.parse and callbacks.verify, on callbacks the simulator really sent."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from conftest import KLING, kie_client, valid_input
from kie_client import KieError, State, callbacks
from kie_client.testing import CallbackDelivery, KieSimulator

KEY = "whsec-callback-key"


@pytest.fixture(scope="module")
def delivery() -> Iterator[CallbackDelivery]:
    """A signed callback as the simulator sent it (to a port nobody listens on: only what was sent
    matters here)."""
    with KieSimulator(webhook_key=KEY) as sim, kie_client(sim) as client:
        client.create_task(KLING, valid_input(), callback_url="http://127.0.0.1:9/hook")
        [sent] = sim.wait_for_callbacks()
    yield sent


def body_of(sent: CallbackDelivery) -> bytes:
    return json.dumps(sent.body).encode()


def test_parse_reads_the_record(delivery: CallbackDelivery) -> None:
    record = callbacks.parse(body_of(delivery))
    assert (record.task_id, record.model, record.state) == (delivery.task_id, KLING, State.SUCCESS)
    assert record.param["input"] == valid_input()
    assert record.result_urls and record.result_urls[0].endswith(".mp4")
    assert callbacks.parse(delivery.body) == record  # a parsed mapping works too


def test_parse_accepts_task_id_spelled_either_way(delivery: CallbackDelivery) -> None:
    data = dict(delivery.body["data"])
    data["task_id"] = data.pop("taskId")
    assert callbacks.parse({"code": 200, "data": data}).task_id == delivery.task_id


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"data": {"state": "success"}}'])
def test_parse_refuses_what_is_not_a_callback(body: bytes) -> None:
    with pytest.raises(KieError):
        callbacks.parse(body)


def test_verify_accepts_a_valid_signature(delivery: CallbackDelivery) -> None:
    now = int(delivery.headers["X-Webhook-Timestamp"])
    assert callbacks.verify(delivery.headers, body_of(delivery), KEY, now=now + 10)
    lowered = {k.lower(): v for k, v in delivery.headers.items()}  # as some frameworks pass them
    assert callbacks.verify(lowered, body_of(delivery), KEY.encode(), now=now)


def test_verify_refuses_a_tampered_callback(delivery: CallbackDelivery) -> None:
    now = int(delivery.headers["X-Webhook-Timestamp"])
    other_task = dict(delivery.body)
    other_task["data"] = {**delivery.body["data"], "taskId": "someone-elses-task"}
    assert not callbacks.verify(delivery.headers, json.dumps(other_task), KEY, now=now)
    forged = {
        **delivery.headers,
        "X-Webhook-Signature": "AAAA" + delivery.headers["X-Webhook-Signature"][4:],
    }
    assert not callbacks.verify(forged, body_of(delivery), KEY, now=now)
    later = {**delivery.headers, "X-Webhook-Timestamp": str(now + 1)}
    assert not callbacks.verify(later, body_of(delivery), KEY, now=now)
    assert not callbacks.verify(delivery.headers, body_of(delivery), "wrong-key", now=now)


def test_verify_refuses_a_stale_or_unsigned_callback(delivery: CallbackDelivery) -> None:
    sent_at = int(delivery.headers["X-Webhook-Timestamp"])
    assert not callbacks.verify(delivery.headers, body_of(delivery), KEY, now=sent_at + 301)
    assert callbacks.verify(delivery.headers, body_of(delivery), KEY, 600, now=sent_at + 301)
    assert not callbacks.verify({}, body_of(delivery), KEY, now=sent_at)
    assert not callbacks.verify(
        {**delivery.headers, "X-Webhook-Timestamp": "soon"}, body_of(delivery), KEY, now=sent_at
    )


def test_verify_uses_the_wall_clock_by_default(delivery: CallbackDelivery) -> None:
    assert abs(time.time() - int(delivery.headers["X-Webhook-Timestamp"])) < 300
    assert callbacks.verify(delivery.headers, body_of(delivery), KEY)


def test_the_client_carries_the_callback_helpers(delivery: CallbackDelivery) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        assert client.callbacks.parse(delivery.body).task_id == delivery.task_id
