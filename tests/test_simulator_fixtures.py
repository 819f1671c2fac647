"""Every fixture of every model, submitted to the simulator, is accepted or refused exactly as tagged."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from conftest import CREATE, client_for, fixture_cases
from kie_client import MODELS
from kie_client.testing import KieSimulator


def cases(kind: str) -> list[Any]:
    return [
        pytest.param(model, case, id=f"{model}:{case['name']}")
        for model in sorted(MODELS)
        for case in fixture_cases(model)[kind]
    ]


@pytest.fixture(scope="module")
def shared_api() -> Iterator[httpx.Client]:
    with KieSimulator(rate_limit=None, credits=10**9) as sim, client_for(sim) as client:
        yield client


@pytest.mark.parametrize(("model", "case"), cases("valid"))
def test_valid_fixture_creates_a_task(
    shared_api: httpx.Client, model: str, case: dict[str, Any]
) -> None:
    response = shared_api.post(CREATE, json={"model": model, "input": case["input"]})
    assert (response.status_code, response.json()["code"]) == (200, 200), response.text
    assert response.json()["data"]["taskId"]


@pytest.mark.parametrize(("model", "case"), cases("invalid"))
def test_invalid_fixture_is_refused_for_its_tag(
    shared_api: httpx.Client, model: str, case: dict[str, Any]
) -> None:
    response = shared_api.post(CREATE, json={"model": model, "input": case["input"]})
    assert (response.status_code, response.json()["code"]) == (422, 422), response.text
    errors = response.json()["data"]["errors"]
    assert {"field": case["field"], "rule": case["rule"]} in [
        {"field": e["field"], "rule": e["rule"]} for e in errors
    ]
    assert f"{case['field']}: " in response.json()["msg"]
