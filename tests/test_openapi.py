"""generated/openapi/openapi.json: a valid OpenAPI 3.1 document of every endpoint of api.yaml and
every model, whose schemas judge the fixtures as the models' own do, and from which another
generator makes a client that the simulator serves."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from conftest import ROOT, SPECS, fixture_cases, spec_data
from kie_client import MODELS
from kie_client.testing import KieSimulator

DOCUMENT = ROOT / "generated" / "openapi" / "openapi.json"
BASE = "urn:kie-openapi"  # where the document sits for the validators' references
CREATE_BODY = "#/components/schemas/CreateTaskBody"
FOREIGN = "kie_openapi"  # the package the foreign generator writes


@cache
def document() -> dict[str, Any]:
    return dict(json.loads(DOCUMENT.read_text(encoding="utf-8")))


@cache
def api_yaml() -> dict[str, Any]:
    return spec_data(SPECS / "api.yaml")


@cache
def registry() -> Registry[Any]:
    return Registry().with_resource(BASE, DRAFT202012.create_resource(document()))


def validator(pointer: str) -> Draft202012Validator:
    """A validator of the schema at `pointer` (`#/...`), reading the document's components."""
    return Draft202012Validator({"$ref": BASE + pointer}, registry=registry())


def mapping() -> dict[str, str]:
    """Model id -> its branch of createTask's body, as the discriminator names it."""
    create_body = document()["components"]["schemas"]["CreateTaskBody"]
    assert create_body["discriminator"]["propertyName"] == "model"
    return dict(create_body["discriminator"]["mapping"])


def schema_at(pointer: str) -> dict[str, Any]:
    node: Any = document()
    for part in pointer.removeprefix("#/").split("/"):
        node = node[part]
    return dict(node)


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def operations() -> Iterator[dict[str, Any]]:
    for item in document()["paths"].values():
        yield from item.values()


def test_the_document_is_valid_openapi_3_1() -> None:
    OpenAPIV31SpecValidator(document()).validate()


def test_every_model_is_one_branch_of_create_task() -> None:
    branches = [branch["$ref"] for branch in schema_at(CREATE_BODY)["oneOf"]]
    assert len(branches) == len(set(branches)) == len(MODELS)
    assert set(mapping()) == set(MODELS)
    assert set(mapping().values()) == set(branches)
    for model_id, pointer in mapping().items():
        branch = schema_at(pointer)
        assert branch["properties"]["model"]["const"] == model_id
        assert schema_at(branch["properties"]["input"]["$ref"])["x-kie-model"] == model_id


@pytest.mark.parametrize("model_id", sorted(MODELS))
def test_fixtures_are_judged_through_the_document(model_id: str) -> None:
    """Each valid fixture is a valid createTask body for its model; each invalid one is not."""
    body = validator(mapping()[model_id])
    cases = fixture_cases(model_id)
    for case in cases["valid"]:
        errors = list(body.iter_errors({"model": model_id, "input": case["input"]}))
        assert errors == [], case["name"]
    for case in cases["invalid"]:
        assert not body.is_valid({"model": model_id, "input": case["input"]}), case["name"]


def test_the_whole_body_takes_each_model_by_its_id() -> None:
    """The oneOf itself, as a validator that knows no discriminator reads it: each model's input
    is taken under the model's id, and under no unknown id."""
    whole = validator(CREATE_BODY)
    inputs = {model_id: fixture_cases(model_id)["valid"][0]["input"] for model_id in MODELS}
    for model_id, model_input in inputs.items():
        assert whole.is_valid({"model": model_id, "input": model_input}), model_id
    unknown = {"model": "unknown/" + model_id, "input": model_input}
    assert not whole.is_valid(unknown)


def test_the_examples_are_the_valid_docs_examples() -> None:
    create = document()["paths"][api_yaml()["endpoints"]["create_task"]["path"]]["post"]
    examples = create["requestBody"]["content"]["application/json"]["examples"].values()
    shown = [(e["value"]["model"], e["value"]["input"]) for e in examples]
    valid = [
        (model_id, case["input"])
        for model_id in sorted(MODELS)
        for case in fixture_cases(model_id)["valid"]
        if case["name"].startswith("example-")
    ]
    assert sorted(map(canonical, shown)) == sorted(map(canonical, valid))
    for model_id, example in shown:
        assert validator(mapping()[model_id]).is_valid({"model": model_id, "input": example})


