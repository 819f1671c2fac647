"""Stage 2b: the checks no meta-schema can express: ranges, steps, defaults within limits, rules,
examples, paths that match ids, and Python names that would collide."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from .build import listed
from .fixtures import MAX_FIXTURE_BYTES, input_bytes, least_bytes
from .jsonschema_out import (
    MAX_GRID_POINTS,
    field_schema,
    grid_size,
    model_schema,
    multiple_of_is_exact,
)
from .load import Document
from .metacheck import suggest
from .naming import CLIENT_ATTRIBUTES
from .problems import Problem, clip, quote
from .runtime import schema_check
from .spec import Field, ModelSpec

_PAIRS = (("min", "max"), ("min_length", "max_length"), ("min_items", "max_items"))
MAX_DEPTH = 4  # items and sub-fields nest at most this deep
MAX_PATTERN = 500  # characters of a field's regular expression


def _range_problems(doc: Document, path: tuple[Any, ...], data: dict[str, Any]) -> list[Problem]:
    problems = []
    for low, high in _PAIRS:
        if low in data and high in data and data[low] > data[high]:
            problems.append(
                doc.problem(
                    (*path, low),
                    f"{low} {data[low]} is greater than {high} {data[high]}",
                    f"make {low} at most {data[high]}, or swap the two",
                )
            )
    if "step" in data and data.get("min", 0) <= data.get("max", 0):
        lo, hi, step = (Decimal(str(data[k])) for k in ("min", "max", "step"))
        if step_too_fine(data["min"], data["max"], data["step"]):  # first: % would overflow
            problems.append(
                doc.problem(
                    (*path, "step"),
                    f"step {data['step']} makes more than {MAX_GRID_POINTS} values",
                    "use a coarser step, or drop the step",
                )
            )
        elif (hi - lo) % step != 0:
            fitted = lo + step * int((hi - lo) / step)
            problems.append(
                doc.problem(
                    (*path, "step"),
                    f"step {data['step']} does not divide the range {data['min']}..{data['max']}",
                    f"choose a step that divides {hi - lo}, or set max to {fitted}",
                )
            )
    if data.get("type") == "enum":
        kinds = {
            type(v) if not isinstance(v, int | float) or isinstance(v, bool) else float
            for v in data["values"]
        }
        if len(kinds) > 1 or bool in kinds:
            problems.append(
                doc.problem(
                    (*path, "values"),
                    "enum values mix strings with numbers or booleans",
                    'quote every value to make them all strings, e.g. "5": 5 seconds',
                )
            )
    return problems


def step_too_fine(minimum: float, maximum: float, step: float) -> bool:
    """A step whose values would be listed one by one (it does not count whole steps from a
    multiple of itself) and are more than MAX_GRID_POINTS."""
    return (
        not multiple_of_is_exact(minimum, step)
        and grid_size(minimum, maximum, step) > MAX_GRID_POINTS
    )


def _value_problems(doc: Document, path: tuple[Any, ...], field: Field) -> list[Problem]:
    """A field's default and example must pass the field's own limits."""
    problems = []
    for key in ("default", "example"):
        value = getattr(field, key)
        for violation in [] if value is None else schema_check().check(field_schema(field), value):
            if violation.rule == "enum" and not violation.field:
                values = clip(", ".join(repr(v) for v in field.values))
                message = f"{key} {quote(value)} is not among the values: {values}"
                hint = "pick one of the values"
            else:
                inside = f" at {violation.field}" if violation.field else ""  # e.g. [0].name
                message = f"{key}{inside} {violation.message}"
                hint = f"make the {key} fit the field's limits"
            problems.append(doc.problem((*path, key), message, hint))
    return problems


def _pattern_problems(doc: Document, path: tuple[Any, ...], field: Field) -> list[Problem]:
    if field.pattern is None:
        return []
    if len(field.pattern) > MAX_PATTERN:
        message = f"pattern has {len(field.pattern)} characters; at most {MAX_PATTERN} are allowed"
        return [doc.problem((*path, "pattern"), message, "shorten the regular expression")]
    try:
        re.compile(field.pattern)
    except re.error as error:
        return [
            doc.problem(
                (*path, "pattern"),
                f"pattern is not a regular expression: {error}",
                "write a Python regular expression, e.g. ^https?://",
            )
        ]
    return []


def _media_problems(doc: Document, path: tuple[Any, ...], field: Field) -> list[Problem]:
    """Each accepted MIME type must be of the URL's media, e.g. image/* for image."""
    if field.media is None:
        return []
    return [
        doc.problem(
            (*path, "accept", index),
            f"accept lists {quote(mime)}, which is not {field.media}/*",
            f"list only {field.media}/* types, or correct media",
        )
        for index, mime in enumerate(field.accept)
        if not mime.startswith(f"{field.media}/")
    ]


