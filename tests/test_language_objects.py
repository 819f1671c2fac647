"""The spec language's objects in lists, lists of lists, patterns, media and one_of rules, end to
end: spec -> frozen model -> validator, JSON Schema, fixtures, Python types, descriptions, CLI flags.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import kie_client._spec
from conftest import problems_in, write_tree
from generator.fixtures import model_fixtures
from generator.jsonschema_out import model_schema
from generator.pipeline import generate, load_project
from generator.render import literal, py_type
from generator.spec import ModelSpec
from kie_client._describe import describe_field
from kie_client._schema_check import check
from kie_client._validate import check_input
from kie_client.cli._flags import add_model_flags, model_values

FILE = "specs/models/acme/elements.yaml"
ELEMENTS = """\
model: acme/elements
title: Acme Elements
kind: image-to-video
output: video
input:
  prompt:
    type: string
    pattern: "^[a-z]+ [a-z]+$"
  image_url:
    type: url
    media: image
    accept: [image/png]
    pattern: "\\\\.png$"
  task_id:
    type: string
    min_length: 3
  elements:
    type: array
    max_items: 3
    default: []
    items:
      type: object
      fields:
        name: {type: string, required: true, min_length: 1, max_length: 20}
        element_input_urls:
          type: array
          required: true
          min_items: 1
          max_items: 4
          items: {type: url, media: image, pattern: "^(https?|oss)://"}
        start_time: {type: integer, min: 0, default: 0}
  bbox_list:
    type: array
    max_items: 2
    items: {type: array, min_items: 4, max_items: 4, items: {type: integer, min: 0, max: 100}}
rules:
  - one_of: [image_url, task_id]
"""


def with_input(extra: str) -> str:
    """The elements spec with more inputs."""
    return ELEMENTS.replace("rules:\n", extra + "rules:\n")


ELEMENT = {"name": "a", "element_input_urls": ["https://example.com/a.png"]}


def load(tmp_path: Path, text: str = ELEMENTS) -> ModelSpec:
    [model] = load_project(write_tree(tmp_path, {"acme/elements.yaml": text})).models
    return model


def runtime_spec(model: ModelSpec) -> Any:
    """The model's SPEC as a generated module holds it."""
    return eval(literal(model), vars(kie_client._spec))


@pytest.fixture
def model(tmp_path: Path) -> ModelSpec:
    return load(tmp_path)


def verdicts(model: ModelSpec, values: dict[str, Any]) -> tuple[set[Any], set[Any]]:
    """(field, rule) pairs the client's validator and the JSON Schema find."""
    by_validator = {(p.field, p.rule) for p in check_input(runtime_spec(model), values)}
    by_schema = {(v.field, v.rule) for v in check(model_schema(model), values)}
    return by_validator, by_schema


# -- the frozen model ---------------------------------------------------------------------------


def test_objects_lists_patterns_and_media_are_built(model: ModelSpec) -> None:
    item = model.field("elements").items
    assert item is not None and item.type == "object"
    assert [f.name for f in item.fields] == ["name", "element_input_urls", "start_time"]
    urls = item.fields[1].items
    assert urls is not None and (urls.media, urls.pattern) == ("image", "^(https?|oss)://")
    assert model.field("image_url").pattern == r"\.png$"
    inner = model.field("bbox_list").items
    assert inner is not None and inner.items is not None and inner.items.maximum == 100
    assert [(r.kind, r.fields) for r in model.rules] == [("one_of", ("image_url", "task_id"))]


def test_the_runtime_spec_keeps_every_addition(model: ModelSpec) -> None:
    spec = runtime_spec(model)
    elements = next(f for f in spec.fields if f.name == "elements")
    assert elements.items.fields[1].items.media == "image"
    assert elements.items.fields[0].required


# -- validator and JSON Schema ------------------------------------------------------------------


