"""Schemathesis against the simulator, driven by generated/openapi/openapi.json: every operation,
every check of its default set, from a fixed seed within a bounded number of examples. What the
simulator answers must be what the document says the API answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from jsonschema import Draft202012Validator
from schemathesis import Case, Response
from schemathesis.config import SchemathesisConfig

from conftest import ROOT, client_for, create, record
from kie_client.testing import DEFAULT_API_KEY, KieSimulator, ManualClock, Timing
from kie_client.testing._backend import JSON_LIMIT

DOCUMENT = ROOT / "generated" / "openapi" / "openapi.json"
CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 15,
        "generation": {
            "max-examples": 50,
            "deterministic": True,
            "database": "none",  # nothing written to .hypothesis
            "no-shrink": True,  # a failure is reported as found, so even a failing run is short
        },
        "auth": {"openapi": {"bearer": {"bearer": DEFAULT_API_KEY}}},
        # The coverage phase is not bounded by max-examples: from createTask's oneOf of every
        # model it derives some 19,000 cases, 40 s to build alone. createTask runs its examples
        # and fuzzing phases; what its coverage phase would probe there (methods the path does
        # not take, bodies of another content type) the tests below do, on every operation.
        "operations": [
            {"include-operation-id": "createTask", "phases": {"coverage": {"enabled": False}}}
        ],
    }
)
schema = schemathesis.openapi.from_path(DOCUMENT, config=CONFIG)
BODY_OPERATIONS = [op.label for result in schema.get_all_operations() if (op := result.ok()).body]


@pytest.fixture(scope="module")
def simulator() -> Iterator[KieSimulator]:
    """One simulator for the run. Its clock stands still, so the tasks the fuzzer creates never
    finish and no callback goes to the hosts it makes up. No create limit: the fuzzer creates
    hundreds of valid tasks in seconds, and past Kie's 20 in 10 s each would be answered 429
    (which the document allows), leaving the answer to a valid create unchecked; the limit has
    tests of its own. Credits enough that no valid create is refused 402."""
    with KieSimulator(
        api_key=DEFAULT_API_KEY,
        clock=ManualClock(),
        timing=Timing(generating=1),
        rate_limit=None,
        credits=10**9,
    ) as sim:
        yield sim


@pytest.fixture(scope="module")
def made(simulator: KieSimulator) -> dict[str, str]:
    """Values only the server's state makes valid, by name: a task it created (the one task that
    finishes) and its result file, which it links (`url`) and fetches (`fileUrl`, loopback only)."""
    with client_for(simulator) as client:
        task_id = create(client).json()["data"]["taskId"]
        simulator.advance(1)
        result = json.loads(record(client, task_id)["resultJson"])["resultUrls"][0]
    return {"taskId": task_id, "url": result, "fileUrl": result}


def with_made_values(case: Case, made: dict[str, str]) -> None:
    """A valid request names what exists: a taskId the server never issued is 404 and a URL of a
    file Kie did not make 422, as the document says. So a positive case takes the made values;
    negative ones keep what they were generated with."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    for values in (case.query, case.body):
        if isinstance(values, dict):
            values.update({name: made[name] for name in made.keys() & values.keys()})


@schema.parametrize()
def test_the_simulator_answers_as_the_document_says(
    case: Case, simulator: KieSimulator, made: dict[str, str]
) -> None:
    with_made_values(case, made)
    case.call_and_validate(base_url=simulator.base_url)  # one server for the api and upload hosts


def sent(simulator: KieSimulator, label: str, body: Any, media_type: str) -> Response:
    """The operation's answer to `body` sent as `media_type`, validated by every check."""
    method, path = label.split(" ", 1)
    case = schema[path][method].Case(body=body, media_type=media_type)
    key = {"Authorization": f"Bearer {simulator.api_key}"}  # configured auth is for generated cases
    return case.call_and_validate(base_url=simulator.base_url, headers=key)


@pytest.mark.parametrize("label", BODY_OPERATIONS)
def test_a_body_of_another_content_type_is_answered_415_as_the_document_says(
    simulator: KieSimulator, label: str
) -> None:
    assert sent(simulator, label, "not the body", "text/plain").status_code == 415


def test_a_body_over_the_limit_is_answered_413_as_the_document_says(
    simulator: KieSimulator,
) -> None:
    oversized = "x" * JSON_LIMIT  # a JSON string: its quotes take it over
    response = sent(simulator, "POST /api/v1/jobs/createTask", oversized, "application/json")
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("field", "value"),
    [
        *[("uploadPath", v) for v in ["a/b", "été", "...", "/a", "a/", "a//b", "a/../b", "."]],
        *[("uploadPath", v) for v in ["a\\b", "a\x07b", "a\x85b"]],
        *[("fileName", v) for v in ["x.png", "", None, "..", "a/b", "a\x00b"]],
        *[("base64Data", v) for v in ["AA==", "data:image/png;base64,AA==", "", "AAA", "A A="]],
    ],
)
def test_an_upload_field_is_taken_where_the_document_takes_it(
    simulator: KieSimulator, field: str, value: str | None
) -> None:
    operation = schema["/api/file-base64-upload"]["POST"]
    body = {"base64Data": "AA==", "uploadPath": "a", field: value}
    taken = Draft202012Validator(operation.body[0].definition["schema"]).is_valid(body)
    with client_for(simulator) as client:
        answer = client.post(operation.path, json=body)
    assert answer.status_code == (200 if taken else 400), answer.text


@pytest.mark.parametrize("method", ["TRACE", "PUT", "BREW"])
def test_a_method_a_path_does_not_take_is_405_naming_the_one_it_takes(
    simulator: KieSimulator, method: str
) -> None:
    with client_for(simulator) as client:
        for result in schema.get_all_operations():
            operation = result.ok()
            response = client.request(method, operation.path)
            assert response.status_code == 405, operation.label
            assert response.headers["Allow"] == operation.method.upper(), operation.label
