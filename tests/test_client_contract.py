"""The client's validator, the generated JSON Schema and the simulator agree on every fixture of
every model: all accept the valid ones; all refuse the invalid ones, naming the tagged field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from test_fixtures import package_json

from conftest import client_for, fixture_cases, kie_client
from generator.jsonschema_out import URL_PATTERN
from kie_client import MODELS, KieClient, ValidationError, spec_of
from kie_client._schema_check import check
from kie_client._validate import URL_PATTERN as CLIENT_URL_PATTERN
from kie_client._validate import check_input
from kie_client.testing import KieSimulator


@pytest.fixture(scope="module")
def shared() -> Iterator[tuple[KieSimulator, KieClient]]:
    with KieSimulator(rate_limit=None, credits=10**9) as sim, kie_client(sim) as client:
        yield sim, client


def test_client_and_schema_mean_the_same_url() -> None:
    assert CLIENT_URL_PATTERN == URL_PATTERN


def refused_by_simulator(raw: httpx.Client, model: str, input: dict[str, Any]) -> set[Any]:
    """Sent straight to the simulator, past the client's checks: the (field, rule) pairs its 422
    names, each field also named in its message."""
    answer = raw.post("/api/v1/jobs/createTask", json={"model": model, "input": input})
    assert answer.status_code in (200, 422), answer.text
    body = answer.json()
    refused = (
        {(e["field"], e["rule"]) for e in body["data"].get("errors", [])} if body["data"] else set()
    )
    assert all(f"{field}: " in body["msg"] for field, _ in refused), body["msg"]
    return refused


@pytest.mark.parametrize("model", sorted(MODELS))
def test_client_schema_and_simulator_agree(
    shared: tuple[KieSimulator, KieClient], model: str
) -> None:
    """On every fixture of the model, one model a test so that a failure names it."""
    sim, client = shared
    schema = package_json("schemas", MODELS[model].module)
    fixtures = fixture_cases(model)
    with client_for(sim) as raw:
        for kind in ("valid", "invalid"):
            for case in fixtures[kind]:
                agree(sim, client, raw, schema, model, kind, case)


def agree(
    sim: KieSimulator,
    client: KieClient,
    raw: httpx.Client,
    schema: dict[str, Any],
    model: str,
    kind: str,
    case: dict[str, Any],
) -> None:
    by_schema = {v.field for v in check(schema, case["input"])}
    by_validator = {p.field for p in check_input(spec_of(model), case["input"])}
    by_simulator = refused_by_simulator(raw, model, case["input"])
    requests_before = len(sim.requests)
    if kind == "valid":
        assert by_schema == by_validator == by_simulator == set(), case["name"]
        task = client.create_task(model, case["input"])
        assert task.refresh().param["input"] == case["input"], case["name"]
    else:
        assert case["field"] in by_schema & by_validator, case["name"]
        assert (case["field"], case["rule"]) in by_simulator, case["name"]
        with pytest.raises(ValidationError) as refused:
            client.create_task(model, case["input"])
        assert case["field"] in {p.field for p in refused.value.problems}, case["name"]
        assert len(sim.requests) == requests_before  # refused before anything was sent
