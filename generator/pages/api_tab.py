"""The market page's API tab as text (the form of the five seed pages), read faithfully.

Every structured line becomes part of the spec (id, inputs, Required/Optional, types, descriptions,
limits, options, examples, the request example in cURL or Python). Prose that reads like a
constraint becomes a TODO note quoted with its line, for a person to turn into a rule or dismiss.
The site's navigation, which a page saved whole carries above its content, is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..problems import quote
from .common import (
    Draft,
    Line,
    PageError,
    docs_example,
    docs_json,
    finish_field,
    laid_out,
    new_draft,
    number,
    page_error,
    settle_rules,
    size_text,
    too_fine,
)

FORM = "api-tab"
TYPES = {
    "string": "string",
    "number": "number",
    "integer": "integer",
    "boolean": "boolean",
    "string(URL)": "url",
    "array(URL)": "array",
    "array(string)": "array",
}
ITEM_TYPES = {"array(URL)": "url", "array(string)": "string"}

_FIELD = re.compile(r"input\.([A-Za-z_][A-Za-z0-9_]*)")
_MAX_LENGTH = re.compile(r"Max length: (\d+) characters")
_MIN_LENGTH = re.compile(r"Min length: (\d+) characters")
_NUMBER = r"(-?\d+(?:\.\d+)?)"
_RANGE = re.compile(rf"Min: {_NUMBER}, Max: {_NUMBER}(?:, Step: {_NUMBER})?")
_FILE = re.compile(
    r"(?:File URL after upload, not file content|Please provide the URL of the uploaded file); "
    r"Accepted types: ([^;]+); Max size: ([0-9.]+) ?([KMG]B)"
)
# A market page saved whole starts with the site's navigation (menus, the model's header, the
# tabs), up to the API tab's content: not the page's own text.
NAVIGATION_START = "kie.ai"
_LIMIT_WORDS = ("Max length", "Min length", "Min:", "Max:", "Accepted types", "Max size")


def detect(lines: list[Line]) -> bool:
    return any(line.text == "Input Object Parameters" for line in lines) and not any(
        line.text.startswith("## ") for line in lines[:5]
    )


class _Reader:
    def __init__(self, path: Path, lines: list[Line]) -> None:
        self.path = path
        self.lines = lines

    def error(self, line: int, message: str, hint: str = "", where: str = "") -> PageError:
        return page_error(self.path, line, message, hint, where)

    def find(self, text: str, start: int = 0) -> int | None:
        return next((i for i in range(start, len(self.lines)) if self.lines[i].text == text), None)

    def json_after(self, index: int, what: str) -> tuple[Any, int]:
        """The JSON value on the first non-empty line after `index`; returns it and its index."""
        i = index + 1
        while i < len(self.lines) and not self.lines[i].text:
            i += 1
        if i >= len(self.lines):
            raise self.error(self.lines[index].number, f"the page ends before {what}")
        value, _ = docs_json(self.path, self.lines[i].number, self.lines[i].text, what)
        return value, i


def _blocks(reader: _Reader, start: int, end: int) -> Iterator[tuple[str, list[Line]]]:
    """Each `input.NAME` block between two indexes: its name and its non-empty lines."""
    current: tuple[str, list[Line]] | None = None
    for line in reader.lines[start:end]:
        match = _FIELD.fullmatch(line.text)
        if match:
            if current:
                yield current
            current = (match[1], [line])
        elif current and line.text:
            current[1].append(line)
    if current:
        yield current


class _FieldReader:
    """One `input.NAME` block: Required/Optional, type, description, limits, options, example."""

    def __init__(self, reader: _Reader, name: str, lines: list[Line], draft: Draft) -> None:
        self.reader, self.name, self.lines, self.draft = reader, name, lines, draft
        self.where = f"input.{name}"

    def error(self, line: Line, message: str, hint: str = "") -> PageError:
        return self.reader.error(line.number, message, hint, self.where)

    def read(self) -> dict[str, Any]:
        if len(self.lines) < 3:
            last = self.lines[-1]
            raise self.error(last, "the block ends before its Required/Optional and type lines")
        need, kind = self.lines[1], self.lines[2]
        if need.text not in ("Required", "Optional"):
            raise self.error(need, f"expected Required or Optional, found {quote(need.text)}")
        if kind.text not in TYPES:
            known = ", ".join(TYPES)
            raise self.error(kind, f"unknown type {quote(kind.text)}", f"known types: {known}")
        spec: dict[str, Any] = {"type": TYPES[kind.text]}
        if need.text == "Required":
            spec["required"] = True
        description: list[Line] = []
        options: dict[Any, str] = {}
        rest = self.lines[3:]
        i = 0
        while i < len(rest):
            line = rest[i]
            text = line.text
            if text == "Available options:":
                i = self._options(rest, i + 1, options, numeric=kind.text in ("number", "integer"))
                continue
            if text == "Example:":
                value, _ = self._example(line)
                spec["example"] = value
                i += 2
                continue
            if not self._limit(line, spec, kind.text):
                description.append(line)
            i += 1
        if kind.text in ITEM_TYPES:  # a list with no file line still says what it holds
            spec.setdefault("items", {"type": ITEM_TYPES[kind.text]})
        return finish_field(self.draft, self.name, spec, options, description)

    def _example(self, line: Line) -> tuple[Any, int]:
        index = self.reader.lines.index(line)
        return self.reader.json_after(index, f"the example of {self.where}")

    def _options(self, rest: list[Line], i: int, options: dict[Any, str], numeric: bool) -> int:
        """Read `value`, `-`, `label` triples; returns the index after them."""
        while i < len(rest) and rest[i].text != "Example:":
            if i + 2 >= len(rest) or rest[i + 1].text != "-":
                raise self.error(rest[i], "an option is not written as VALUE, '-', LABEL")
            value: Any = rest[i].text
            if numeric:
                try:
                    value = number(value)
                except ArithmeticError:
                    raise self.error(rest[i], f"option {quote(value)} is not a number") from None
            options[value] = rest[i + 2].text
            i += 3
        return i

    def _limit(self, line: Line, spec: dict[str, Any], page_type: str) -> bool:
        """Read a limit line into `spec`; False if the line is not a limit."""
        text = line.text
        if m := _MAX_LENGTH.fullmatch(text):
            spec["max_length"] = int(m[1])
        elif m := _MIN_LENGTH.fullmatch(text):
            spec["min_length"] = int(m[1])
        elif m := _RANGE.fullmatch(text):
            spec["min"], spec["max"] = number(m[1]), number(m[2])
            if m[3] is not None:
                spec["step"] = number(m[3])
                if why := too_fine(spec["min"], spec["max"], spec["step"]):
                    raise self.error(line, why, "is the step right?")
        elif m := _FILE.fullmatch(text):
            size = size_text(m[2], m[3])
            target = spec.setdefault("items", {"type": "url"}) if page_type in ITEM_TYPES else spec
            target.update(accept=[t.strip() for t in m[1].split(",")], max_size=size)
        elif text == "Boolean value (true/false)":
            pass  # the type line says it already
        elif text.startswith(_LIMIT_WORDS):
            raise self.error(
                line,
                f"unreadable limit {quote(text)}",
                "expected e.g. 'Max length: 100 characters' or 'Min: 0, Max: 1, Step: 0.1'",
            )
        else:
            return False
        return True


# Where the request example's JSON body starts and ends, in the samples pages show (cURL, Python).
_BODY_START = ("-d '{", "payload = {")
_BODY_END = ("}'", "}")


def _payload(reader: _Reader) -> dict[str, Any] | None:
    """The request example's JSON body (the first cURL or Python sample), if the page has one."""
    start = next(
        (i for i, line in enumerate(reader.lines) if line.text.endswith(_BODY_START)), None
    )
    if start is None:
        return None
    end = next(
        (
            i
            for i in range(start + 1, len(reader.lines))
            if reader.lines[i].raw.rstrip() in _BODY_END  # unindented: the body's own brace
        ),
        None,
    )
    if end is None:
        raise reader.error(reader.lines[start].number, "the request example's body never closes")
    body = "\n".join(line.text for line in reader.lines[start + 1 : end])
    payload, _ = docs_json(
        reader.path, reader.lines[start + 1].number, "{" + body + "}", "the request example"
    )
    return payload if isinstance(payload, dict) else None


