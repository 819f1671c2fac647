"""The simulator's task endpoints over real HTTP: auth, checks on create, states, records, results."""

from __future__ import annotations

import json

import httpx
import pytest

from conftest import CREATE, KLING, RECORD, client_for, create, record, valid_input
from kie_client.testing import Failure, KieSimulator, ManualClock, Timing

DOCUMENTED_FIELDS = {
    "taskId",
    "model",
    "state",
    "param",
    "resultJson",
    "failCode",
    "failMsg",
    "costTime",
    "completeTime",
    "createTime",
    "updateTime",
    "consumeCredits",
    "remainedCredits",
}


@pytest.mark.parametrize(
    "authorization", [None, "", "Bearer", "Bearer wrong-key", "Basic a2V5", "kie-simulator-key"]
)
def test_create_without_the_right_bearer_key_is_401(
    kie_simulator: KieSimulator, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    with httpx.Client(base_url=kie_simulator.base_url, headers=headers) as client:
        response = create(client)
    assert response.status_code == 401
    assert response.json() == {
        "code": 401,
        "msg": "You do not have access permissions",
        "data": None,
    }
    assert kie_simulator.tasks == []


@pytest.mark.kie_simulator(api_key=None)
def test_any_bearer_key_is_accepted_when_none_is_configured(kie_simulator: KieSimulator) -> None:
    with httpx.Client(
        base_url=kie_simulator.base_url, headers={"Authorization": "Bearer anything"}
    ) as client:
        assert create(client).json()["code"] == 200


def test_create_returns_a_task_id_and_records_the_task(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    response = create(api, callBackUrl="https://example.com/hook")
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == 200 and body["msg"] == "success"
    task_id = body["data"]["taskId"]
    assert isinstance(task_id, str) and len(task_id) == 32
    [task] = kie_simulator.tasks
    assert (task.id, task.model, task.input) == (task_id, KLING, valid_input())
    assert task.callback_url == "https://example.com/hook"


def test_unknown_model_is_404_with_a_suggestion(api: httpx.Client) -> None:
    response = api.post(CREATE, json={"model": "kling-2.6/image-to-vide", "input": {}})
    assert response.status_code == 404
    assert response.json()["msg"] == (
        "Model 'kling-2.6/image-to-vide' is not supported. Did you mean kling-2.6/image-to-video?"
    )


def test_invalid_input_is_422_naming_every_field_and_rule(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    bad = {**valid_input(), "prompt": "x" * 1001, "duration": "7", "aspectRatio": "16:9"}
    response = api.post(CREATE, json={"model": KLING, "input": bad})
    assert response.status_code == 422
    errors = response.json()["data"]["errors"]
    assert [(e["field"], e["rule"]) for e in errors] == [
        ("aspectRatio", "unknown"),
        ("duration", "enum"),
        ("prompt", "max_length"),
    ]
    assert "prompt: has 1001 characters; at most 1000 are allowed" in response.json()["msg"]
    assert kie_simulator.tasks == []


@pytest.mark.parametrize("url", ["ftp://example.com/hook", "not a url", "https://", 42])
def test_callback_url_must_be_http(api: httpx.Client, url: object) -> None:
    response = create(api, callBackUrl=url)
    assert response.status_code == 422
    assert response.json()["data"]["errors"] == [
        {"field": "callBackUrl", "rule": "url", "message": "must be an http(s) URL"}
    ]


def test_a_task_moves_through_every_state_on_the_clock() -> None:
    clock = ManualClock()
    timing = Timing(waiting=1, queuing=2, generating=3)
    with KieSimulator(clock=clock, timing=timing) as sim, client_for(sim) as client:
        task_id = create(client).json()["data"]["taskId"]
        seen = []
        for _ in range(7):
            data = record(client, task_id)
            seen.append((data["state"], data["updateTime"] - data["createTime"]))
            sim.advance(1)
    assert seen == [
        ("waiting", 0),
        ("queuing", 1000),
        ("queuing", 1000),
        ("generating", 3000),
        ("generating", 3000),
        ("generating", 3000),
        ("success", 6000),
    ]


def test_a_pending_task_reports_no_result_or_times_yet() -> None:
    with (
        KieSimulator(clock=ManualClock(), timing=Timing(generating=5)) as sim,
        client_for(sim) as client,
    ):
        data = record(client, create(client).json()["data"]["taskId"])
    assert data["state"] == "generating"
    assert (data["resultJson"], data["failCode"], data["failMsg"]) == ("", "", "")
    assert data["costTime"] is None and data["completeTime"] is None


def test_success_record_has_every_documented_field(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    request = {"model": KLING, "callBackUrl": "http://127.0.0.1:9/x", "input": valid_input()}
    task_id = api.post(CREATE, json=request).json()["data"]["taskId"]
    data = record(api, task_id)
    assert set(data) == DOCUMENTED_FIELDS
    assert (data["taskId"], data["model"], data["state"]) == (task_id, KLING, "success")
    assert json.loads(data["param"]) == request
    assert (data["failCode"], data["failMsg"]) == ("", "")
    assert data["consumeCredits"] == 10 and data["remainedCredits"] == 10_000 - 10
    assert data["createTime"] <= data["completeTime"] and data["costTime"] >= 0
    assert isinstance(data["createTime"], int) and data["createTime"] > 1_700_000_000_000
    [url] = json.loads(data["resultJson"])["resultUrls"]
    assert url.startswith(kie_simulator.base_url + "/files/results/")


def test_result_file_is_served_with_the_content_type_of_the_output(api: httpx.Client) -> None:
    data = record(api, create(api).json()["data"]["taskId"])
    [url] = json.loads(data["resultJson"])["resultUrls"]
    response = httpx.get(url)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "video/mp4"
    assert response.content[4:8] == b"ftyp"  # an MP4 box header
    assert url.endswith(".mp4")


@pytest.mark.kie_simulator(failure_rate=1.0, failure=Failure("500", "GPU on fire"))
def test_failed_task_reports_its_code_and_gives_its_credits_back(api: httpx.Client) -> None:
    data = record(api, create(api).json()["data"]["taskId"])
    assert data["state"] == "fail"
    assert (data["failCode"], data["failMsg"], data["resultJson"]) == ("500", "GPU on fire", "")
    assert data["consumeCredits"] == 0 and data["remainedCredits"] == 10_000
    assert api.get("/api/v1/chat/credit").json()["data"] == 10_000


def test_failure_rate_fails_that_share_of_tasks_reproducibly() -> None:
    def failed(seed: int) -> list[bool]:
        with (
            KieSimulator(failure_rate=0.3, seed=seed, rate_limit=None) as sim,
            client_for(sim) as client,
        ):
            for _ in range(200):
                create(client)
            return [task.fails for task in sim.tasks]

    first = failed(seed=7)
    assert first == failed(seed=7)
    assert 40 <= sum(first) <= 80  # 30% of 200, within chance


def test_record_info_needs_a_known_task_id(api: httpx.Client) -> None:
    missing = api.get(RECORD)
    assert (missing.status_code, missing.json()["code"]) == (400, 400)
    assert "taskId is required" in missing.json()["msg"]
    unknown = api.get(RECORD, params={"taskId": "nope"})
    assert (unknown.status_code, unknown.json()["msg"]) == (404, "No task with taskId 'nope'.")


def test_result_of_an_unfinished_task_is_not_served() -> None:
    with (
        KieSimulator(clock=ManualClock(), timing=Timing(generating=5)) as sim,
        client_for(sim) as client,
    ):
        task_id = create(client).json()["data"]["taskId"]
        url = f"{sim.base_url}/files/results/{task_id}/0.mp4"
        assert httpx.get(url).status_code == 404
        sim.advance(5)
        assert httpx.get(url).status_code == 200
        sim.advance(86_400)  # results expire after 24 hours
        assert httpx.get(url).status_code == 404
