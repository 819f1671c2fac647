"""Checks a request input against a model's spec before anything is sent, as its JSON Schema would.

One shared checker reads each model's limits and rules as data (`ModelSpec`), so models add no
code. Problems name the field and rule as the generated JSON Schema's checker does
(`kie_client._schema_check`); contract tests hold the two to the same verdicts on every fixture.
"""

from __future__ import annotations

import mimetypes
import os
import re
import stat
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kie_client._sniff import KNOWN_TYPES, head_of, looks_like, sniff
from kie_client._spec import FieldSpec, ModelSpec, RuleSpec
from kie_client.errors import Problem

URL_PATTERN = r"^https?://[^\s]+$"  # the generated schemas' `pattern` for URL inputs
_URL = re.compile(URL_PATTERN)


def is_url(value: object) -> bool:
    return isinstance(value, str) and _URL.match(value) is not None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_integer(value: object) -> bool:
    """JSON Schema's integer: a number with no fraction (so 2.0 counts), never a boolean."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:45]}...{text[-10:]}"


_TYPES: dict[str, tuple[Callable[[object], bool], str]] = {
    "string": (lambda v: isinstance(v, str), "a string"),
    "url": (lambda v: isinstance(v, str), "a URL string"),
    "integer": (_is_integer, "an integer"),
    "number": (_is_number, "a number"),
    "boolean": (lambda v: isinstance(v, bool), "true or false"),
    "array": (lambda v: isinstance(v, list | tuple), "a list"),
    "object": (lambda v: isinstance(v, Mapping), "an object"),
}


def _type_problem(field: FieldSpec, value: Any) -> str | None:
    """Why `value` is not of the field's type, or None if it is."""
    accepts, expected = _TYPES[field.type]
    return None if accepts(value) else f"{_show(value)} is not {expected}"


def _off_step(field: FieldSpec, value: int | float) -> bool:
    assert field.step is not None and field.minimum is not None
    try:
        offset = Decimal(str(value)) - Decimal(str(field.minimum))
        return offset % Decimal(str(field.step)) != 0
    except InvalidOperation:
        return True


def _enum_has(field: FieldSpec, value: Any) -> bool:
    # JSON equality: true is not 1 (Python says it is); "5" is not 5.
    return any(
        value == option.value and isinstance(value, bool) == isinstance(option.value, bool)
        for option in field.options
    )


def _text_problems(field: FieldSpec, value: str) -> Iterator[tuple[str, str]]:
    if field.max_length is not None and len(value) > field.max_length:
        yield "max_length", f"has {len(value)} characters; at most {field.max_length} are allowed"
    if field.min_length is not None and len(value) < field.min_length:
        yield "min_length", f"has {len(value)} characters; at least {field.min_length} are needed"
    if field.type == "url" and not is_url(value):
        yield "url", f"{_show(value)} is not an http(s) URL, nor a local file"
    if field.pattern is not None and re.search(field.pattern, value) is None:
        yield "pattern", f"{_show(value)} does not match {field.pattern!r}"


def _number_problems(field: FieldSpec, value: int | float) -> Iterator[tuple[str, str]]:
    if field.minimum is not None and value < field.minimum:
        yield "min", f"{value} is below the minimum {field.minimum}"
    elif field.maximum is not None and value > field.maximum:
        yield "max", f"{value} is above the maximum {field.maximum}"
    elif field.step is not None and _off_step(field, value):
        span = f"{field.minimum} to {field.maximum}"
        yield "step", f"{value} is not on the grid of step {field.step} from {span}"


def _within(outer: str, inner: str) -> str:
    """The path of `inner` inside `outer`: `elements` and `[0].name` -> `elements[0].name`."""
    if not inner:
        return outer
    return outer + inner if inner.startswith("[") or not outer else f"{outer}.{inner}"


def _array_problems(field: FieldSpec, value: list[Any]) -> Iterator[tuple[str, str, str]]:
    if field.min_items is not None and len(value) < field.min_items:
        yield "", "min_items", f"has {len(value)} items; at least {field.min_items} are needed"
    if field.max_items is not None and len(value) > field.max_items:
        yield "", "max_items", f"has {len(value)} items; at most {field.max_items} are allowed"
    assert field.items is not None
    for index, item in enumerate(value):
        for path, rule, message in _value_problems(field.items, item):
            if path:  # a named key inside the item: say which item
                yield _within(f"[{index}]", path), rule, message
            else:  # the item itself: reported against the list, as the schema does
                yield "", rule, f"item {index}: {message}"


