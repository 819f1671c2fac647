"""Stage 1: read spec files into documents that remember where each key and value stands."""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    MappingEndEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
)
from ruamel.yaml.parser import Parser as PureParser
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.tokens import (
    AliasToken,
    AnchorToken,
    BlockEndToken,
    BlockMappingStartToken,
    BlockSequenceStartToken,
    FlowMappingEndToken,
    FlowMappingStartToken,
    FlowSequenceEndToken,
    FlowSequenceStartToken,
    ScalarToken,
)

from .paths import display_path, escape_problem, escapes
from .problems import Problem, clip

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Document:
    """A parsed spec file: plain data for validation, the marked tree for locating problems."""

    file: str  # as shown in messages, relative to the project root when possible
    rel: str  # path below the specs folder, with forward slashes
    text: str
    data: Any  # the content as plain dict/list/str/int/float/bool/None

    @cached_property
    def tree(self) -> Any:
        """ruamel round-trip nodes, which carry line/column marks: parsed (by the slower pure
        Python parser) only when a problem is to be located."""
        return YAML(typ="rt").load(self.text)

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, col) of the value at `path`, or of its key when `key` is set.

        A path that runs past what exists points at the deepest node that does exist,
        which is where a missing key would have to be written.
        """
        node = self.tree
        line, col = 0, 0
        for depth, step in enumerate(path, start=1):
            if isinstance(node, CommentedMap) and step in node:
                at_key = key and depth == len(path)
                line, col = node.lc.key(step) if at_key else node.lc.value(step)
                node = node[step]
            elif isinstance(node, CommentedSeq) and isinstance(step, int) and step < len(node):
                line, col = node.lc.item(step)
                node = node[step]
            else:
                if isinstance(node, CommentedMap | CommentedSeq):
                    line, col = node.lc.line, node.lc.col
                break
        return line + 1, col + 1

    def problem(self, path: Path_, message: str, hint: str = "", *, key: bool = False) -> Problem:
        line, col = self.where(path, key=key)
        return Problem(self.file, line, col, dotted(path), message, hint)


def dotted(path: Path_) -> str:
    """`("input", "image_urls", "items", 0)` -> `input.image_urls.items[0]`."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _plain(node: Any, path: Path_, bad: list[Path_]) -> Any:
    """Round-trip nodes -> plain Python values; non-finite numbers are noted, as JSON has none."""
    if isinstance(node, dict):
        return {
            str(k) if not isinstance(k, int | float) else k: _plain(v, (*path, k), bad)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_plain(v, (*path, i), bad) for i, v in enumerate(node)]
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        if not math.isfinite(node):
            bad.append(path)
        return float(node)
    if isinstance(node, str):
        return str(node)
    return node


MAX_NESTING = 64  # levels of mappings and lists; the deepest spec needs about a dozen
_OPENS = (
    BlockMappingStartToken,
    BlockSequenceStartToken,
    FlowMappingStartToken,
    FlowSequenceStartToken,
)
_CLOSES = (BlockEndToken, FlowMappingEndToken, FlowSequenceEndToken)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_DECIMAL = re.compile(r"[-+]?[0-9][0-9_]*")


@dataclass(frozen=True)
class Fault:
    """What makes YAML text unfit to load, at its 0-based line and column: "alias" (an anchor or
    alias: composing expands each in full), "nesting" (a level deeper than allowed: composing
    recurses once per level), "surrogate" (an escaped lone surrogate, which UTF-8 cannot encode),
    "digits" (an integer longer than Python converts)."""

    kind: str
    line: int
    col: int


def _too_many_digits(plain_scalar: str) -> bool:
    """Whether a plain scalar is an integer longer than this Python converts."""
    limit = sys.get_int_max_str_digits()
    digits = sum(map(str.isdigit, plain_scalar))
    too_long = 0 < limit < digits  # 0: this Python converts any length
    return too_long and _DECIMAL.fullmatch(plain_scalar) is not None


def _token_fault(token: Any) -> str:
    """The fault a token is by itself, or ''."""
    if isinstance(token, AliasToken | AnchorToken):
        return "alias"
    if not isinstance(token, ScalarToken):
        return ""
    if _SURROGATE.search(token.value):
        return "surrogate"
    return "digits" if token.plain and _too_many_digits(token.value) else ""


def yaml_fault(text: str, max_nesting: int) -> Fault | None:
    """The first fault of `text`, from its tokens alone: the scanner keeps its indents and
    brackets in lists. Raises what the scanner raises (MarkedYAMLError, ReaderError)."""
    depth = 0
    for token in YAML().scan(text):
        depth += isinstance(token, _OPENS) - isinstance(token, _CLOSES)
        kind = "nesting" if depth > max_nesting else _token_fault(token)
        if kind:
            return Fault(kind, token.start_mark.line, token.start_mark.column)
    return None


_FAULTS = {
    "alias": ("anchors and aliases are not allowed in a spec", "write the value out"),
    "nesting": (
        f"nests deeper than {MAX_NESTING} levels",
        "a spec needs about a dozen; flatten the value",
    ),
    "surrogate": (
        "escapes a lone surrogate (\\ud800 to \\udfff), which is no character",
        "write the character itself, or its code point, e.g. \\U0001F600",
    ),
    "digits": (
        f"a number of more than {sys.get_int_max_str_digits()} digits",
        "write a number a spec can use; limits are within 1e15",
    ),
}


