"""The client's validator, the generated JSON Schema and the simulator agree on every fixture of
every model: all accept the valid ones; all refuse the invalid ones, naming the tagged field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from test_fixtures import package_json

from conftest import fixture_cases, kie_client
from generator.jsonschema_out import URL_PATTERN
from kie_client import MODELS, KieClient, ValidationError, spec_of
from kie_client._schema_check import check
from kie_client._validate import URL_PATTERN as CLIENT_URL_PATTERN
from kie_client._validate import check_input
from kie_client.testing import KieSimulator


def cases() -> list[Any]:
    return [
        pytest.param(model, kind, case, id=f"{model}:{kind}:{case['name']}")
        for model in sorted(MODELS)
        for kind in ("valid", "invalid")
        for case in fixture_cases(model)[kind]
    ]


@pytest.fixture(scope="module")
def shared() -> Iterator[tuple[KieSimulator, KieClient]]:
    with KieSimulator(rate_limit=None, credits=10**9) as sim, kie_client(sim) as client:
        yield sim, client


def test_client_and_schema_mean_the_same_url() -> None:
    assert CLIENT_URL_PATTERN == URL_PATTERN


def fields_refused_by_simulator(sim: KieSimulator, model: str, input: dict[str, Any]) -> set[str]:
    """Sent straight to the simulator, past the client's checks: the fields its 422 names."""
    headers = {"Authorization": f"Bearer {sim.api_key}"}
    body = {"model": model, "input": input}
    answer = httpx.post(f"{sim.base_url}/api/v1/jobs/createTask", json=body, headers=headers)
    assert answer.status_code in (200, 422), answer.text
    return {e["field"] for e in answer.json()["data"].get("errors", [])}


@pytest.mark.parametrize(("model", "kind", "case"), cases())
def test_client_schema_and_simulator_agree(
    shared: tuple[KieSimulator, KieClient], model: str, kind: str, case: dict[str, Any]
) -> None:
    sim, client = shared
    schema = package_json("schemas", MODELS[model].module)
    by_schema = {v.field for v in check(schema, case["input"])}
    by_validator = {p.field for p in check_input(spec_of(model), case["input"])}
    by_simulator = fields_refused_by_simulator(sim, model, case["input"])
    requests_before = len(sim.requests)
    if kind == "valid":
        assert by_schema == by_validator == by_simulator == set()
        task = client.create_task(model, case["input"])
        assert task.refresh().param["input"] == case["input"]
    else:
        assert case["field"] in by_schema & by_validator & by_simulator
        with pytest.raises(ValidationError) as refused:
            client.create_task(model, case["input"])
        assert case["field"] in {p.field for p in refused.value.problems}
        assert len(sim.requests) == requests_before  # refused before anything was sent