Node = tuple[tuple[Any, ...], dict[str, Any], Field, int]  # path, data, field, depth


def _nested(
    path: tuple[Any, ...], data: dict[str, Any], field: Field, depth: int = 0
) -> Iterator[Node]:
    """The field, then its items and sub-fields, depth first, with how deep each one is."""
    yield path, data, field, depth
    if field.items is not None:
        yield from _nested((*path, "items"), data["items"], field.items, depth + 1)
    for sub in field.fields:
        yield from _nested((*path, "fields", sub.name), data["fields"][sub.name], sub, depth + 1)


def _too_deep(doc: Document, path: tuple[Any, ...]) -> Problem:
    return doc.problem(
        path,
        f"items and fields nest more than {MAX_DEPTH} deep",
        "flatten the structure, or describe the innermost part in the description",
    )


def field_problems(doc: Document, model: ModelSpec) -> list[Problem]:
    problems: list[Problem] = []
    for field in model.fields:
        nodes = list(_nested(("input", field.name), doc.data["input"][field.name], field))
        found = [_too_deep(doc, path) for path, _, _, depth in nodes if depth == MAX_DEPTH + 1]
        for path, data, node, depth in nodes:
            if depth <= MAX_DEPTH:
                found += _range_problems(doc, path, data)
                found += _pattern_problems(doc, path, node) + _media_problems(doc, path, node)
        # A default or example is judged against the field's limits only once those make sense.
        problems += found or [
            p for path, _, node, _ in nodes for p in _value_problems(doc, path, node)
        ]
    least = Counter({field.name: least_bytes(field) for field in model.fields})
    return problems + _fixtures_too_large(doc, least.total(), least, "at least ")


def _fixtures_too_large(
    doc: Document, size: int, by_key: Counter[str], reckoned: str
) -> list[Problem]:
    """The test fixtures' size, refused over MAX_FIXTURE_BYTES at the input taking the most."""
    if size <= MAX_FIXTURE_BYTES:
        return []
    name = max(by_key, key=by_key.__getitem__, default="")
    return [
        doc.problem(
            ("input", name) if name in doc.data["input"] else ("model",),
            f"the test fixtures would take {reckoned}{size:,} bytes, more than the "
            f"{MAX_FIXTURE_BYTES:,} allowed; {by_key[name]:,} for {quote(name)}",
            "lower its max_length or max_items (a value one past each is written out), "
            "or its minimums, which every fixture holding it repeats",
        )
    ]


def rule_problems(doc: Document, model: ModelSpec) -> list[Problem]:
    known = {f.name for f in model.fields}
    problems: list[Problem] = []
    for index, data in enumerate(doc.data.get("rules", [])):
        kind = next(k for k in ("exclusive", "one_of", "requires", "forbid") if k in data)
        body = data[kind]
        named = (
            [*body, *(n for v in body.values() for n in listed(v))] if kind == "requires" else body
        )
        for name in dict.fromkeys(named):
            if name not in known:
                problems.append(
                    doc.problem(
                        ("rules", index, kind),
                        f"rule names unknown field {quote(name)}",
                        suggest(name, known),
                    )
                )
        if kind in ("exclusive", "one_of"):
            for name in body:
                if name in known and model.field(name).required:
                    problems.append(
                        doc.problem(
                            ("rules", index, kind),
                            f"{quote(name)} is required, so the others could never be given",
                            f"make every field of an {kind} rule optional",
                        )
                    )
        if kind == "forbid":
            for name, refused in body.items():
                if name in known:
                    for value in refused if isinstance(refused, list) else [refused]:
                        if schema_check().check(field_schema(model.field(name)), value):
                            problems.append(
                                doc.problem(
                                    ("rules", index, kind, name),
                                    f"{quote(value)} is not a value {quote(name)} can take",
                                    "refuse only values the field accepts",
                                )
                            )
    return problems


