"""Checks a request input against a model's generated JSON Schema and names each violation.

Every failure is reported as (field, rule, message), with the rule named as in the spec
(max_length, min, step, enum, required, exclusive, ...) so that the client, the simulator and
the fixtures speak one vocabulary. Needs the `jsonschema` package (the `testing` extra).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

# JSON Schema keyword -> the spec's name for the limit it enforces.
RULE_OF_KEYWORD = {
    "required": "required",
    "type": "type",
    "maxLength": "max_length",
    "minLength": "min_length",
    "pattern": "url",
    "minimum": "min",
    "maximum": "max",
    "multipleOf": "step",
    "enum": "enum",
    "minItems": "min_items",
    "maxItems": "max_items",
    "additionalProperties": "unknown",
}


@dataclass(frozen=True)
class Violation:
    field: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message} [{self.rule}]"


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:45]}...{text[-10:]} ({len(value)} long)"


def _message(error: ValidationError) -> str:
    keyword, limit, value = error.validator, error.validator_value, error.instance
    if keyword == "maxLength":
        return f"has {len(value)} characters; at most {limit} are allowed"
    if keyword == "minLength":
        return f"has {len(value)} characters; at least {limit} are needed"
    if keyword == "minimum":
        return f"{value} is below the minimum {limit}"
    if keyword == "maximum":
        return f"{value} is above the maximum {limit}"
    if keyword == "multipleOf":
        return f"{value} is not a multiple of the step {limit}"
    if keyword == "enum" and "x-kie-step" in error.schema:
        return f"{value} is not on the grid of step {error.schema['x-kie-step']} from {limit[0]} to {limit[-1]}"
    if keyword == "enum":
        return f"{_show(value)} is not one of {', '.join(repr(v) for v in limit)}"
    if keyword == "type":
        return f"{_show(value)} is not of type {limit if isinstance(limit, str) else ' or '.join(limit)}"
    if keyword == "pattern":
        return f"{_show(value)} is not an http(s) URL"
    if keyword == "minItems":
        return f"has {len(value)} items; at least {limit} are needed"
    if keyword == "maxItems":
        return f"has {len(value)} items; at most {limit} are allowed"
    return str(error.message)


def _violations(error: ValidationError) -> Iterator[Violation]:
    rule_of_schema = error.schema.get("x-kie-rule") if isinstance(error.schema, Mapping) else None
    if rule_of_schema:  # a cross-field rule: the schema names it and says what to tell the user
        yield Violation(error.schema["x-kie-field"], rule_of_schema, error.schema["x-kie-message"])
        return
    where = [str(step) for step in error.absolute_path]
    if error.validator == "required":
        for name in error.validator_value:
            if name not in error.instance:
                yield Violation(".".join([*where, name]), "required", "is required")
    elif error.validator == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        for name in sorted(set(error.instance) - known):
            yield Violation(".".join([*where, name]), "unknown", f"is not an input of this model; it takes {', '.join(sorted(known))}")
    else:
        rule = RULE_OF_KEYWORD.get(str(error.validator), str(error.validator))
        if rule == "enum" and "x-kie-step" in error.schema:
            if not _on_grid_span(error.instance, error.validator_value):
                return  # the type, minimum or maximum error already says what is wrong
            rule = "step"
        field = where[0] if where else ""
        yield Violation(field, rule, _message(error))


def _on_grid_span(value: Any, grid: list[Any]) -> bool:
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    return is_number and grid[0] <= value <= grid[-1]


def check(schema: Mapping[str, Any], instance: Any) -> list[Violation]:
    """All violations of `instance` against `schema`, sorted by field then rule."""
    found = {v for e in Draft202012Validator(schema).iter_errors(instance) for v in _violations(e)}
    return sorted(found, key=lambda v: (v.field, v.rule, v.message))