def test_every_fixture_is_judged_alike_by_validator_and_schema(model: ModelSpec) -> None:
    fixtures = model_fixtures(model)
    for case in fixtures["valid"]:
        assert verdicts(model, case["input"]) == (set(), set()), case["name"]
    for case in fixtures["invalid"]:
        by_validator, by_schema = verdicts(model, case["input"])
        assert by_validator == by_schema, case["name"]
        assert (case["field"], case["rule"]) in by_validator, case["name"]


def test_problems_inside_objects_name_the_item_and_key(model: ModelSpec) -> None:
    values = {
        "task_id": "abc",
        "elements": [ELEMENT, {"name": "", "element_input_urls": ["ftp://x"], "extra": 1}],
    }
    expected = {
        ("elements[1].name", "min_length"),
        ("elements[1].element_input_urls", "url"),
        ("elements[1].element_input_urls", "pattern"),
        ("elements[1].extra", "unknown"),
    }
    assert verdicts(model, values) == (expected, expected)
    missing = {"task_id": "abc", "elements": [{"name": "a"}]}
    assert verdicts(model, missing)[0] == {("elements[0].element_input_urls", "required")}


def test_lists_of_lists_are_checked_item_by_item(model: ModelSpec) -> None:
    values = {"task_id": "abc", "bbox_list": [[0, 0, 0, 0], [1, 2, 3, 101]]}
    assert verdicts(model, values) == ({("bbox_list", "max")}, {("bbox_list", "max")})
    short = {"task_id": "abc", "bbox_list": [[0, 0, 0]]}
    assert verdicts(model, short)[0] == {("bbox_list", "min_items")}


def test_pattern_on_strings_and_urls(model: ModelSpec) -> None:
    assert verdicts(model, {"task_id": "abc", "prompt": "two words"}) == (set(), set())
    assert verdicts(model, {"task_id": "abc", "prompt": "one"})[0] == {("prompt", "pattern")}
    found = verdicts(model, {"image_url": "https://example.com/a.jpg"})
    assert found == ({("image_url", "pattern")}, {("image_url", "pattern")})


@pytest.mark.parametrize(
    ("given", "field"),
    [((), "a"), (("a", "b"), "b"), (("a", "c"), "c"), (("b", "c"), "c"), (("a", "b", "c"), "b")],
)
def test_one_of_names_the_first_field_or_the_second_given(
    tmp_path: Path, given: tuple[str, ...], field: str
) -> None:
    text = """\
    model: acme/elements
    title: T
    kind: text-to-image
    output: image
    input:
      a: {type: string}
      b: {type: string}
      c: {type: string}
    rules:
      - {one_of: [a, b, c], message: Give exactly one.}
    """
    model = load(tmp_path, text)
    expected = {(field, "one_of")}
    assert verdicts(model, {name: "x" for name in given}) == (expected, expected)
    assert verdicts(model, {"b": "x"}) == (set(), set())


def test_json_schema_of_objects_patterns_and_one_of(model: ModelSpec) -> None:
    schema = model_schema(model)
    Draft202012Validator.check_schema(schema)
    item = schema["properties"]["elements"]["items"]
    assert item["type"] == "object" and item["additionalProperties"] is False
    assert item["required"] == ["name", "element_input_urls"]
    assert item["properties"]["element_input_urls"]["items"]["x-kie-media"] == "image"
    assert schema["properties"]["prompt"]["pattern"] == "^[a-z]+ [a-z]+$"
    assert schema["properties"]["image_url"]["allOf"] == [{"pattern": r"\.png$"}]
    rules = schema["allOf"]
    assert {r["x-kie-rule"] for r in rules} == {"one_of"}
    assert {r["x-kie-field"] for r in rules} == {"image_url", "task_id"}


# -- fixtures -----------------------------------------------------------------------------------


