"""Every fixture of every model is judged by the model's generated JSON Schema exactly as tagged."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from conftest import SPECS
from generator.pipeline import load_project
from kie_client import MODELS
from kie_client._schema_check import check

MODULES = sorted(entry.module for entry in MODELS.values())


def package_json(folder: str, module: str) -> Any:
    return json.loads(
        resources.files("kie_client").joinpath(folder, f"{module}.json").read_text("utf-8")
    )


def cases(kind: str) -> list[Any]:
    return [
        pytest.param(module, case, id=f"{module}:{case['name']}")
        for module in MODULES
        for case in package_json("fixtures", module)[kind]
    ]


def test_every_seed_model_is_generated() -> None:
    assert sorted(MODELS) == [
        "bytedance/v1-lite-text-to-video",
        "grok-imagine/image-to-video",
        "kling-2.6/image-to-video",
        "kling/v1-avatar-standard",
        "kling/v2-5-turbo-image-to-video-pro",
    ]


@pytest.mark.parametrize("module", MODULES)
def test_schemas_are_valid_json_schema(module: str) -> None:
    Draft202012Validator.check_schema(package_json("schemas", module))


@pytest.mark.parametrize(("module", "case"), cases("valid"))
def test_valid_fixture_is_accepted(module: str, case: dict[str, Any]) -> None:
    schema = package_json("schemas", module)
    assert list(Draft202012Validator(schema).iter_errors(case["input"])) == []


@pytest.mark.parametrize(("module", "case"), cases("invalid"))
def test_invalid_fixture_is_rejected_for_its_tag(module: str, case: dict[str, Any]) -> None:
    schema = package_json("schemas", module)
    assert not Draft202012Validator(schema).is_valid(case["input"])
    assert (case["field"], case["rule"]) in {
        (v.field, v.rule) for v in check(schema, case["input"])
    }


@pytest.mark.parametrize("module", MODULES)
def test_each_limit_and_rule_has_an_invalid_fixture(module: str) -> None:
    """Every field with a limit and every rule is broken by at least one fixture."""
    model = next(m for m in load_project(SPECS).models if m.module == module)
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
    model = next(m for m in load_project(SPECS).models if m.module == module)
    fixtures = package_json("fixtures", module)
    every = {c["name"]: c for c in fixtures["valid"] + fixtures["invalid"]}
    docs = next(e for e in model.examples if e.name == "docs")
    assert every["example-docs"]["input"] == docs.input
    assert ("field" in every["example-docs"]) == (docs.rejected_for is not None)


def test_boundary_values_sit_exactly_on_the_limits() -> None:
    fixtures = {
        c["name"]: c["input"]
        for c in package_json("fixtures", "kling_v2_5_turbo_image_to_video_pro")["valid"]
    }
    assert len(fixtures["prompt.max_length"]["prompt"]) == 2500
    assert len(fixtures["negative_prompt.max_length"]["negative_prompt"]) == 2496
    assert fixtures["cfg_scale.min"]["cfg_scale"] == 0
    assert fixtures["cfg_scale.max"]["cfg_scale"] == 1
    broken = {
        c["name"]: c["input"]
        for c in package_json("fixtures", "kling_v2_5_turbo_image_to_video_pro")["invalid"]
    }
    assert len(broken["prompt.max_length"]["prompt"]) == 2501
    assert broken["cfg_scale.step"]["cfg_scale"] == 0.05
    assert broken["cfg_scale.max"]["cfg_scale"] == 1.1


def test_float_steps_accept_every_grid_value() -> None:
    """0.3 and 0.7 are on a 0.1 grid, though 0.3 / 0.1 is not a whole number in floating point."""
    schema = package_json("schemas", "kling_v2_5_turbo_image_to_video_pro")
    base = {"prompt": "p", "image_url": "https://example.com/a.png"}
    for tenth in range(11):
        assert check(schema, {**base, "cfg_scale": tenth / 10}) == []
    assert [v.rule for v in check(schema, {**base, "cfg_scale": 0.55})] == ["step"]
    assert [v.rule for v in check(schema, {**base, "cfg_scale": 1.5})] == ["max"]
