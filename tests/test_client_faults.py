"""The client under faults, against the simulator: what is retried, what is never sent twice, and
which error says what happened."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import httpx
import pytest

from conftest import KLING, async_kie_client, kie_client, valid_input
from kie_client import (
    InsufficientCreditsError,
    KieClient,
    KieError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    SubmissionUncertain,
    TaskFailed,
    TransportError,
    WaitTimeout,
)
from kie_client.testing import Failure, KieSimulator, ManualClock, RateLimit, Timing


def create(client: KieClient) -> Any:
    return client.create_task(KLING, valid_input())


def endpoints(sim: KieSimulator) -> list[str]:
    return [r.endpoint for r in sim.requests]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_429_on_create_is_retried_as_the_request_was_not_queued() -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        sim.inject("create_task", status=429, times=2)
        task = create(client)
        assert [t.id for t in sim.tasks] == [task.id]
        assert endpoints(sim) == ["create_task"] * 3


def test_429_beyond_the_retries_raises_with_retry_after() -> None:
    limit = RateLimit(requests=1, window_seconds=10)
    with (
        KieSimulator(clock=ManualClock(), rate_limit=limit) as sim,
        kie_client(sim, max_retries=0) as client,
    ):
        create(client)
        with pytest.raises(RateLimitError) as raised:
            create(client)
        assert len(sim.tasks) == 1
    assert raised.value.retry_after == 10 and raised.value.code == 429


def test_a_create_that_could_not_connect_is_retried_then_reported() -> None:
    port = free_port()  # nothing listens here: the request provably never left
    client = KieClient("key", base_url=f"http://127.0.0.1:{port}", backoff_seconds=0.01)
    with client, pytest.raises(TransportError, match="ConnectError"):
        create(client)


def test_a_create_refused_by_the_network_once_is_sent_again() -> None:
    class RefusesOnce(httpx.HTTPTransport):
        refused = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if not self.refused:
                self.refused += 1
                raise httpx.ConnectError("connection refused", request=request)
            return super().handle_request(request)

    with KieSimulator() as sim:
        transport = RefusesOnce()
        with kie_client(sim, http_client=httpx.Client(transport=transport)) as client:
            create(client)
        assert transport.refused == 1 and len(sim.tasks) == 1


@pytest.mark.parametrize(
    ("fault", "cause"),
    [({"drop": True}, "RemoteProtocolError"), ({"delay": 1.0}, "ReadTimeout")],
)
def test_an_unanswered_create_is_uncertain_and_never_resent(
    fault: dict[str, Any], cause: str
) -> None:
    with (
        KieSimulator() as sim,
        kie_client(sim, timeout=httpx.Timeout(0.3)) as client,
    ):
        sim.inject("create_task", **fault)
        with pytest.raises(SubmissionUncertain) as raised:
            create(client)
        assert len(sim.tasks) == 1  # it was created, and created only once
        assert endpoints(sim) == ["create_task"]
    error = raised.value
    assert (error.model, error.input) == (KLING, valid_input())
    assert cause in str(error) and "not re-sent" in str(error)


@pytest.mark.parametrize("status", [500, 455])
def test_errors_on_create_are_not_retried(status: int) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        sim.inject("create_task", status=status, message="down for now")
        with pytest.raises((ServerError, ServiceUnavailableError)) as raised:
            create(client)
        assert endpoints(sim) == ["create_task"]
    assert (raised.value.code, raised.value.message) == (status, "down for now")


@pytest.mark.parametrize("status", [500, 455, 429])
def test_reads_are_retried_through_server_errors(status: int) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        task = create(client)
        sim.inject("record_info", status=status, times=2)
        assert task.wait().succeeded
        assert endpoints(sim).count("record_info") == 3


def test_reads_give_up_after_max_retries() -> None:
    with KieSimulator() as sim, kie_client(sim, max_retries=2) as client:
        sim.inject("credits", status=500, times=None, message="database down")
        with pytest.raises(ServerError, match="database down"):
            client.credits()
        assert endpoints(sim) == ["credits"] * 3


def test_reads_are_retried_through_dropped_connections() -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        sim.inject("credits", drop=True)
        assert client.credits() == 10_000


def test_retry_waits_honour_retry_after() -> None:
    from kie_client._plans import Settings

    settings = Settings("http://x", "http://x", backoff_seconds=1.0, jitter=lambda: 1.0)
    assert [settings.backoff(n) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]
    assert settings.backoff(1, retry_after=7) == 7
    capped = Settings("http://x", "http://x", max_backoff_seconds=3, jitter=lambda: 1.0)
    assert capped.backoff(10) == 3


@pytest.mark.kie_simulator(credits=10, task_cost=10)
def test_402_when_credits_run_out(kie_simulator: KieSimulator) -> None:
    with kie_client(kie_simulator) as client:
        create(client)
        with pytest.raises(InsufficientCreditsError) as raised:
            create(client)
    assert raised.value.message == "Insufficient credits: 0 left, and a task costs 10."
    assert raised.value.code == raised.value.http_status == 402


def test_a_failed_task_raises_task_failed_with_kies_message() -> None:
    failure = Failure("500", "Content policy violation")
    with KieSimulator(failure_rate=1.0, failure=failure) as sim, kie_client(sim) as client:
        task = create(client)
        with pytest.raises(TaskFailed) as raised:
            task.wait()
    record = raised.value.record
    assert (record.fail_code, record.fail_message) == ("500", "Content policy violation")
    assert str(raised.value) == f"task {task.id} ({KLING}) failed: 500: Content policy violation"


def test_wait_timeout_names_the_task_to_resume() -> None:
    with (
        KieSimulator(clock=ManualClock(), timing=Timing(generating=60)) as sim,
        kie_client(sim) as client,
    ):
        task = create(client)
        with pytest.raises(WaitTimeout) as raised:
            task.wait(deadline_seconds=0.05)
        assert raised.value.task_id == task.id and raised.value.state == "generating"
        assert f"client.tasks.wait({task.id!r})" in str(raised.value)
        sim.advance(60)
        assert client.tasks.wait(task.id).succeeded  # resumed


@pytest.mark.kie_simulator(errors_under_http_200=True)
def test_the_envelope_code_is_honoured_under_http_200(kie_simulator: KieSimulator) -> None:
    with kie_client(kie_simulator) as client, pytest.raises(NotFoundError) as raised:
        client.tasks.get("no-such-task")
    assert raised.value.http_status == 200 and raised.value.code == 404


def test_msg_and_message_are_both_read() -> None:
    from kie_client._plans import envelope_data

    request = httpx.Request("GET", "http://x/y")
    for key in ("msg", "message"):
        response = httpx.Response(200, json={"code": 505, key: "off"}, request=request)
        with pytest.raises(KieError, match="off") as raised:
            envelope_data(response)
        assert raised.value.code == 505


def test_a_non_kie_answer_is_an_error_with_its_status() -> None:
    from kie_client._plans import envelope_data

    request = httpx.Request("GET", "http://x/y")
    with pytest.raises(KieError, match="HTTP 502 Bad Gateway") as raised:
        envelope_data(httpx.Response(502, text="<html>bad gateway</html>", request=request))
    assert raised.value.code == 502


def test_async_client_obeys_the_same_rules() -> None:
    async def scenario(sim: KieSimulator) -> None:
        async with async_kie_client(sim, timeout=httpx.Timeout(0.3)) as client:
            sim.inject("create_task", status=429)
            task = await client.create_task(KLING, valid_input())
            sim.inject("record_info", status=500)
            assert (await task.wait()).succeeded
            sim.inject("create_task", drop=True)
            with pytest.raises(SubmissionUncertain):
                await client.create_task(KLING, valid_input())

    with KieSimulator() as sim:
        asyncio.run(scenario(sim))
        assert len(sim.tasks) == 2