def test_fixtures_build_objects_from_their_sub_fields(model: ModelSpec) -> None:
    fixtures = model_fixtures(model)
    valid = {c["name"]: c["input"] for c in fixtures["valid"]}
    assert valid["minimal"] == {"image_url": "https://example.com/image_url.png"}
    assert valid["elements[0].full"]["elements"][0]["start_time"] == 0
    assert len(valid["elements[0].name.max_length"]["elements"][0]["name"]) == 20
    assert valid["bbox_list.items.max_items"]["bbox_list"] == [[0, 0, 0, 0]]
    tags = {(c["field"], c["rule"]) for c in fixtures["invalid"]}
    assert {
        ("elements[0].name", "required"),
        ("elements[0].name", "max_length"),
        ("elements[0].element_input_urls", "pattern"),
        ("elements[0].unknown_field", "unknown"),
        ("bbox_list", "max"),
        ("prompt", "pattern"),
        ("image_url", "one_of"),
        ("task_id", "one_of"),
    } <= tags


def test_a_pattern_without_example_gets_a_matching_sample(tmp_path: Path) -> None:
    text = ELEMENTS.replace('pattern: "^[a-z]+ [a-z]+$"', 'pattern: "^v[0-9]{2}(-[a-f]+)?$"')
    fixtures = model_fixtures(load(tmp_path, text))
    full = next(c["input"] for c in fixtures["valid"] if c["name"] == "full")
    assert full["prompt"] == "v00"


# -- Python types, descriptions and CLI flags ---------------------------------------------------


def test_python_types_of_objects_and_nested_lists(model: ModelSpec) -> None:
    assert py_type(model.field("elements")) == "Sequence[Mapping[str, object]] | None"
    assert py_type(model.field("bbox_list")) == "Sequence[Sequence[int]] | None"


def test_descriptions_list_sub_fields_patterns_and_media(model: ModelSpec) -> None:
    elements = describe_field(model.field("elements"))
    assert "Each item is an object of:" in elements
    assert any(line.startswith("- name: name Required. 1 to 20 characters.") for line in elements)
    urls = next(line for line in elements if line.startswith("- element_input_urls"))
    assert "Each item: Must match: ^(https?|oss)://" in urls and "Points at: image." in urls
    assert "uploaded" not in urls  # a URL inside an object is sent as it is
    image = describe_field(model.field("image_url"))
    assert "Points at: image." in image and r"Must match: \.png$" in image
    assert "Each item is a list: Exactly 4 items. Each item: From 0 to 100." in describe_field(
        model.field("bbox_list")
    )


def parse_flags(model: ModelSpec, *argv: str) -> dict[str, Any]:
    spec = runtime_spec(model)
    parser = argparse.ArgumentParser(exit_on_error=False)
    add_model_flags(parser, spec)
    return model_values(spec, parser.parse_args(argv))


def test_lists_of_objects_and_of_lists_take_json_flags(model: ModelSpec) -> None:
    values = parse_flags(
        model,
        "--task-id",
        "abc",
        "--elements",
        '[{"name": "a", "element_input_urls": ["https://example.com/a.png"]}]',
        "--bbox-list",
        "[[1, 2, 3, 4]]",
    )
    assert values == {"task_id": "abc", "elements": [ELEMENT], "bbox_list": [[1, 2, 3, 4]]}
    assert verdicts(model, values) == (set(), set())


@pytest.mark.parametrize(
    ("text", "said"), [("[{", "not valid JSON"), ('{"name": "a"}', "expected a JSON list")]
)
def test_bad_json_flag_is_an_argparse_error(
    model: ModelSpec, capsys: pytest.CaptureFixture[str], text: str, said: str
) -> None:
    spec = runtime_spec(model)
    parser = argparse.ArgumentParser()
    add_model_flags(parser, spec)
    with pytest.raises(SystemExit):
        parser.parse_args(["--elements", text])
    assert f"argument --elements: {said}" in capsys.readouterr().err


# -- bad specs ----------------------------------------------------------------------------------


def only_problem(tmp_path: Path, text: str) -> str:
    found = problems_in(write_tree(tmp_path, {"acme/elements.yaml": text}))
    assert len(found) == 1, found
    return found[0]


