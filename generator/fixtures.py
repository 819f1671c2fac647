"""Test fixtures per model: valid inputs (minimal, full, docs, every boundary) and invalid inputs,
each breaking exactly one limit or rule and tagged with the field and rule it breaks."""

from __future__ import annotations

import importlib
import json
import re
import string
from collections import Counter
from decimal import Decimal
from typing import Any

from .jsonschema_out import field_schema, number
from .runtime import schema_check
from .spec import Field, ModelSpec, Rule

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


# The fixtures file of one model may take this many bytes (the largest real one: 0.8 MB); checking
# its cases takes about 3 s a MB when they are all small values.
MAX_FIXTURE_BYTES = 4_000_000
MAX_MADE_TEXT = 10_000  # characters of a text made to match a pattern; a longer one is not made

# Each field's sample, made once while a model's fixtures are built: every case holding the field
# shares it. Keyed by id, with the field kept alive beside its sample so that no id is reused.
_samples: dict[int, tuple[Field, Any]] = {}


def sample(field: Field) -> Any:
    """A value the field accepts: its example, else its default, else one made from its limits."""
    held = _samples.get(id(field))
    if held is None or held[0] is not field:
        held = _samples[id(field)] = (field, _made_sample(field))
    return held[1]


def _made_sample(field: Field) -> Any:
    for value in (field.example, field.default):
        if value is not None:
            return value
    if field.type in ("string", "url"):
        return _text_sample(field)
    if field.type in ("integer", "number"):
        return field.minimum if field.minimum is not None else 0
    if field.type == "boolean":
        return True
    if field.type == "enum":
        return field.values[0]
    if field.type == "object":
        return {f.name: sample(f) for f in field.fields if f.required}
    assert field.items is not None
    return [sample(field.items)] * max(field.min_items or 1, 1)


def _text_sample(field: Field) -> str:
    if field.type == "url":
        extension = _EXTENSIONS.get(field.accept[0], "bin") if field.accept else "bin"
        made = f"https://example.com/{field.name}.{extension}"
    else:
        made = "x" * max(field.min_length or 0, 1 if (field.max_length or 1) >= 1 else 0)
    if field.pattern is None:
        return made
    matching = matching_text(field.pattern)
    candidates = [made, *([matching, made + matching] if matching is not None else [])]
    # None fits: the made value stays, and the spec check reports that no valid input exists.
    return next((c for c in candidates if _fits(field, c)), made)


def _fits(field: Field, value: Any) -> bool:
    return not schema_check().check(field_schema(field), value)


_PARSER: Any = importlib.import_module("re._parser")  # Python's own regular expression parser
_CHARACTERS = string.ascii_letters + string.digits + string.punctuation + " "
_CATEGORIES = {
    "CATEGORY_DIGIT": str.isdigit,
    "CATEGORY_WORD": lambda c: c.isalnum() or c == "_",
    "CATEGORY_SPACE": str.isspace,
}


def _in_class(items: list[Any], char: str) -> bool:
    """Whether `char` is in a parsed character class like [a-z0-9_]."""
    found = False
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            found |= chr(arg) == char
        elif name == "RANGE":
            found |= arg[0] <= ord(char) <= arg[1]
        elif name == "CATEGORY":
            category = str(arg)
            test = _CATEGORIES[category.replace("NOT_", "")]
            found |= test(char) != category.startswith("CATEGORY_NOT_")
    negated = bool(items) and str(items[0][0]) == "NEGATE"
    return found != negated


def _shortest(parsed: Any) -> str:
    """A short text the parsed expression matches; raises KeyError on a construct it cannot make,
    or on a text longer than MAX_MADE_TEXT (`(a{9999}){9999}` is a short pattern)."""
    out: list[str] = []
    for op, arg in parsed:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "IN":
            out.append(next(c for c in _CHARACTERS if _in_class(arg, c)))
        elif name in ("ANY", "NOT_LITERAL"):
            out.append("y" if arg == ord("x") else "x")
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            once = _shortest(arg[2])
            if len(once) * arg[0] > MAX_MADE_TEXT:
                raise KeyError(name)
            out.append(once * arg[0])
        elif name == "SUBPATTERN":
            out.append(_shortest(arg[-1]))
        elif name == "BRANCH":
            out.append(_shortest(arg[1][0]))
        elif name not in ("AT", "ASSERT", "ASSERT_NOT"):
            raise KeyError(name)
        if sum(map(len, out)) > MAX_MADE_TEXT:
            raise KeyError(name)
    return "".join(out)


def matching_text(pattern: str) -> str | None:
    """A text `pattern` finds a match in, or None when this simple reckoning cannot make one."""
    try:
        text = _shortest(_PARSER.parse(pattern))
    except (KeyError, StopIteration, re.error):
        return None
    return text if re.search(pattern, text) else None


def _unmatched(pattern: str) -> str | None:
    """A short text `pattern` finds no match in, if there is one among a few."""
    candidates = ("~", "", "x", "0", " ", "not a url", "https://example.com/x")
    return next((c for c in candidates if re.search(pattern, c) is None), None)


