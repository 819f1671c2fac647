"""Python written as black writes it: literals, a model's SPEC statement, annotations, exports and
import lines. What is laid out here with certainty needs no formatting at all; tests/test_layout.py
holds every module so written to black."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

LINE_LENGTH = 100
INDENT = "    "

# Generator-side attributes the generated package has no use for.
_NOT_AT_RUNTIME = frozenset({"source", "spec_file", "examples", "notes", "digest"})
_RUNTIME_CLASS = {
    "Field": "FieldSpec",
    "Rule": "RuleSpec",
    "Option": "Option",
    "ModelSpec": "ModelSpec",
}


def py_string(text: str) -> str:
    """A string literal as black writes it: in double quotes, unless they need more escapes."""
    written = repr(text)
    if written[0] == '"' or text.count('"') > text.count("'"):
        return written  # repr's double quotes, or single quotes that escape less
    # repr escaped every single quote and no double quote: swap which kind is escaped
    return '"' + written[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'


def py_number(value: int | float) -> str:
    """A number as black writes it: repr's exponent without its plus sign."""
    return repr(value).replace("e+", "e")


def _spec_args(value: Any) -> list[tuple[str, Any]]:
    """A spec object's constructor arguments: every runtime attribute not at its default."""
    return [
        (f"{f.name}=", getattr(value, f.name))
        for f in dataclasses.fields(value)
        if f.name not in _NOT_AT_RUNTIME and getattr(value, f.name) != f.default
    ]


@dataclass(frozen=True)
class Subscript:
    """`name[items]` in an annotation, e.g. `Literal["a", "b"]`: black splits it as a call."""

    name: str
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Code:
    """Python written out already, e.g. `str | os.PathLike[str]`: laid out as it is, on one line."""

    text: str


def _parts(value: Any) -> tuple[str, list[tuple[str, Any]], str] | None:
    """(opening, [(item prefix, item)], closing) of a bracketed value; None for a scalar."""
    if isinstance(value, Code):
        return None
    if isinstance(value, Subscript):
        return f"{value.name}[", [("", item) for item in value.items], "]"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return f"{_RUNTIME_CLASS[type(value).__name__]}(", _spec_args(value), ")"
    if isinstance(value, tuple):
        return "(", [("", v) for v in value], ")"
    if isinstance(value, list):
        return "[", [("", v) for v in value], "]"
    if isinstance(value, dict):
        return "{", [(f"{literal(k)}: ", v) for k, v in value.items()], "}"
    return None


def literal(value: Any, memo: dict[int, str] | None = None) -> str:
    """A Python expression on one line that evaluates to `value`; spec dataclasses become the
    runtime's spec constructors. `memo` keeps each part's text, for a caller that asks again for
    the parts of a value (by identity: the parts must live as long as it)."""
    if memo is not None and id(value) in memo:
        return memo[id(value)]
    if isinstance(value, Code):
        text = value.text
    elif value is None or isinstance(value, bool):
        text = repr(value)
    elif isinstance(value, int | float):
        text = py_number(value)
    elif isinstance(value, str):
        text = py_string(value)
    elif (parts := _parts(value)) is not None:
        opening, items, closing = parts
        inside = ", ".join(prefix + literal(item, memo) for prefix, item in items)
        comma = "," if isinstance(value, tuple) and len(items) == 1 else ""
        text = opening + inside + comma + closing
    else:
        raise TypeError(f"no literal for {type(value).__name__}")
    if memo is not None:
        memo[id(value)] = text
    return text


def import_line(module: str, names: list[str], depth: int) -> str:
    """`from module import names` at `depth` as black writes it: on one line when it fits, else
    one name a line in parentheses. (Module and class names are ASCII identifiers.)"""
    pad = INDENT * depth
    line = f"{pad}from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return line
    inside = "".join(f"{pad}{INDENT}{name},\n" for name in names)
    return f"{pad}from {module} import (\n{inside}{pad})"


@dataclass(frozen=True)
class Laid:
    text: str
    certain: bool  # False when a line's width, as black measures wide characters, was unsure


