"""Faults a test can ask of the simulator: rate limit, error codes, slow and dropped answers."""

from __future__ import annotations

import time

import httpx
import pytest

from conftest import CREATE, RECORD, client_for, create, record
from kie_client.testing import KieSimulator, ManualClock, RateLimit


def test_429_after_20_creates_in_10_seconds_and_the_refused_are_not_queued() -> None:
    clock = ManualClock()
    with KieSimulator(clock=clock) as sim, client_for(sim) as client:
        codes = [create(client).status_code for _ in range(20)]
        clock.advance(4)
        refused = create(client)
        assert codes == [200] * 20
        assert refused.status_code == 429
        assert refused.headers["Retry-After"] == "6"  # the first create leaves the window then
        assert refused.json()["msg"] == (
            "Too many requests: the create limit was reached; this request was not queued."
        )
        assert len(sim.tasks) == 20
        clock.advance(6)  # the window slides past the first 20
        assert create(client).status_code == 200
        assert len(sim.tasks) == 21


@pytest.mark.kie_simulator(rate_limit=RateLimit(requests=2, window_seconds=60))
def test_rate_limit_is_configurable(api: httpx.Client, kie_simulator: KieSimulator) -> None:
    assert [create(api).status_code for _ in range(3)] == [200, 200, 429]
    kie_simulator.rate_limit = None
    assert create(api).status_code == 200


@pytest.mark.kie_simulator(rate_limit=RateLimit(requests=1, window_seconds=60))
def test_a_refused_create_is_answered_for_what_is_wrong_and_takes_no_slot(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    """The limit counts the tasks it lets in: a malformed, invalid or unpaid create takes no
    slot, and past the limit a bad one is still answered for what is wrong with it."""
    malformed = api.post(CREATE, content=b"{", headers={"Content-Type": "application/json"})
    invalid = create(api, input={})
    credits, kie_simulator.credits = kie_simulator.credits, 0
    unpaid = create(api)
    kie_simulator.credits = credits
    good, over = create(api), create(api)
    unknown = api.post(CREATE, json={"model": "nobody/none", "input": {}})
    after = [create(api, input={}).status_code, unknown.status_code]
    assert [malformed.status_code, invalid.status_code, unpaid.status_code] == [400, 422, 402]
    assert [good.status_code, over.status_code, *after] == [200, 429, 422, 404]
    assert len(kie_simulator.tasks) == 1


@pytest.mark.parametrize("status", [500, 455, 433, 505])
def test_injected_status_answers_once_without_doing_anything(
    api: httpx.Client, kie_simulator: KieSimulator, status: int
) -> None:
    kie_simulator.inject("create_task", status=status)
    failed = create(api)
    assert (failed.status_code, failed.json()["code"]) == (status, status)
    assert failed.json()["msg"] == f"Simulated {status} answer."
    assert kie_simulator.tasks == []
    assert create(api).status_code == 200  # only the next request was affected


def test_injected_read_faults_apply_the_given_number_of_times(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    task_id = create(api).json()["data"]["taskId"]
    kie_simulator.inject("record_info", status=500, times=2, message="database down")
    answers = [api.get(RECORD, params={"taskId": task_id}) for _ in range(3)]
    assert [a.status_code for a in answers] == [500, 500, 200]
    assert answers[0].json()["msg"] == "database down"


def test_faults_until_cleared(api: httpx.Client, kie_simulator: KieSimulator) -> None:
    kie_simulator.inject("credits", status=455, times=None)
    assert {api.get("/api/v1/chat/credit").status_code for _ in range(5)} == {455}
    kie_simulator.clear_faults()
    assert api.get("/api/v1/chat/credit").status_code == 200


def test_a_slow_answer_times_out_the_client_yet_the_task_exists(
    kie_simulator: KieSimulator,
) -> None:
    kie_simulator.inject("create_task", delay=1.0)
    with client_for(kie_simulator, timeout=0.2) as client, pytest.raises(httpx.ReadTimeout):
        create(client)
    assert len(kie_simulator.tasks) == 1


def test_a_slow_answer_arrives_late(api: httpx.Client, kie_simulator: KieSimulator) -> None:
    kie_simulator.inject("credits", delay=0.3)
    started = time.perf_counter()
    assert api.get("/api/v1/chat/credit").status_code == 200
    assert time.perf_counter() - started >= 0.3


def test_a_dropped_create_leaves_exactly_one_task_the_client_never_heard_of(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    kie_simulator.inject("create_task", drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        create(api)
    [task] = kie_simulator.tasks
    [received] = kie_simulator.requests
    assert (received.endpoint, received.dropped, received.status) == ("create_task", True, 200)
    assert record(api, task.id)["state"] == "success"  # it was created and ran


@pytest.mark.kie_simulator(errors_under_http_200=True)
def test_errors_can_come_as_http_200_with_the_code_in_the_envelope(api: httpx.Client) -> None:
    response = api.get(RECORD, params={"taskId": "nope"})
    assert response.status_code == 200
    assert response.json()["code"] == 404


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"status": 418}, "status 418 is not a Kie status code; use one of 200, 400,"),
        ({"status": 500, "drop": True}, "a fault either answers with a status or delays/drops"),
        ({"delay": -1}, "delay must be 0 or more seconds"),
        ({"status": 500, "times": 0}, "times must be 1 or more"),
    ],
)
def test_bad_fault_requests_say_what_is_wrong(
    kie_simulator: KieSimulator, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        kie_simulator.inject("create_task", **kwargs)  # type: ignore[arg-type]


def test_faults_name_a_known_endpoint(kie_simulator: KieSimulator) -> None:
    with pytest.raises(
        ValueError, match="unknown endpoint 'createTask'; faults apply to create_task,"
    ):
        kie_simulator.inject("createTask", status=500)