def _shift(value: int | float, by: int | float | Decimal) -> int | float:
    return number(Decimal(str(value)) + Decimal(str(by)))


RIVALRIES = ("exclusive", "one_of")  # rules whose fields may not be given together


class _Builder:
    def __init__(self, model: ModelSpec) -> None:
        self.model = model
        self.minimal = {f.name: sample(f) for f in model.fields if f.required}
        for rule in model.rules:  # a one_of rule needs one of its fields: the first, by default
            if rule.kind == "one_of" and not set(rule.fields) & set(self.minimal):
                for name in (rule.fields[0], *self.needs(rule.fields[0])):
                    self.minimal.setdefault(name, sample(model.field(name)))

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
            if rule.kind in RIVALRIES
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

    def forbidden(self, data: dict[str, Any]) -> Rule | None:
        """The first forbid rule `data` breaks (an absent field counts as its default)."""
        return next(
            (
                rule
                for rule in self.model.rules
                if rule.kind == "forbid"
                and all(
                    data.get(n, self.model.field(n).default) in refused
                    for n, refused in zip(rule.fields, rule.refused, strict=True)
                )
            ),
            None,
        )

    def clear_of_forbids(self, data: dict[str, Any], keep: str) -> dict[str, Any]:
        """`data` with the other fields of each broken forbid rule changed, `keep` as it is: to a
        value that breaks no rule where one exists. Each round fixes one rule, so a round per rule
        is enough."""
        for _ in self.model.rules:
            rule = self.forbidden(data)
            if rule is None:
                break
            other = next(n for n in rule.fields if n != keep)
            field = self.model.field(other)
            offered = (True, False) if field.type == "boolean" else field.values
            choices = [v for v in offered if v not in rule.refused[rule.fields.index(other)]]
            clear = [v for v in choices if self.forbidden({**data, other: v}) is None]
            if clear or choices:
                data[other] = (clear or choices)[0]
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

    def without(self, names: tuple[str, ...]) -> dict[str, Any]:
        """The minimal input with none of `names`, nor what requires them."""
        return {
            k: v
            for k, v in self.minimal.items()
            if k not in names and not set(self.needs(k)) & set(names)
        }


def _filled(field: Field, item: Any) -> list[Any]:
    """A list for the array `field` holding `item` first, padded to its min_items with samples."""
    assert field.items is not None
    return [item] + [sample(field.items)] * (max(field.min_items or 1, 1) - 1)


def _within(outer: str, inner: str) -> str:
    """`[0]` and `name` -> `[0].name`: a path inside the input, as the checkers name it."""
    if not inner:
        return outer
    return outer + inner if inner.startswith("[") or not outer else f"{outer}.{inner}"


def _item_label(field: Field, label: str) -> str:
    """A fixture name's part for an item's case, told apart from the list's own cases."""
    return f"items.{label}" if field.items is not None and field.items.type == "array" else label


def _boundaries(field: Field) -> list[tuple[str, Any]]:
    """(label, value) pairs, each value sitting on a limit of the field."""
    out: list[tuple[str, Any]] = []
    if field.type == "string":
        out.append(("min_length", "x" * (field.min_length or 0)))
        if field.max_length is not None:
            out.append(("max_length", "x" * field.max_length))
        out = [(k, v) for k, v in out if field.pattern is None or re.search(field.pattern, v)]
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
        if field.items.type in ("array", "object"):
            out += [
                (
                    _within("[0]", label) if field.items.type == "object" else f"items.{label}",
                    _filled(field, value),
                )
                for label, value in _boundaries(field.items)
            ]
    if field.type == "object":
        base = sample(field)
        out.append(("full", {f.name: sample(f) for f in field.fields}))
        out += [
            (f"{sub.name}.{label}", {**base, sub.name: value})
            for sub in field.fields
            for label, value in _boundaries(sub)
        ]
    if field.nullable:
        out.append(("null", None))
    return out


Break = tuple[str, str, str, Any]  # fixture label, field path within the value, rule, value


def _breaks(field: Field) -> list[Break]:
    """Cases each breaking just one rule of the field, or of a field inside its value."""
    out: list[Break] = [(rule, "", rule, value) for rule, value in _own_breaks(field)]
    if field.type == "array":
        assert field.items is not None
        for label, path, rule, value in _breaks(field.items):
            if path:  # a named key inside the item: say which item
                out.append(
                    (_within("[0]", label), _within("[0]", path), rule, _filled(field, value))
                )
            elif rule != "type":  # the list's own type case already has the name
                out.append((_item_label(field, label), "", rule, _filled(field, value)))
    if field.type == "object":
        base = sample(field)
        for sub in field.fields:
            out += [
                (f"{sub.name}.{label}", _within(sub.name, path), rule, {**base, sub.name: value})
                for label, path, rule, value in _breaks(sub)
            ]
            if sub.required:
                missing = {k: v for k, v in base.items() if k != sub.name}
                out.append((f"{sub.name}.required", sub.name, "required", missing))
        out.append(
            ("unknown_field.unknown", "unknown_field", "unknown", {**base, "unknown_field": "x"})
        )
    return out