def test_the_elements_spec_is_valid(tmp_path: Path) -> None:
    assert problems_in(write_tree(tmp_path, {"acme/elements.yaml": ELEMENTS})) == []


def test_pattern_that_does_not_compile(tmp_path: Path) -> None:
    text = ELEMENTS.replace('"^[a-z]+ [a-z]+$"', '"^[a-z+$"')
    assert only_problem(tmp_path, text).startswith(
        f"{FILE}:8:14: input.prompt.pattern: pattern is not a regular expression: "
    )


def test_pattern_longer_than_500_characters(tmp_path: Path) -> None:
    text = ELEMENTS.replace('"^[a-z]+ [a-z]+$"', '"' + "a" * 501 + '"')
    assert only_problem(tmp_path, text) == (
        f"{FILE}:8:14: input.prompt.pattern: pattern has 501 characters; at most 500 are allowed; "
        "shorten the regular expression"
    )


def test_accept_must_agree_with_media(tmp_path: Path) -> None:
    text = ELEMENTS.replace("accept: [image/png]", "accept: [image/png, application/octet-stream]")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:12:25: input.image_url.accept[1]: accept lists 'application/octet-stream', "
        "which is not image/*; list only image/* types, or correct media"
    )


def test_unknown_media(tmp_path: Path) -> None:
    text = ELEMENTS.replace("media: image\n    accept", "media: imag\n    accept")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:11:12: input.image_url.media: 'imag' is not allowed here; did you mean 'image'?"
    )


def test_object_only_as_array_items(tmp_path: Path) -> None:
    text = with_input("  settings:\n    type: object\n    fields: {a: {type: string}}\n")
    line = only_problem(tmp_path, text)
    assert line.startswith(f"{FILE}:37:11: input.settings.type: 'object' is not allowed here"), line


def test_nesting_deeper_than_four(tmp_path: Path) -> None:
    deep = "{type: array, items: " * 4 + "{type: integer}" + "}" * 4
    text = with_input(f"  deep:\n    type: array\n    items: {deep}\n")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:38:96: input.deep.items.items.items.items.items: items and fields nest more than 4 "
        "deep; flatten the structure, or describe the innermost part in the description"
    )


def test_items_of_items_cannot_have_defaults(tmp_path: Path) -> None:
    text = ELEMENTS.replace(
        "items: {type: integer, min: 0", "items: {type: integer, default: 1, min: 0"
    )
    assert "'default' is not allowed in array items" in only_problem(tmp_path, text)


def test_sub_field_default_must_obey_its_limits(tmp_path: Path) -> None:
    text = ELEMENTS.replace(
        "{type: integer, min: 0, default: 0}", "{type: integer, min: 0, default: -1}"
    )
    assert only_problem(tmp_path, text) == (
        f"{FILE}:31:54: input.elements.items.fields.start_time.default: default -1 is below the "
        "minimum 0; make the default fit the field's limits"
    )


def test_array_default_must_obey_its_object_items(tmp_path: Path) -> None:
    text = ELEMENTS.replace("default: []", 'default: [{name: ""}]')
    assert problems_in(write_tree(tmp_path, {"acme/elements.yaml": text})) == [
        f"{FILE}:20:14: input.elements.default: default at [0].element_input_urls is required; "
        "make the default fit the field's limits",
        f"{FILE}:20:14: input.elements.default: default at [0].name has 0 characters; "
        "at least 1 are needed; make the default fit the field's limits",
    ]


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("min_length: 3", "min_length: 1000001", "16:17: input.task_id.min_length"),
        ("max_items: 3", "max_items: 10001", "19:16: input.elements.max_items"),
        (
            "min: 0, max: 100",
            "min: 0, max: 1000000000000001",
            "35:90: input.bbox_list.items.items.max",
        ),
    ],
)
def test_huge_limits_are_refused(tmp_path: Path, old: str, new: str, where: str) -> None:
    line = only_problem(tmp_path, ELEMENTS.replace(old, new))
    assert line.startswith(f"{FILE}:{where}: "), line
    assert "greater than the maximum" in line