def example_problems(doc: Document, model: ModelSpec) -> list[Problem]:
    schema = model_schema(model)
    problems: list[Problem] = []
    for index, example in enumerate(model.examples):
        found = schema_check().check(schema, example.input)
        path = ("examples", index, "input")
        if example.rejected_for is None:
            problems += [
                doc.problem(
                    path,
                    f"example {quote(example.name)} breaks {v.field}: {v.message} [{v.rule}]",
                    f"fix the example, or record what it breaks: rejected_for: {{field: {v.field}, rule: {v.rule}}}",
                )
                for v in found
            ]
        elif example.rejected_for not in {(v.field, v.rule) for v in found}:
            field, rule = example.rejected_for
            actual = (
                ", ".join(f"{v.field} [{v.rule}]" for v in found) or "nothing: the example is valid"
            )
            problems.append(
                doc.problem(
                    ("examples", index, "rejected_for"),
                    f"example {quote(example.name)} does not break {field} [{rule}]; it breaks {actual}",
                    "correct rejected_for, or remove it",
                )
            )
    return problems


def path_problems(doc: Document, model: ModelSpec) -> list[Problem]:
    expected = f"models/{model.id}.yaml"
    if doc.rel in (expected, expected[:-5] + ".yml"):
        return []
    return [
        doc.problem(
            ("model",),
            f"model id {quote(model.id)} does not match the file's path {quote(doc.rel)}",
            f"move the file to specs/{expected}, or set model: to match its path",
        )
    ]


# A checked model and how to get its document, read again only to locate a problem.
Source = tuple[ModelSpec, Callable[[], "Document | None"]]


def name_problems(sources: list[Source]) -> list[Problem]:
    """Ids, modules, classes and client methods must be unique, and fields unique within a model."""
    problems: list[Problem] = []
    claims: dict[tuple[str, str], list[Callable[[], Document | None]]] = defaultdict(list)
    for model, document in sources:
        for what, name in (
            ("model id", model.id),
            ("Python module", model.module),
            ("input class", model.class_name),
            ("client method", f"{model.group}.{model.method}"),
        ):
            claims[(what, name)].append(document)
        if model.group in CLIENT_ATTRIBUTES and (doc := document()):
            problems.append(
                doc.problem(
                    ("model",),
                    f"client group {quote(model.group)} would hide the client's own {quote(model.group)}",
                    "rename the model's first id segment",
                )
            )
        seen: dict[str, str] = {}
        for field in model.fields:
            if field.py_name in seen and (doc := document()):
                problems.append(
                    doc.problem(
                        ("input", field.name),
                        f"fields {quote(seen[field.py_name])} and {quote(field.name)} both become Python name {quote(field.py_name)}",
                        "rename one of them",
                        key=True,
                    )
                )
            seen[field.py_name] = field.name
    for (what, name), claimants in claims.items():
        if len(claimants) > 1:
            owners = [doc for doc in (claimant() for claimant in claimants) if doc]
            for doc in owners:
                others = ", ".join(
                    f"{o.file}:{o.where(('model',))[0]}" for o in owners if o is not doc
                )
                message = (
                    f"duplicate model id {quote(name)}, also in {others}"
                    if what == "model id"
                    else f"{what} {quote(name)} is also produced by {others}"
                )
                problems.append(doc.problem(("model",), message, "give each model a distinct id"))
    return problems


def fixture_problems(doc: Document, model: ModelSpec, fixtures: dict[str, Any]) -> list[Problem]:
    """Each fixture must be judged as tagged; if not, the spec's limits or rules contradict each other."""
    size, by_key = input_bytes(fixtures)
    if too_large := _fixtures_too_large(doc, size, by_key, ""):
        return too_large  # checking every case would take as long as writing them
    check = schema_check().checker(model_schema(model))
    problems = []
    for case in fixtures["valid"]:
        for v in check(case["input"]):
            problems.append(
                doc.problem(
                    ("model",),
                    f"no valid input with {quote(case['name'])} exists: {v}",
                    "the field's limits or the rules contradict each other",
                )
            )
    for case in fixtures["invalid"]:
        found = {(v.field, v.rule) for v in check(case["input"])}
        if (case["field"], case["rule"]) not in found:
            top = re.split(r"[.\[]", case["field"])[0]  # the input the field path starts at
            problems.append(
                doc.problem(
                    ("input", top) if top in doc.data["input"] else ("model",),
                    f"cannot build an input that breaks only {case['field']} [{case['rule']}]",
                    "the field's limits or the rules contradict each other",
                )
            )
    return problems
