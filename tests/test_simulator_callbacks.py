"""Callbacks reach a loopback receiver with the query body, signed as the API notes say."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from conftest import client_for, create, record
from kie_client.testing import KieSimulator, ManualClock, Timing

KEY = "whsec-test"


@dataclass
class Received:
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class Receiver:
    url: str
    calls: list[Received] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A loopback HTTP server that keeps every POST it gets."""
    calls: list[Received] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            calls.append(Received(dict(self.headers.items()), json.loads(body)))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield Receiver(f"http://127.0.0.1:{server.server_address[1]}/hook", calls)
    server.shutdown()
    server.server_close()


def expected_signature(task_id: str, timestamp: str) -> str:
    digest = hmac.new(KEY.encode(), f"{task_id}.{timestamp}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def test_signed_callback_carries_the_query_body(receiver: Receiver) -> None:
    with KieSimulator(webhook_key=KEY) as sim, client_for(sim) as client:
        task_id = create(client, callBackUrl=receiver.url).json()["data"]["taskId"]
        [delivery] = sim.wait_for_callbacks()
        assert (delivery.task_id, delivery.status_code, delivery.error) == (task_id, 200, None)
        queried = record(client, task_id)
    [call] = receiver.calls
    assert call.body == {"code": 200, "msg": "Task completed.", "data": queried}
    timestamp = call.headers["X-Webhook-Timestamp"]
    assert timestamp.isdigit()
    assert hmac.compare_digest(
        call.headers["X-Webhook-Signature"], expected_signature(task_id, timestamp)
    )
    assert call.headers["Content-Type"] == "application/json"


def test_unsigned_without_a_key(receiver: Receiver) -> None:
    with KieSimulator() as sim, client_for(sim) as client:
        create(client, callBackUrl=receiver.url)
        sim.wait_for_callbacks()
    [call] = receiver.calls
    assert "X-Webhook-Signature" not in call.headers
    assert "X-Webhook-Timestamp" not in call.headers


def test_failed_task_callback(receiver: Receiver) -> None:
    with KieSimulator(failure_rate=1.0) as sim, client_for(sim) as client:
        create(client, callBackUrl=receiver.url)
        sim.wait_for_callbacks()
    [call] = receiver.calls
    assert (call.body["code"], call.body["data"]["state"]) == (501, "fail")
    assert call.body["data"]["failMsg"] == "The simulator failed this task on purpose."


def test_callback_is_sent_once_when_the_task_finishes_without_polling(receiver: Receiver) -> None:
    clock = ManualClock()
    with (
        KieSimulator(clock=clock, timing=Timing(generating=30), webhook_key=KEY) as sim,
        client_for(sim) as client,
    ):
        task_id = create(client, callBackUrl=receiver.url).json()["data"]["taskId"]
        assert sim.wait_for_callbacks() == []
        sim.advance(29)
        assert sim.wait_for_callbacks() == []
        sim.advance(1)
        sim.wait_for_callbacks()
        record(client, task_id)  # polling afterwards sends nothing more
        sim.advance(60)
        sim.wait_for_callbacks()
    [call] = receiver.calls
    assert call.body["data"]["taskId"] == task_id
    assert call.headers["X-Webhook-Timestamp"] == str(int(clock.now() - 60))


def test_callbacks_follow_wall_clock_timing(receiver: Receiver) -> None:
    """On the system clock a task finishes on its own and its callback goes out unprompted."""
    with KieSimulator(timing=Timing(generating=0.2)) as sim, client_for(sim) as client:
        create(client, callBackUrl=receiver.url)
        for _ in range(100):
            if receiver.calls:
                break
            threading.Event().wait(0.05)
    assert len(receiver.calls) == 1


def test_an_unreachable_receiver_is_recorded_not_raised() -> None:
    with KieSimulator() as sim, client_for(sim) as client:
        create(client, callBackUrl="http://127.0.0.1:9/hook")
        [delivery] = sim.wait_for_callbacks()
    assert delivery.status_code is None
    assert delivery.error and delivery.error.startswith("ConnectError")