def test_every_endpoint_is_there_with_its_method_and_host() -> None:
    api = api_yaml()
    for name, endpoint in api["endpoints"].items():
        operation = document()["paths"][endpoint["path"]][endpoint["method"].lower()]
        host = api["upload_base_url"] if endpoint.get("host") == "upload" else api["base_url"]
        servers = operation.get("servers", document()["servers"])
        assert [s["url"] for s in servers] == [host], name
    ids = [operation["operationId"] for operation in operations()]
    assert len(ids) == len(set(ids)) == len(api["endpoints"])
    assert document()["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert document()["security"] == [{"bearer": []}]


def statuses(operation: dict[str, Any]) -> set[str]:
    """What api.yaml says can answer the operation: every Kie code, and HTTP's own refusals but
    those about a body where it takes none."""
    http = api_yaml()["http_statuses"]
    body = "requestBody" in operation
    return {str(c) for c in api_yaml()["status_codes"]} | {
        str(c) for c, s in http.items() if body or not s.get("body_only")
    }


def test_every_answer_lists_the_status_codes_of_api_yaml_in_an_envelope() -> None:
    named = api_yaml()["status_codes"] | api_yaml()["http_statuses"]
    responses = document()["components"]["responses"]
    for operation in operations():
        assert set(operation["responses"]) == statuses(operation), operation["operationId"]
        success = operation["responses"]["200"]["content"]["application/json"]["schema"]
        assert {"code", "msg", "data"} <= set(success["properties"])
    for code, response in responses.items():
        example = response["content"]["application/json"]["example"]
        assert named[example["code"]]["name"] == code
        assert validator("#/components/schemas/ErrorEnvelope").is_valid(example)


def test_a_body_may_be_refused_413_or_415_only_where_one_is_taken() -> None:
    for operation in operations():
        refused = {"413", "415"} <= set(operation["responses"])
        assert refused == ("requestBody" in operation), operation["operationId"]


def test_every_405_names_the_allow_header() -> None:
    for operation in operations():
        allow = schema_at(operation["responses"]["405"]["$ref"])["headers"]["Allow"]
        assert allow["required"] is True, operation["operationId"]


def test_the_callback_is_a_webhook_of_the_task_record() -> None:
    """The webhook, which createTask also names as its callback on `callBackUrl`."""
    webhook = document()["webhooks"]["taskFinished"]
    create = document()["paths"][api_yaml()["endpoints"]["create_task"]["path"]]["post"]
    assert create["callbacks"]["taskFinished"] == {"{$request.body#/callBackUrl}": webhook}
    item = schema_at(webhook["$ref"])
    body = item["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["data"] == {"$ref": "#/components/schemas/TaskRecord"}
    headers = {p["name"] for p in item["post"]["parameters"]}
    callbacks = api_yaml()["callbacks"]
    assert headers == {callbacks["timestamp_header"], callbacks["signature_header"]}
    state = schema_at("#/components/schemas/TaskRecord")["properties"]["state"]
    assert state["enum"] == list(api_yaml()["task_states"])


@pytest.fixture
def foreign_client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The client openapi-python-client generates from the document, importable as FOREIGN; its
    warnings are errors, so no schema of the document may be left out."""
    tool = Path(sys.executable).with_name("openapi-python-client")
    assert tool.exists(), "openapi-python-client is in the dev extra: pip install -e '.[dev]'"
    command = [str(tool), "generate", "--path", str(DOCUMENT), "--output-path"]
    command += [str(tmp_path / FOREIGN), "--meta", "none", "--fail-on-warning"]
    path = f"{tool.parent}{os.pathsep}{os.environ.get('PATH', '')}"  # it formats with its ruff
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PATH": path})
    assert done.returncode == 0, done.stdout + done.stderr
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path / FOREIGN
    for name in [n for n in sys.modules if n == FOREIGN or n.startswith(FOREIGN + ".")]:
        del sys.modules[name]


def test_a_client_generated_from_the_document_creates_and_reads_a_task(
    foreign_client: Path, kie_simulator: KieSimulator
) -> None:
    model_id, example = next(
        (model_id, case["input"])
        for model_id in MODELS
        for case in fixture_cases(model_id)["valid"]
        if case["name"] == "example-docs"
    )
    client_module = importlib.import_module(f"{FOREIGN}.client")
    create_task = importlib.import_module(f"{FOREIGN}.api.default.create_task")
    record_info = importlib.import_module(f"{FOREIGN}.api.default.record_info")
    request_class = getattr(
        importlib.import_module(f"{FOREIGN}.models"), mapping()[model_id].rsplit("/", 1)[-1]
    )
    client = client_module.AuthenticatedClient(
        base_url=kie_simulator.base_url, token=kie_simulator.api_key
    )

    created = create_task.sync_detailed(
        client=client, body=request_class.from_dict({"model": model_id, "input": example})
    )
    assert created.status_code == 200, created.content
    task_id = created.parsed.data.task_id
    record = record_info.sync(client=client, task_id=task_id)

    assert (record.code, record.data.task_id, record.data.model) == (200, task_id, model_id)
    assert record.data.state.value in api_yaml()["task_states"]
    assert [task.input for task in kie_simulator.tasks] == [example]
