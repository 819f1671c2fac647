"""A model's input as standard JSON Schema (2020-12): its limits and rules, usable by any validator."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .spec import Field, ModelSpec, Rule

DIALECT = "https://json-schema.org/draft/2020-12/schema"
URL_PATTERN = r"^https?://[^\s]+$"
MAX_GRID_POINTS = 10001  # a float step is checked against its grid of values; bound its size


def number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _decimals(*values: float) -> tuple[Decimal, ...]:
    return tuple(Decimal(str(v)) for v in values)


def multiple_of_is_exact(minimum: float, step: float) -> bool:
    """Whole steps from a multiple of the step: JSON Schema's multipleOf states them exactly."""
    start, size = _decimals(minimum, step)
    return size == size.to_integral_value() and start % size == 0


def grid_size(minimum: float, maximum: float, step: float) -> int:
    lo, hi, size = _decimals(minimum, maximum, step)
    return int((hi - lo) / size) + 1


def step_grid(minimum: float, maximum: float, step: float) -> list[int | float] | None:
    """Every value from min to max in steps, or None when `multipleOf` states it exactly."""
    if multiple_of_is_exact(minimum, step):
        return None
    lo, size = _decimals(minimum, step)
    return [number(lo + k * size) for k in range(grid_size(minimum, maximum, step))]


def _type(field: Field) -> dict[str, Any]:
    if field.type in ("string", "url"):
        out: dict[str, Any] = {"type": "string"}
        if field.type == "url":
            out.update({"format": "uri", "pattern": URL_PATTERN})
            if field.pattern is not None:  # a schema holds one pattern: the spec's goes below
                out["allOf"] = [{"pattern": field.pattern}]
            if field.media is not None:
                out["x-kie-media"] = field.media
            if field.accept:
                out["x-kie-accept"] = list(field.accept)
            if field.max_size is not None:
                out["x-kie-max-size"] = field.max_size
        elif field.pattern is not None:
            out["pattern"] = field.pattern
        if field.min_length is not None:
            out["minLength"] = field.min_length
        if field.max_length is not None:
            out["maxLength"] = field.max_length
        return out
    if field.type in ("integer", "number"):
        out = {"type": field.type}
        if field.minimum is not None:
            out["minimum"] = field.minimum
        if field.maximum is not None:
            out["maximum"] = field.maximum
        if field.step is not None:
            assert (
                field.minimum is not None and field.maximum is not None
            )  # the meta-schema says so
            grid = step_grid(field.minimum, field.maximum, field.step)
            if grid is None:
                out["multipleOf"] = field.step
            else:
                out.update({"enum": grid, "x-kie-step": field.step})
        return out
    if field.type == "boolean":
        return {"type": "boolean"}
    if field.type == "enum":
        return {
            "enum": list(field.values),
            "x-kie-labels": {str(o.value): o.label for o in field.options},
        }
    if field.type == "object":
        return object_schema(field.fields)
    assert field.items is not None
    out = {"type": "array", "items": field_schema(field.items)}
    if field.min_items is not None:
        out["minItems"] = field.min_items
    if field.max_items is not None:
        out["maxItems"] = field.max_items
    return out


def field_schema(field: Field) -> dict[str, Any]:
    """The schema of one field's value, annotations included."""
    out = _type(field)
    if field.nullable:
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        if "type" in out:
            out["type"] = [out["type"], "null"]
    if field.description:
        out["description"] = field.description
    if field.default is not None:
        out["default"] = field.default
    if field.example is not None:
        out["examples"] = [field.example]
    return out


def object_schema(fields: tuple[Field, ...]) -> dict[str, Any]:
    """An object of named fields, as a model's input and an array's object items are."""
    return {
        "type": "object",
        "properties": {f.name: field_schema(f) for f in fields},
        "required": [f.name for f in fields if f.required],
        "additionalProperties": False,
    }


def _one_of_schemas(rule: Rule, named: dict[str, Any]) -> list[dict[str, Any]]:
    """None given breaks it at the first field; several given, at the second one given."""
    given = [{"required": [name]} for name in rule.fields]
    out = [{"anyOf": given, **named, "x-kie-field": rule.fields[0]}]
    for index, name in enumerate(rule.fields[1:], start=1):
        second = {"required": [name], "oneOf": given[:index]}  # exactly one earlier field given
        out.append({"not": second, **named, "x-kie-field": name})
    return out


def rule_schemas(rule: Rule, model: ModelSpec) -> list[dict[str, Any]]:
    """A cross-field rule; the x-kie-* keys let a checker report it with the spec's words."""
    named = {"x-kie-rule": rule.kind, "x-kie-field": rule.subject, "x-kie-message": rule.message}
    if rule.kind == "one_of":
        return _one_of_schemas(rule, named)
    return [_rule_schema(rule, model, named)]


def _rule_schema(rule: Rule, model: ModelSpec, named: dict[str, Any]) -> dict[str, Any]:
    if rule.kind == "exclusive":
        pairs = [[a, b] for i, a in enumerate(rule.fields) for b in rule.fields[i + 1 :]]
        return {"not": {"anyOf": [{"required": pair} for pair in pairs]}, **named}
    if rule.kind == "requires":
        field, *needed = rule.fields
        # Written as if/then rather than dependentRequired so the rule's own message can be reported.
        return {"if": {"required": [field]}, "then": {"required": needed, **named}}
    properties, present = {}, []
    for name, refused in zip(rule.fields, rule.refused, strict=True):
        properties[name] = {"enum": list(refused)}
        if model.field(name).default not in refused:  # an absent field counts as its default
            present.append(name)
    return {"not": {"properties": properties, "required": present}, **named}


def model_schema(model: ModelSpec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": f"urn:kie-client:model:{model.id}",
        "title": model.title,
        "description": model.description or f"Input of {model.id}",
        **object_schema(model.fields),
        "x-kie-model": model.id,
        "x-kie-kind": model.kind,
        "x-kie-output": model.output,
    }
    if model.rules:
        out["allOf"] = [schema for r in model.rules for schema in rule_schemas(r, model)]
    return out