def _model_id(reader: _Reader, payload: dict[str, Any] | None) -> str:
    root = reader.find("Root Level Parameters")
    model_line = reader.find("model", root or 0) if root is not None else None
    if model_line is not None:
        example = reader.find("Example:", model_line)
        if example is not None:
            value, _ = reader.json_after(example, "the model id")
            if isinstance(value, str) and value:
                return value
    if payload and isinstance(payload.get("model"), str):
        return str(payload["model"])
    raise reader.error(1, "no model id: neither a `model` example nor a request example names one")


def read(path: Path, lines: list[Line]) -> Draft:
    """The draft spec an API-tab page describes; PageError (with the page line) if it cannot."""
    reader = _Reader(path, lines)
    inputs = reader.find("Input Object Parameters")
    if inputs is None:
        raise reader.error(1, "not a model page: it has no 'Input Object Parameters' section")
    end = reader.find("Request Example", inputs)
    if end is None:
        last = reader.lines[-1].number if reader.lines else 1
        raise reader.error(last, "the page ends before its 'Request Example': is it truncated?")
    payload = _payload(reader)
    draft = new_draft(_model_id(reader, payload), path, FORM)
    for name, block in _blocks(reader, inputs, end):
        if name in draft.spec["input"]:
            raise reader.error(block[0].number, f"input.{name} is described twice")
        draft.spec["input"][name] = _FieldReader(reader, name, block, draft).read()
    if not draft.spec["input"]:
        raise reader.error(reader.lines[inputs].number, "the page lists no input.NAME parameters")
    settle_rules(draft)
    if examples := docs_example(payload):
        draft.spec["examples"] = examples
    first = next((line for line in reader.lines if line.text), None)
    if first and first.text not in ("POST", NAVIGATION_START):
        draft.spec.setdefault("notes", []).insert(
            0,
            {
                "line": first.number,
                "doc": first.text,
                "todo": "Text above the page's content: keep it as context or drop this note.",
            },
        )
    return laid_out(draft)