def _syntax_problem(error: MarkedYAMLError, file: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = clip((error.problem or error.context or "invalid YAML").strip())
    if what.startswith("found duplicate key"):
        hint = "each key may appear once in a mapping; remove or rename one of them"
        return Problem(file, line, col, "", what.split(" with value")[0], hint)
    return Problem(
        file,
        line,
        col,
        "",
        f"YAML syntax error: {what}",
        "check indentation, quotes and brackets near this place",
    )


def _unprintable(error: ReaderError, text: str, file: str) -> Problem:
    """A control character (or other that YAML refuses), at its line and column."""
    line = text.count("\n", 0, error.position) + 1
    col = error.position - text.rfind("\n", 0, error.position)
    return Problem(
        file,
        line,
        col,
        "",
        f"character U+{error.character:04X} is not allowed in YAML text",
        f'remove it; to mean it in a text, escape it inside double quotes: "\\u{error.character:04x}"',
    )


def _structure_problem(text: str, file: str) -> Problem | None:
    """What must be refused before the text is composed, which would recurse or expand."""
    try:
        fault = yaml_fault(text, MAX_NESTING)
    except MarkedYAMLError as error:
        return _syntax_problem(error, file)
    except ReaderError as error:
        return _unprintable(error, text, file)
    if fault is None:
        return None
    return Problem(file, fault.line + 1, fault.col + 1, "", *_FAULTS[fault.kind])


_FAST = YAML(typ="safe", pure=False)  # ruamel.yaml.clib's C parser, when installed


def _plain_events(text: str) -> bool:
    """Whether the C parser's events show JSON-like YAML, nothing the careful path must judge:
    no anchor, alias, tag or directive, no nesting past the limit, no overlong integer. Raises
    what the parser raises."""
    depth = 0
    for event in _FAST.parse(text):
        if isinstance(event, AliasEvent) or (isinstance(event, NodeEvent) and event.anchor):
            return False  # composing would expand each alias
        if isinstance(event, ScalarEvent | CollectionStartEvent) and event.tag:
            return False  # a tag builds what JSON has not
        if isinstance(event, DocumentStartEvent) and (event.version or event.tags):
            return False  # a %YAML directive chooses another version's types
        if isinstance(event, CollectionStartEvent):
            depth += 1
        elif isinstance(event, MappingEndEvent | SequenceEndEvent):
            depth -= 1
        plain = isinstance(event, ScalarEvent) and event.implicit[0] and not event.style
        if depth > MAX_NESTING or (plain and _too_many_digits(event.value)):
            return False
    return True


def _json_like(value: Any) -> bool:
    """Plain JSON values only, with text or number keys (as _plain keeps them) and finite
    numbers: what the careful path would also produce, nothing it would locate or convert."""
    if isinstance(value, dict):
        return all(isinstance(k, str | int | float) and _json_like(v) for k, v in value.items())
    if isinstance(value, list):
        return all(map(_json_like, value))
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or isinstance(value, str | int)  # bool is an int


def quick_data(text: str) -> Any:
    """The data of a well-formed, JSON-like spec text, read by the C parser; None for any other
    text (or when the C parser is missing), which the careful path then reads and judges."""
    if _FAST.Parser is PureParser:  # no C parser: the careful path alone is quicker
        return None
    try:
        if not _plain_events(text):
            return None
        data = _FAST.load(text)
    except (YAMLError, ValueError):  # a fault the careful path names, at its place
        return None
    return data if _json_like(data) and data is not None else None


def load_text(text: str, file: str, rel: str) -> tuple[Document | None, list[Problem]]:
    data = quick_data(text)
    if data is not None:
        return Document(file, rel, text, data), []
    return careful_load(text, file, rel)


def careful_load(text: str, file: str, rel: str) -> tuple[Document | None, list[Problem]]:
    """Any text, read by ruamel's own parser after its tokens are checked: every fault is named
    at its line and column."""
    if problem := _structure_problem(text, file):
        return None, [problem]
    yaml = YAML(typ="rt")
    try:
        tree = yaml.load(text)
    except MarkedYAMLError as error:
        return None, [_syntax_problem(error, file)]
    non_finite: list[Path_] = []
    data = _plain(tree, (), non_finite)
    doc = Document(file, rel, text, data)
    problems = [
        doc.problem(p, "not a finite number", "JSON has no NaN or infinity; write a number")
        for p in non_finite
    ]
    return doc, problems


def load_file(
    path: Path, specs_root: Path, display_root: Path
) -> tuple[Document | None, list[Problem]]:
    if escapes(path, specs_root):  # its target is never read, so never quoted
        return None, [escape_problem(path, specs_root, display_root)]
    file = display_path(path, display_root)
    rel = path.relative_to(specs_root).as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [
            Problem(
                file,
                1,
                1,
                "",
                f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                "save the file as UTF-8",
            )
        ]
    return load_text(text, file, rel)
