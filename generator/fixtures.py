"""Test fixtures per model: valid inputs (minimal, full, docs, every boundary) and invalid inputs,
each breaking exactly one limit or rule and tagged with the field and rule it breaks."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .jsonschema_out import number
from .spec import Field, ModelSpec

_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "audio/mpeg": "mp3",
    "audio/wav": "wav",
    "audio/x-wav": "wav",
    "audio/aac": "aac",
    "audio/mp4": "m4a",
    "audio/ogg": "ogg",
    "video/mp4": "mp4",
}
_WRONG_TYPE = {
    "string": 12345,
    "url": 12345,
    "integer": 1.5,
    "number": "1",
    "boolean": "true",
    "array": "not-a-list",
}


def sample(field: Field) -> Any:
    """A value the field accepts: its example, else its default, else one made from its limits."""
    for value in (field.example, field.default):
        if value is not None:
            return value
    if field.type == "string":
        return "x" * max(field.min_length or 0, 1 if (field.max_length or 1) >= 1 else 0)
    if field.type == "url":
        extension = _EXTENSIONS.get(field.accept[0], "bin") if field.accept else "bin"
        return f"https://example.com/{field.name}.{extension}"
    if field.type in ("integer", "number"):
        return field.minimum if field.minimum is not None else 0
    if field.type == "boolean":
        return True
    if field.type == "enum":
        return field.values[0]
    assert field.items is not None
    return [sample(field.items)] * max(field.min_items or 1, 1)


def _shift(value: int | float, by: int | float | Decimal) -> int | float:
    return number(Decimal(str(value)) + Decimal(str(by)))


class _Builder:
    def __init__(self, model: ModelSpec) -> None:
        self.model = model
        self.minimal = {f.name: sample(f) for f in model.fields if f.required}

    def needs(self, name: str) -> list[str]:
        """The fields `name` requires, transitively."""
        out: list[str] = []
        for rule in self.model.rules:
            if rule.kind == "requires" and rule.fields[0] == name:
                for other in rule.fields[1:]:
                    out += [other, *self.needs(other)]
        return out

    def dependents(self, name: str) -> list[str]:
        """The fields that require `name`, so that a fixture using `name` can show them too."""
        return [f.name for f in self.model.fields if name in self.needs(f.name)]

    def rivals(self, names: list[str]) -> set[str]:
        return {
            r
            for rule in self.model.rules
            if rule.kind == "exclusive"
            for r in rule.fields
            if set(names) & set(rule.fields) and r not in names
        }

    def around(self, name: str, value: Any, *, with_dependents: bool = False) -> dict[str, Any]:
        """The minimal input plus `name`, what it needs, and no rival; kept clear of forbidden combinations."""
        names = [name, *self.needs(name), *(self.dependents(name) if with_dependents else [])]
        data = {k: v for k, v in self.minimal.items() if k not in self.rivals(names)}
        data.update({n: sample(self.model.field(n)) for n in names[1:] if n not in data})
        data[name] = value
        return self.clear_of_forbids(data, keep=name)

    def clear_of_forbids(self, data: dict[str, Any], keep: str) -> dict[str, Any]:
        for rule in self.model.rules:
            if rule.kind != "forbid":
                continue
            hit = all(
                data.get(n, self.model.field(n).default) in r
                for n, r in zip(rule.fields, rule.refused, strict=True)
            )
            if hit:
                other = next(n for n in rule.fields if n != keep)
                field = self.model.field(other)
                choices = [
                    v
                    for v in (*field.values, True, False)
                    if v not in rule.refused[rule.fields.index(other)]
                    and (field.type != "boolean" or isinstance(v, bool))
                ]
                if field.type in ("enum", "boolean") and choices:
                    data[other] = choices[0]
                elif not field.required:
                    data.pop(other, None)
        return data

    def full(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for field in self.model.fields:
            names = [field.name, *self.needs(field.name)]
            if not self.rivals(list(data)) & set(names):
                for n in names:
                    data.setdefault(n, sample(self.model.field(n)))
        for name in list(data):  # a field whose requirement lost to a rival goes too
            if any(n not in data for n in self.needs(name)):
                del data[name]
        return self.clear_of_forbids(data, keep="")


def _boundaries(field: Field) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    if field.type == "string":
        out.append(("min_length", "x" * (field.min_length or 0)))
        if field.max_length is not None:
            out.append(("max_length", "x" * field.max_length))
    if field.type in ("integer", "number"):
        out += [
            (k, v) for k, v in (("min", field.minimum), ("max", field.maximum)) if v is not None
        ]
    if field.type == "boolean":
        out += [("true", True), ("false", False)]
    if field.type == "enum":
        out += [(f"option-{o.value}", o.value) for o in field.options]
    if field.type == "array":
        assert field.items is not None
        item = sample(field.items)
        if field.min_items:
            out.append(("min_items", [item] * field.min_items))
        if field.max_items is not None:
            out.append(("max_items", [item] * field.max_items))
    if field.nullable:
        out.append(("null", None))
    return out


def _breaks(field: Field) -> list[tuple[str, Any]]:
    """(rule, value) pairs, each value breaking just that rule of the field."""
    out: list[tuple[str, Any]] = []
    if field.type in _WRONG_TYPE:
        out.append(("type", _WRONG_TYPE[field.type]))
    if field.max_length is not None:
        out.append(("max_length", "x" * (field.max_length + 1)))
    if field.min_length:
        out.append(("min_length", "x" * (field.min_length - 1)))
    if field.type == "url":
        out.append(("url", "not a url"))
    if field.type in ("integer", "number"):
        by = field.step or 1
        if field.minimum is not None:
            out.append(("min", _shift(field.minimum, -by)))
        if field.maximum is not None:
            out.append(("max", _shift(field.maximum, by)))
        if (
            field.step is not None
            and field.minimum is not None
            and (field.type == "number" or field.step > 1)
        ):
            half = Decimal(str(field.step)) / 2
            off = half if field.type == "number" else Decimal(1)
            out.append(("step", _shift(field.minimum, off)))
    if field.type == "enum":
        numeric = all(isinstance(v, int | float) for v in field.values)
        out.append(("enum", max(field.values) + 1 if numeric else "not-an-option"))  # type: ignore[operator]
    if field.type == "array":
        assert field.items is not None
        item = sample(field.items)
        if field.min_items:
            out.append(("min_items", [item] * (field.min_items - 1)))
        if field.max_items is not None:
            out.append(("max_items", [item] * (field.max_items + 1)))
        out += [(rule, [value]) for rule, value in _breaks(field.items) if rule != "type"]
    return out


def model_fixtures(model: ModelSpec) -> dict[str, Any]:
    build = _Builder(model)
    valid: list[dict[str, Any]] = [
        {"name": "minimal", "input": build.minimal},
        {"name": "full", "input": build.full()},
    ]
    invalid: list[dict[str, Any]] = []
    for rule in model.rules:
        if rule.kind == "exclusive":
            for rival in rule.fields[1:]:
                valid.append(
                    {
                        "name": f"with-{rival}",
                        "input": build.around(
                            rival, sample(model.field(rival)), with_dependents=True
                        ),
                    }
                )
    for example in model.examples:
        case = {"name": f"example-{example.name}", "input": example.input}
        if example.rejected_for:
            invalid.append(
                {**case, "field": example.rejected_for[0], "rule": example.rejected_for[1]}
            )
        else:
            valid.append(case)
    for field in model.fields:
        valid += [
            {"name": f"{field.name}.{what}", "input": build.around(field.name, v)}
            for what, v in _boundaries(field)
        ]
        invalid += [
            {
                "name": f"{field.name}.{rule}",
                "field": field.name,
                "rule": rule,
                "input": build.around(field.name, v),
            }
            for rule, v in _breaks(field)
        ]
        if field.required:
            invalid.append(
                {
                    "name": f"{field.name}.required",
                    "field": field.name,
                    "rule": "required",
                    "input": {k: v for k, v in build.minimal.items() if k != field.name},
                }
            )
    invalid.append(
        {
            "name": "unknown-field",
            "field": "unknown_field",
            "rule": "unknown",
            "input": {**build.minimal, "unknown_field": "x"},
        }
    )
    for index, rule in enumerate(model.rules):
        name = f"rule-{index}-{rule.kind}"
        if rule.kind == "exclusive":
            rival = rule.fields[1]
            data = {
                **build.around(rule.fields[0], sample(model.field(rule.fields[0]))),
                rival: sample(model.field(rival)),
                **{n: sample(model.field(n)) for n in build.needs(rival)},
            }
        elif rule.kind == "requires":
            data = {
                k: v
                for k, v in build.around(
                    rule.fields[0], sample(model.field(rule.fields[0]))
                ).items()
                if k not in rule.fields[1:]
            }
        else:
            data = {
                **build.minimal,
                **{n: r[0] for n, r in zip(rule.fields, rule.refused, strict=True)},
            }
        invalid.append({"name": name, "field": rule.subject, "rule": rule.kind, "input": data})
    return {"model": model.id, "valid": valid, "invalid": invalid}
