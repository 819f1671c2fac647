"""Checks a request input against a model's generated JSON Schema and names each violation.

Every failure is reported as (field, rule, message), with the rule named as in the spec
(max_length, min, step, enum, required, exclusive, ...) so that the client, the simulator and
the fixtures speak one vocabulary. Needs the `jsonschema` package (the `testing` extra).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
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
    "pattern": "pattern",
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


@dataclass(frozen=True)
class _Failure:
    """One jsonschema error, unpacked: the keyword that failed, its limit, the value, where."""

    keyword: str
    limit: Any
    value: Any
    schema: Mapping[str, Any]
    path: list[str | int]

    @classmethod
    def of(cls, error: ValidationError) -> _Failure:
        schema = error.schema if isinstance(error.schema, Mapping) else {}
        return cls(
            str(error.validator),
            error.validator_value,
            error.instance,
            schema,
            [*error.absolute_path],
        )

    @property
    def rule(self) -> str:
        if self.on_step_grid:
            return "step"
        if self.keyword == "pattern" and self.schema.get("format") == "uri":
            return "url"  # the pattern every URL has, not one the spec gives
        return RULE_OF_KEYWORD.get(self.keyword, self.keyword)

    @property
    def on_step_grid(self) -> bool:
        """An `enum` that lists a float step's grid, rather than a field's options."""
        return self.keyword == "enum" and "x-kie-step" in self.schema


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:45]}...{text[-10:]} ({len(value)} long)"


def _message(f: _Failure) -> str:
    limit, value = f.limit, f.value
    messages = {
        "maxLength": lambda: f"has {len(value)} characters; at most {limit} are allowed",
        "minLength": lambda: f"has {len(value)} characters; at least {limit} are needed",
        "minimum": lambda: f"{value} is below the minimum {limit}",
        "maximum": lambda: f"{value} is above the maximum {limit}",
        "multipleOf": lambda: f"{value} is not a multiple of the step {limit}",
        "enum": lambda: f"{_show(value)} is not one of {', '.join(repr(v) for v in limit)}",
        "type": lambda: f"{_show(value)} is not of type "
        + (limit if isinstance(limit, str) else " or ".join(limit)),
        "pattern": lambda: (
            f"{_show(value)} is not an http(s) URL"
            if f.rule == "url"
            else f"{_show(value)} does not match {limit!r}"
        ),
        "minItems": lambda: f"has {len(value)} items; at least {limit} are needed",
        "maxItems": lambda: f"has {len(value)} items; at most {limit} are allowed",
    }
    if f.on_step_grid:
        step = f.schema["x-kie-step"]
        return f"{value} is not on the grid of step {step} from {limit[0]} to {limit[-1]}"
    return messages[f.keyword]() if f.keyword in messages else f"breaks {f.keyword}"


def field_path(path: list[str | int]) -> str:
    """Where in the input a value is, named as the client names it: `elements[0].name`.
    Indexes count only before a named key: a list's items are reported against the list."""
    while path and isinstance(path[-1], int):
        path = path[:-1]
    return "".join(
        f"[{step}]" if isinstance(step, int) else f".{step}" if index else step
        for index, step in enumerate(path)
    )


def _in_grid_span(value: Any, grid: list[Any]) -> bool:
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    return is_number and grid[0] <= value <= grid[-1]


def _violations(error: ValidationError) -> Iterator[Violation]:
    f = _Failure.of(error)
    if "x-kie-rule" in f.schema:  # a cross-field rule: its schema names it and says what to tell
        yield Violation(f.schema["x-kie-field"], f.schema["x-kie-rule"], f.schema["x-kie-message"])
    elif f.keyword == "required":
        for name in f.limit:
            if name not in f.value:
                yield Violation(field_path([*f.path, name]), "required", "is required")
    elif f.keyword == "additionalProperties":
        known = sorted(f.schema.get("properties", {}))
        for name in sorted(set(f.value) - set(known)):
            message = f"is not an input of this model; it takes {', '.join(known)}"
            yield Violation(field_path([*f.path, name]), "unknown", message)
    elif f.on_step_grid and not _in_grid_span(f.value, f.limit):
        return  # off the grid's span: the type, minimum or maximum error already says so
    else:
        yield Violation(field_path(f.path), f.rule, _message(f))


def check(schema: Mapping[str, Any], instance: Any) -> list[Violation]:
    """All violations of `instance` against `schema`, sorted by field then rule."""
    return checker(schema)(instance)


def checker(schema: Mapping[str, Any]) -> Callable[[Any], list[Violation]]:
    """`check` against one schema, for many instances: its validator is made once."""
    validator = Draft202012Validator(schema)

    def check_one(instance: Any) -> list[Violation]:
        found = {v for e in validator.iter_errors(instance) for v in _violations(e)}
        return sorted(found, key=lambda v: (v.field, v.rule, v.message))

    return check_one