def _object_problems(
    fields: tuple[FieldSpec, ...], values: Mapping[str, Any]
) -> Iterator[tuple[str, str, str]]:
    """(path, rule, message) for each problem of an object of named fields: unknown, missing, wrong."""
    known = {f.name for f in fields}
    for name in sorted(values.keys() - known):
        yield name, "unknown", f"is not an input; it takes {', '.join(sorted(known))}"
    for field in fields:
        if field.name in values:
            for path, rule, message in _value_problems(field, values[field.name]):
                yield _within(field.name, path), rule, message
        elif field.required:
            yield field.name, "required", "is required"


def _value_problems(field: FieldSpec, value: Any) -> Iterator[tuple[str, str, str]]:
    """(path, rule, message) for each limit `value` breaks; the path is "" for the value itself."""
    if value is None:
        if not field.nullable:
            yield "", "type", "is null, which this field does not take"
        return
    if field.type == "enum":
        if not _enum_has(field, value):
            allowed = ", ".join(repr(option.value) for option in field.options)
            yield "", "enum", f"{_show(value)} is not one of {allowed}"
        return
    wrong_type = _type_problem(field, value)
    if wrong_type:
        yield "", "type", wrong_type
    elif field.type in ("string", "url"):
        yield from (("", rule, message) for rule, message in _text_problems(field, value))
    elif field.type in ("integer", "number"):
        yield from (("", rule, message) for rule, message in _number_problems(field, value))
    elif field.type == "array":
        yield from _array_problems(field, value)
    elif field.type == "object":
        yield from _object_problems(field.fields, value)


def _broken(rule: RuleSpec, spec: ModelSpec, values: Mapping[str, Any]) -> bool:
    if rule.kind == "one_of":
        return sum(name in values for name in rule.fields) != 1
    if rule.kind == "exclusive":
        return sum(name in values for name in rule.fields) > 1
    if rule.kind == "requires":
        field, *needed = rule.fields
        return field in values and not all(name in values for name in needed)
    defaults = {f.name: f.default for f in spec.fields}
    return all(  # forbid: every named field holds a refused value (an absent one, its default)
        values.get(name, defaults.get(name)) in refused
        for name, refused in zip(rule.fields, rule.refused, strict=True)
    )


def _subject(rule: RuleSpec, values: Mapping[str, Any]) -> str:
    """The field a broken rule is reported against, as in the generated schema: one_of names the
    second field given when several are, and its first field when none is."""
    if rule.kind == "one_of":
        given = [name for name in rule.fields if name in values]
        return given[1] if len(given) > 1 else rule.fields[0]
    return rule.fields[1] if rule.kind == "exclusive" else rule.fields[0]


def values_of(model_input: object, spec: ModelSpec) -> dict[str, Any]:
    """The request input an input dataclass stands for: request names, fields left as None omitted."""
    values = {f.name: getattr(model_input, f.py_name) for f in spec.fields}
    return {name: value for name, value in values.items() if value is not None}


def check_input(spec: ModelSpec, values: Mapping[str, Any]) -> list[Problem]:
    """Every problem of `values` (field name -> value, as sent) against `spec`, by field then rule."""
    problems = [
        Problem(spec.id, path, rule, message)
        for path, rule, message in _object_problems(spec.fields, values)
    ]
    for rule in spec.rules:
        if _broken(rule, spec, values):
            problems.append(Problem(spec.id, _subject(rule, values), rule.kind, rule.message))
    return sorted(problems, key=lambda p: (p.field, p.rule, p.message))


# Names the docs give a file type besides the one Python's mimetypes knows it by.
_MIME_ALIASES = {
    "audio/wav": "audio/x-wav",
    "audio/wave": "audio/x-wav",
    "audio/mp3": "audio/mpeg",
    "audio/m4a": "audio/mp4",
    "audio/x-m4a": "audio/mp4",
    "image/jpg": "image/jpeg",
}


def same_type(mime: str) -> str:
    """One name for each file type, whichever name the docs used."""
    return _MIME_ALIASES.get(mime, mime)


_TOLD_BY_CONTENT = frozenset(map(same_type, KNOWN_TYPES))


