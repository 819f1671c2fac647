"""Stage 2a: check a document against its meta-schema; each error becomes a located problem with a hint."""

from __future__ import annotations

import difflib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .load import Document
from .problems import MAX_PART, Problem, clip, quote

METASCHEMA_DIR = Path(__file__).parent / "metaschema"
MODEL_ID_HINT = "use lowercase letters, digits, '.', '-' and '_' in segments joined by '/', e.g. kling-2.6/image-to-video"


def _ends_strictly(schema: Any) -> Any:
    """The schema with each pattern's final `$` made Python's `\\Z`. JSON Schema patterns are
    ECMA-262, where `$` matches only at the very end; Python's `$` also matches before a final
    newline, which would let an id like 'a/b\\n' through. The files keep `$`, which editors read."""
    if isinstance(schema, list):
        return [_ends_strictly(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: _ends_strictly(value) for key, value in schema.items()}
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and re.search(r"(?<!\\)(\\\\)*\$$", pattern):
        out["pattern"] = pattern[:-1] + r"\Z"
    return out


@cache
def validator(name: str) -> Draft202012Validator:
    schema = json.loads((METASCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(_ends_strictly(schema))


def suggest(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, sorted(map(str, choices)), n=1, cutoff=0.6)
    return (
        f"did you mean {quote(close[0])}?"
        if close
        else f"expected one of: {clip(', '.join(sorted(map(str, choices))), MAX_PART)}"
    )


def explain_model_id(model_id: str) -> str:
    """Why a model id is refused, in words."""
    if space := next((c for c in model_id if c.isspace() and c != " "), None):
        return f"contains {space!r}"
    if model_id != model_id.strip() or " " in model_id:
        return "contains spaces"
    if ".." in model_id.split("/") or ".." in model_id:
        return "contains '..'"
    if model_id.startswith("/") or model_id.endswith("/"):
        return "starts or ends with '/'"
    if model_id != model_id.lower():
        return f"has uppercase letters (write {quote(model_id.lower())})"
    return "is not a valid model id"


_PATTERN_HELP = {
    "model": ("model id {value} {why}", MODEL_ID_HINT),
    "kind": ("kind {value} is not lowercase words joined by '-'", "e.g. image-to-video"),
    "max_size": (
        "size {value} has no recognised unit",
        "write a number and a unit, e.g. 10MB or 512KiB",
    ),
    "accept": ("{value} is not a MIME type", "write type/subtype, e.g. image/png"),
    "name": (
        "name {value} is not lowercase words joined by '-' or '_'",
        "e.g. docs or full-range",
    ),
    "version": ("version {value} is not MAJOR.MINOR.PATCH", "e.g. 1.2.0"),
}


def _pattern(doc: Document, path: tuple[Any, ...], value: Any) -> Problem:
    named = [p for p in path if isinstance(p, str)]
    key = named[-1] if named else ""
    if key in _PATTERN_HELP:
        message, hint = _PATTERN_HELP[key]
        return doc.problem(
            path, message.format(value=quote(value), why=explain_model_id(str(value))), hint
        )
    if key.endswith("url"):
        return doc.problem(
            path, f"{quote(value)} is not an http(s) URL without a path", "e.g. https://api.kie.ai"
        )
    # A field name: in a list of names, the item itself; else a propertyNames error, whose path
    # is the mapping and whose value is the key that breaks the pattern.
    in_list = bool(path) and isinstance(path[-1], int)
    return doc.problem(
        path if in_list else (*path, value),
        f"field name {quote(value)} is not valid",
        "use letters, digits, '_' and '-', starting with a letter or '_'",
        key=not in_list,
    )


def _type_name(value: Any) -> str:
    return {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "list",
        dict: "mapping",
        type(None): "nothing",
    }.get(type(value), type(value).__name__)


def _problems(doc: Document, error: ValidationError) -> list[Problem]:
    path = tuple(error.absolute_path)
    # The stubs type these as "X | Unset"; for an error from iter_errors all are set.
    value: Any = error.instance
    keyword: Any = error.validator
    expected: Any = error.validator_value
    schema: Any = error.schema
    if keyword == "additionalProperties" and isinstance(value, dict):
        allowed = set(schema.get("properties", {}))
        return [
            doc.problem(
                (*path, k), f"unknown key {quote(str(k))}", suggest(str(k), allowed), key=True
            )
            for k in sorted(set(value) - allowed, key=str)
        ]
    if keyword == "required":
        missing = [k for k in expected if k not in value]
        return [
            doc.problem(path, f"missing required key '{k}'", f"add `{k}: ...`") for k in missing
        ]
    if keyword == "type":
        wanted = expected if isinstance(expected, str) else " or ".join(expected)
        hint = f"write a {wanted}"
        if "string" in wanted and not isinstance(value, dict | list):
            hint = f'quote it: "{clip(str(value))}"'
        got = f"got {_type_name(value)} {quote(value)}"
        return [doc.problem(path, f"expected a {wanted}, {got}", hint)]
    if keyword == "enum":
        return [
            doc.problem(path, f"{quote(value)} is not allowed here", suggest(str(value), expected))
        ]
    if keyword == "pattern":
        return [_pattern(doc, path, value)]
    if keyword == "not" and isinstance(value, str):  # a key the item schema's propertyNames refuses
        return [
            doc.problem(
                (*path, value),
                f"{quote(value)} is not allowed in array items",
                "items are always present and carry no default or example; "
                "set these on the array itself",
                key=True,
            )
        ]
    if keyword == "dependentRequired":
        needs = [
            k
            for trigger, deps in expected.items()
            if trigger in value
            for k in deps
            if k not in value
        ]
        return [
            doc.problem(
                path,
                f"'step' needs {' and '.join(repr(k) for k in needs)}",
                "a step counts from min to max; give both",
            )
        ]
    if keyword == "oneOf" and path and path[0] == "rules":
        return [
            doc.problem(
                path,
                "a rule needs exactly one of 'exclusive', 'one_of', 'requires', 'forbid'",
                "split it into one rule per kind",
            )
        ]
    if keyword == "oneOf" and path and path[0] == "notes":
        return [
            doc.problem(
                path,
                "a note needs exactly one of 'decision' and 'todo'",
                "say what was decided, or what is still to decide",
            )
        ]
    if keyword == "oneOf" and error.context:
        return _problems(doc, max(error.context, key=lambda e: len(e.absolute_path)))
    if keyword in (
        "maxItems",
        "maxProperties",
    ):  # a cap the meta-schema sets on what a page may ask
        return [
            doc.problem(
                path,
                f"has {len(value)} entries; at most {expected} are allowed",
                "keep within the cap",
            )
        ]
    if keyword == "uniqueItems":
        return [doc.problem(path, "lists the same item twice", "remove the repeated item")]
    message = error.message.replace(repr(value), quote(value), 1)
    message = re.sub(r"^.{80,}? (is|has|does|should)", r"value \1", message)
    return [doc.problem(path, message, "see generator/metaschema for what is allowed")]


def meta_problems(doc: Document, schema_name: str) -> list[Problem]:
    problems: list[Problem] = []
    for error in validator(schema_name).iter_errors(doc.data):
        problems.extend(_problems(doc, error))
    if not isinstance(doc.data, dict) and not problems:
        problems.append(doc.problem((), "the spec is empty", "write the model's keys"))
    return problems