def test_enum_with_more_than_1000_values(tmp_path: Path) -> None:
    values = ", ".join(f'"v{n}": v{n}' for n in range(1001))
    text = with_input(f"  many:\n    type: enum\n    values: {{{values}}}\n")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:38:13: input.many.values: has 1001 entries; at most 1000 are allowed; "
        "keep within the cap"
    )


def test_one_of_with_a_required_field(tmp_path: Path) -> None:
    text = ELEMENTS.replace(
        "  task_id:\n    type: string\n", "  task_id:\n    type: string\n    required: true\n"
    )
    assert only_problem(tmp_path, text) == (
        f"{FILE}:38:13: rules[0].one_of: 'task_id' is required, so the others could never be "
        "given; make every field of an one_of rule optional"
    )


def test_one_of_naming_an_unknown_field(tmp_path: Path) -> None:
    text = ELEMENTS.replace("one_of: [image_url, task_id]", "one_of: [image_url, taskid]")
    assert only_problem(tmp_path, text) == (
        f"{FILE}:37:13: rules[0].one_of: rule names unknown field 'taskid'; did you mean 'task_id'?"
    )


# -- every output kind, and the simulator, in a package generated from these specs ---------------

RUN = """
import json, sys, tempfile
from importlib import resources
import httpx
from kie_client import MODELS, KieClient
from kie_client.testing import KieSimulator

report = {}
with KieSimulator(rate_limit=None) as sim:
    client = KieClient(sim.api_key, base_url=sim.base_url, upload_base_url=sim.base_url)
    headers = {"Authorization": f"Bearer {sim.api_key}"}
    for model, entry in sorted(MODELS.items()):
        path = resources.files("kie_client").joinpath("fixtures", f"{entry.module}.json")
        fixtures = json.loads(path.read_text("utf-8"))
        refused = []
        for case in fixtures["invalid"]:
            body = {"model": model, "input": case["input"]}
            answer = httpx.post(f"{sim.base_url}/api/v1/jobs/createTask", json=body, headers=headers)
            errors = answer.json()["data"].get("errors", [])
            refused.append([case["field"], case["rule"], [[e["field"], e["rule"]] for e in errors]])
        task = client.create_task(model, fixtures["valid"][0]["input"])
        record = task.wait()
        files = task.download(tempfile.mkdtemp())
        report[model] = {
            "state": record.state.value,
            "result": record.result,
            "suffixes": [p.suffix for p in files],
            "refused": refused,
        }
    client.close()
print(json.dumps(report))
"""


def tiny(model_id: str, output: str) -> str:
    return f"model: {model_id}\ntitle: T\nkind: text-to-{output}\noutput: {output}\n" + (
        "input:\n  prompt: {type: string, required: true, pattern: '^[a-z]+$'}\n"
    )


def test_image_audio_and_text_models_work_end_to_end(tmp_path: Path) -> None:
    specs = write_tree(
        tmp_path,
        {
            "acme/elements.yaml": ELEMENTS,
            **{
                f"acme/{kind}.yaml": tiny(f"acme/{kind}", kind)
                for kind in ("image", "audio", "text")
            },
        },
    )
    generate(specs, tmp_path / "out", cache_dir=None)
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "out" / "python")}
    done = subprocess.run(
        [sys.executable, "-c", RUN], capture_output=True, text=True, env=env, check=True
    )
    report = json.loads(done.stdout)
    assert {model: r["state"] for model, r in report.items()} == dict.fromkeys(report, "success")
    assert report["acme/image"]["suffixes"] == [".png"]
    assert report["acme/audio"]["suffixes"] == [".wav"]
    assert report["acme/elements"]["suffixes"] == [".mp4"]
    assert report["acme/text"]["result"]["resultObject"]["text"]
    for model, r in report.items():
        for field, rule, errors in r["refused"]:  # the simulator names what each fixture breaks
            assert [field, rule] in errors, (model, field, rule, errors)
