"""Every fixture of every model is judged by the model's generated JSON Schema exactly as tagged."""

from __future__ import annotations

import json
import textwrap
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from conftest import ACME, SPECS, write_tree
from generator.fixtures import model_fixtures
from generator.pipeline import load_project
from generator.spec import ModelSpec
from kie_client import MODELS
from kie_client._schema_check import check

MODULES = sorted(entry.module for entry in MODELS.values())


def package_json(folder: str, module: str) -> Any:
    return json.loads(
        resources.files("kie_client").joinpath(folder, f"{module}.json").read_text("utf-8")
    )


@cache
def models() -> dict[str, ModelSpec]:
    """The specs by module name, loaded once for every test of this file."""
    return {model.module: model for model in load_project(SPECS).models}


def test_every_spec_is_generated() -> None:
    files = sorted((SPECS / "models").rglob("*.yaml"))
    ids = {str(path.relative_to(SPECS / "models").with_suffix("")) for path in files}
    assert set(MODELS) == ids


@pytest.mark.parametrize("module", MODULES)
def test_schemas_are_valid_json_schema(module: str) -> None:
    Draft202012Validator.check_schema(package_json("schemas", module))


@pytest.mark.parametrize("module", MODULES)
def test_each_fixture_is_judged_as_tagged(module: str) -> None:
    """Valid ones pass the schema; invalid ones fail it, for the field and rule they are tagged."""
    schema = package_json("schemas", module)
    validator = Draft202012Validator(schema)
    fixtures = package_json("fixtures", module)
    for case in fixtures["valid"]:
        assert list(validator.iter_errors(case["input"])) == [], case["name"]
    for case in fixtures["invalid"]:
        assert not validator.is_valid(case["input"]), case["name"]
        tags = {(v.field, v.rule) for v in check(schema, case["input"])}
        assert (case["field"], case["rule"]) in tags, case["name"]


@pytest.mark.parametrize("module", MODULES)
def test_each_limit_and_rule_has_an_invalid_fixture(module: str) -> None:
    """Every field with a limit and every rule is broken by at least one fixture."""
    model = models()[module]
    tags = {(c["field"], c["rule"]) for c in package_json("fixtures", module)["invalid"]}
    for field in model.fields:
        expected = {"type"} if field.type != "enum" else {"enum"}
        expected |= {"required"} if field.required else set()
        expected |= {
            r
            for r, v in (
                ("max_length", field.max_length),
                ("min", field.minimum),
                ("max", field.maximum),
                ("max_items", field.max_items),
            )
            if v is not None
        }
        expected |= {"step"} if field.step is not None and field.type == "number" else set()
        expected |= {"url"} if "url" in (field.type, field.items and field.items.type) else set()
        assert expected <= {rule for name, rule in tags if name == field.name}, field.name
    assert {(r.subject, r.kind) for r in model.rules} <= tags
    assert ("unknown_field", "unknown") in tags


@pytest.mark.parametrize("module", MODULES)
def test_docs_request_examples_are_fixtures(module: str) -> None:
    fixtures = package_json("fixtures", module)
    every = {c["name"]: c for c in fixtures["valid"] + fixtures["invalid"]}
    for example in models()[module].examples:
        fixture = every[f"example-{example.name}"]
        assert fixture["input"] == example.input
        assert ("field" in fixture) == (example.rejected_for is not None)


@pytest.mark.parametrize("module", MODULES)
def test_boundary_values_sit_exactly_on_the_limits(module: str) -> None:
    fixtures = package_json("fixtures", module)
    valid = {c["name"]: c["input"] for c in fixtures["valid"]}
    broken = {c["name"]: c["input"] for c in fixtures["invalid"]}
    for field in models()[module].fields:
        name = field.name
        if field.max_length is not None and field.type == "string":
            assert len(valid[f"{name}.max_length"][name]) == field.max_length
            assert len(broken[f"{name}.max_length"][name]) == field.max_length + 1
        if field.type in ("integer", "number"):
            for key, limit in (("min", field.minimum), ("max", field.maximum)):
                if limit is not None:
                    assert valid[f"{name}.{key}"][name] == limit
                    assert broken[f"{name}.{key}"][name] != limit


def test_float_steps_accept_every_grid_value() -> None:
    """0.3 and 0.7 are on a 0.1 grid, though 0.3 / 0.1 is not a whole number in floating point."""
    module, field = next(
        (module, f)
        for module, model in sorted(models().items())
        for f in model.fields
        if f.type == "number" and isinstance(f.step, float) and f.minimum is not None
    )
    assert field.maximum is not None and isinstance(field.step, float)
    schema = package_json("schemas", module)
    base = {**package_json("fixtures", module)["valid"][0]["input"]}
    steps = round((field.maximum - field.minimum) / field.step)
    for n in range(steps + 1):
        value = round(field.minimum + n * field.step, 10)
        assert check(schema, {**base, field.name: value}) == [], value
    off_grid = field.minimum + field.step / 2
    assert [v.rule for v in check(schema, {**base, field.name: off_grid})] == ["step"]
    above = field.maximum + field.step
    assert "max" in [v.rule for v in check(schema, {**base, field.name: above})]


def test_a_value_refused_with_several_others_still_gets_a_valid_fixture(tmp_path: Path) -> None:
    """4K is refused with 1:1 (the default) and with auto: its fixture takes the one ratio left."""
    spec = ACME + textwrap.dedent("""\
          resolution:
            type: enum
            values: {1K: 1K, 4K: 4K}
          ratio:
            type: enum
            default: "1:1"
            values: {auto: auto, "1:1": "1:1", "16:9": "16:9"}
        rules:
          - {forbid: {resolution: 4K, ratio: "1:1"}, message: No square 4K.}
          - {forbid: {resolution: 4K, ratio: auto}, message: No automatic 4K.}
        """)
    specs = write_tree(tmp_path, {"acme/text-to-video.yaml": spec})
    [model] = load_project(specs).models
    valid = {c["name"]: c["input"] for c in model_fixtures(model)["valid"]}
    assert valid["resolution.option-4K"]["ratio"] == "16:9"