def _fits(field: FieldSpec, content: set[str], name: str) -> bool:
    """Whether a file whose content may be of the types `content` (none: no signature matched)
    suits the field. Its content decides; its name only when the content matches no signature
    and the field takes a type no signature tells. A field naming only a medium refuses a file of
    another medium, and lets through one whose content is unknown."""
    accepted = {same_type(a) for a in field.accept}
    if not accepted:
        if not (field.media and content):
            return True  # nothing to hold it to, or a format no signature here tells
        return any(t.startswith(f"{field.media}/") for t in content)
    if content or accepted <= _TOLD_BY_CONTENT:
        return bool(content & accepted)
    by_name = mimetypes.guess_type(name)[0]
    return by_name is not None and same_type(by_name) in accepted


# What a path that exists is, when it is not a regular file.
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _mode(path: Path) -> int | None:
    """What stat says `path` is, or None when nothing is there (or no file can have that name)."""
    try:
        return path.stat().st_mode
    except (OSError, ValueError):  # ValueError: a NUL in the name; OSError: e.g. a name too long
        return None


def file_problem(path: Path) -> str | None:
    """Why the contents of `path` cannot be uploaded, or None for a regular file. Asked of stat
    before anything opens it: a device such as /dev/zero never ends, and a named pipe blocks."""
    mode = _mode(path)
    if mode is None:
        return "is not a file"
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return f"is {kind}, not a regular file"


def _first_bytes(path: Path) -> tuple[bytes, str | None]:
    """The first bytes of a local file, or why it cannot be read."""
    problem = file_problem(path)
    if problem:
        return b"", problem
    try:
        return head_of(path), None
    except OSError as error:
        return b"", f"cannot be read ({error.strerror})"


@dataclass(frozen=True)
class LocalFile:
    """A local path given for a URL input: it is uploaded, and its download URL sent instead."""

    field: str
    index: int | None  # its place in a list input, or None
    path: Path
    spec: FieldSpec  # the URL field (or list item) it fills

    def problems(self, model: str) -> list[Problem]:
        """Whether the file exists, its content (its first bytes) is of a type the field
        accepts, whatever its name says, and it is small enough."""
        head, problem = _first_bytes(self.path)
        if problem:
            return [Problem(model, self.field, "file", f"{str(self.path)!r} {problem}")]
        found = []
        if not _fits(self.spec, {same_type(t) for t in sniff(head)}, self.path.name):
            accepted = ", ".join(self.spec.accept) or f"{self.spec.media} files"
            found.append(
                Problem(
                    model,
                    self.field,
                    "accept",
                    f"{self.path.name} looks like {looks_like(head)}; accepted: {accepted}",
                )
            )
        size = self.path.stat().st_size
        if self.spec.max_size is not None and size > self.spec.max_size:
            limit = self.spec.max_size_text or f"{self.spec.max_size} bytes"
            found.append(
                Problem(
                    model,
                    self.field,
                    "max_size",
                    f"{self.path.name} is {size} bytes; at most {limit}",
                )
            )
        return found


def _as_local(value: Any) -> Path | None:
    if isinstance(value, os.PathLike):
        return Path(value)
    # Any file that is there, so that a directory or device is named as such, not as a bad URL.
    if isinstance(value, str) and not is_url(value) and value and _mode(Path(value)) is not None:
        return Path(value)
    return None


def local_files(spec: ModelSpec, values: Mapping[str, Any]) -> list[LocalFile]:
    """The local paths among the values of URL inputs (alone or in lists)."""
    found = []
    for field in spec.fields:
        value = values.get(field.name)
        if field.type == "url" and (path := _as_local(value)):
            found.append(LocalFile(field.name, None, path, field))
        elif field.type == "array" and field.items and field.items.type == "url":
            for index, item in enumerate(value if isinstance(value, list | tuple) else ()):
                if path := _as_local(item):
                    found.append(LocalFile(field.name, index, path, field.items))
    return found


def with_urls(values: Mapping[str, Any], urls: Mapping[LocalFile, str]) -> dict[str, Any]:
    """`values` with each local file replaced by its URL, and lists made JSON lists."""
    out = {name: list(v) if isinstance(v, tuple) else v for name, v in values.items()}
    for file, url in urls.items():
        if file.index is None:
            out[file.field] = url
        else:
            out[file.field] = [*out[file.field]]
            out[file.field][file.index] = url
    return out