def _own_breaks(field: Field) -> list[tuple[str, Any]]:
    """(rule, value) pairs, each value breaking just that limit of the field itself."""
    out: list[tuple[str, Any]] = []
    if field.type in _WRONG_TYPE:
        out.append(("type", _WRONG_TYPE[field.type]))
    if field.max_length is not None:
        out.append(("max_length", "x" * (field.max_length + 1)))
    if field.min_length:
        out.append(("min_length", "x" * (field.min_length - 1)))
    if field.type == "url":
        out.append(("url", "not a url"))
    if field.pattern is not None and (unmatched := _unmatched(field.pattern)) is not None:
        out.append(("pattern", unmatched))
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
    return out


def model_fixtures(model: ModelSpec) -> dict[str, Any]:
    try:
        return _fixtures(model)
    finally:
        _samples.clear()  # the samples live in the fixtures now; the fields may go


def _fixtures(model: ModelSpec) -> dict[str, Any]:
    build = _Builder(model)
    valid: list[dict[str, Any]] = [
        {"name": "minimal", "input": build.minimal},
        {"name": "full", "input": build.full()},
    ]
    invalid: list[dict[str, Any]] = []
    for rule in model.rules:
        if rule.kind in RIVALRIES:
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
            {"name": _within(field.name, what), "input": build.around(field.name, v)}
            for what, v in _boundaries(field)
        ]
        invalid += [
            {
                "name": _within(field.name, label),
                "field": _within(field.name, path),
                "rule": rule,
                "input": build.around(field.name, v),
            }
            for label, path, rule, v in _breaks(field)
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
        name, subject = f"rule-{index}-{rule.kind}", rule.subject
        if rule.kind == "one_of":
            invalid.append(
                {
                    "name": f"{name}-none",
                    "field": rule.fields[0],
                    "rule": rule.kind,
                    "input": build.without(rule.fields),
                }
            )
        if rule.kind in RIVALRIES:  # two given: reported against the second
            rival = subject = rule.fields[1]
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
        invalid.append({"name": name, "field": subject, "rule": rule.kind, "input": data})
    return {"model": model.id, "valid": valid, "invalid": invalid}


# -- how large the fixtures file gets ---------------------------------------------------------


def least_bytes(field: Field) -> int:
    """Bytes the fixtures file takes at least for the field's own limits: a value one past each
    (or at it) is written out, each character in a byte, each item in eight at least (indent,
    comma, newline). Reckoned from the spec alone, before anything is built."""
    chars = max(field.max_length or 0, field.min_length or 0)
    items = max(field.max_items or 0, field.min_items or 0)
    inner = [field.items] if field.items is not None else []
    return chars + 8 * items + sum(least_bytes(f) for f in [*inner, *field.fields])


def input_bytes(fixtures: dict[str, Any]) -> tuple[int, Counter[str]]:
    """The fixtures' size as `render.json_text` writes them (indent 2, UTF-8), and how many
    bytes the values of each input key take in all. A value shared by reference is measured
    once, so a list of 10,000 references to one list of 10,000 costs 20,000 steps, not 10^8."""
    sizes: dict[tuple[int, int], int] = {}
    keys: Counter[str] = Counter()
    for case in [*fixtures["valid"], *fixtures["invalid"]]:
        for key, value in case["input"].items():
            keys[str(key)] += _json_bytes(value, 4, sizes)  # file, list, case, input: depth 4
    return _json_bytes(fixtures, 0, sizes) + 1, keys  # json_text ends with a newline


def _json_bytes(value: Any, depth: int, sizes: dict[tuple[int, int], int]) -> int:
    """Bytes of `value` in json.dumps(indent=2, ensure_ascii=False) at nesting `depth`."""
    held = sizes.get((id(value), depth))
    if held is not None:
        return held
    if isinstance(value, dict) and value:
        entries = [_key_bytes(k) + 2 + _json_bytes(v, depth + 1, sizes) for k, v in value.items()]
    elif isinstance(value, list) and value:
        entries = [_json_bytes(v, depth + 1, sizes) for v in value]
    else:
        entries = []
    if entries:  # "[\n", each entry indented and ",\n"-separated, "\n" and the closing indent
        size = 2 + sum(entries) + 2 * (depth + 1) * len(entries) + 2 * (len(entries) - 1)
        size += 1 + 2 * depth + 1
    else:
        size = len(json.dumps(value, ensure_ascii=False).encode())
    sizes[(id(value), depth)] = size
    return size


def _key_bytes(key: Any) -> int:
    text = key if isinstance(key, str) else json.dumps(key)  # JSON keys are strings: 5 -> "5"
    return len(json.dumps(text, ensure_ascii=False).encode())