def _fits(line: str) -> bool | None:
    """Whether a line fits LINE_LENGTH as black measures it; None when unsure. Black counts a
    character 0, 1 or 2 columns wide by its own table: ASCII is 1, anything else 0 to 2."""
    if line.isascii():
        return len(line) <= LINE_LENGTH
    ascii_count = sum(char.isascii() for char in line)
    if ascii_count + 2 * (len(line) - ascii_count) <= LINE_LENGTH:
        return True
    return False if ascii_count > LINE_LENGTH else None


def _always_split(value: Any, memo: dict[int, bool]) -> bool:
    """Whether black keeps `value` split however short: a tuple of several items (written with a
    trailing comma, which black keeps), or anything holding one. `memo` keeps each part's answer
    (by identity, as for `literal`)."""
    if id(value) not in memo:
        parts = _parts(value)
        memo[id(value)] = (isinstance(value, tuple) and len(value) > 1) or (
            parts is not None and any(_always_split(item, memo) for _, item in parts[1])
        )
    return memo[id(value)]


def laid_out(head: str, value: Any, depth: int = 0, suffix: str = "") -> Laid:
    """The statement `head` + `value` as black lays it out. A value stays on one line when it
    fits and nothing in it must split. Otherwise its brackets open a block: a single item is laid
    out alone inside; a call's arguments share one line when they fit; anything else is split one
    item a line, with a trailing comma."""
    lines: list[str] = []
    certain = True
    memo: dict[int, str] = {}  # each part's one-line text, made once however deep it sits
    split: dict[int, bool] = {}  # and whether it must split

    def fits(line: str) -> bool:
        nonlocal certain
        verdict = _fits(line)
        certain = certain and verdict is not None
        return bool(verdict)

    def lay(prefix: str, item: Any, suffix: str, depth: int) -> None:
        nonlocal certain
        pad = INDENT * depth
        parts = _parts(item)
        whole = pad + prefix + literal(item, memo) + suffix
        if parts is None or not parts[1] or (not _always_split(item, split) and fits(whole)):
            lines.append(whole)  # a scalar, an empty collection or call, or what fits
            if isinstance(item, Code) and "[" in item.text and not fits(whole):
                certain = False  # black would split its brackets, as it alone knows how
            return
        opening, items, closing = parts
        lines.append(pad + prefix + opening)
        inside = INDENT * (depth + 1) + ", ".join(p + literal(i, memo) for p, i in items)
        if len(items) == 1:
            only_prefix, only = items[0]
            lay(only_prefix, only, "," if isinstance(item, tuple) else "", depth + 1)
        elif dataclasses.is_dataclass(item) and not _always_split(item, split) and fits(inside):
            lines.append(inside)  # a call's arguments, unlike a collection's items, may share
        else:
            for item_prefix, value in items:
                lay(item_prefix, value, ",", depth + 1)
        lines.append(pad + closing + suffix)

    lay(head, value, suffix, depth)
    return Laid("\n".join(lines) + "\n", certain)


def annotated(
    name: str, annotation: Any, *, or_none: bool, default: str, suffix: str, depth: int
) -> Laid:
    """`name: annotation` (`| None` when `or_none`) with `default` (e.g. `None`, or "") and then
    `suffix` ("," for a parameter, "" for a class's field), as black lays it out. A field's
    default, when the rest fits, goes in parentheses of its own; else a union goes in parentheses,
    split at its `|` if still too long; an annotation alone splits at its brackets."""
    tail = (f" = {default}" if default else "") + suffix
    if not or_none:
        return laid_out(f"{name}: ", annotation, depth, tail)
    pad, inner = INDENT * depth, INDENT * (depth + 1)
    written = literal(annotation) + " | None"
    whole_fits, inside_fits = _fits(f"{pad}{name}: {written}{tail}"), _fits(inner + written)
    if whole_fits:
        return Laid(f"{pad}{name}: {written}{tail}\n", True)
    # a class's field is an assignment, whose value black may wrap instead
    head_fits = _fits(f"{pad}{name}: {written} = (") if default and not suffix else False
    if head_fits:
        return Laid(f"{pad}{name}: {written} = (\n{inner}{default}\n{pad})\n", True)
    if inside_fits:
        body = Laid(inner + written + "\n", True)
    else:
        split = laid_out("", annotation, depth + 1)
        body = Laid(f"{split.text}{inner}| None\n", split.certain)
    certain = body.certain and None not in (whole_fits, inside_fits, head_fits)
    return Laid(f"{pad}{name}: (\n{body.text}{pad}){tail}\n", certain)
