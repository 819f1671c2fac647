"""The bench's synthetic specs are valid, mix every field type and rule kind, and describe the same
models to openapi-python-client as to the generator."""

from __future__ import annotations

from pathlib import Path

from bench.factory import write_model, write_specs
from bench.openapi import document
from generator.pipeline import load_project


def test_synthetic_specs_are_valid_and_use_every_type_and_rule(tmp_path: Path) -> None:
    project = load_project(write_specs(tmp_path, 8))
    assert len(project.models) == 8 and len({m.group for m in project.models}) == 8
    types = {f.type for m in project.models for f in m.fields}
    assert types == {"string", "url", "array", "integer", "number", "boolean", "enum"}
    assert {r.kind for m in project.models for r in m.rules} == {"exclusive", "requires", "forbid"}
    assert all(m.examples for m in project.models)


def test_a_revision_changes_only_that_spec(tmp_path: Path) -> None:
    specs = write_specs(tmp_path, 3)
    before = {p: p.read_bytes() for p in (specs / "models").rglob("*.yaml")}
    changed = write_model(specs, 1, revision=2)
    after = {p: p.read_bytes() for p in (specs / "models").rglob("*.yaml")}
    assert [p for p in before if before[p] != after[p]] == [changed]


def test_the_openapi_document_has_one_operation_per_model(tmp_path: Path) -> None:
    project = load_project(write_specs(tmp_path, 4))
    doc = document(project)
    assert doc["openapi"] == "3.1.0" and len(doc["paths"]) == 4
    schema = doc["components"]["schemas"][project.models[0].class_name]
    assert set(schema["properties"]) == {f.name for f in project.models[0].fields}
    assert schema["properties"]["cfg_scale"]["multipleOf"] == 0.1  # not a grid of values
    assert "allOf" not in schema and not any(k.startswith("x-kie") for k in schema)
