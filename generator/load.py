"""Stage 1: read spec files into documents that remember where each key and value stands."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from .problems import Problem

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Document:
    """A parsed spec file: plain data for validation, the marked tree for locating problems."""

    file: str  # as shown in messages, relative to the project root when possible
    rel: str  # path below the specs folder, with forward slashes
    tree: Any  # ruamel round-trip nodes, which carry line/column marks
    data: Any  # the same content as plain dict/list/str/int/float/bool/None

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


def display_path(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


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


def load_text(text: str, file: str, rel: str) -> tuple[Document | None, list[Problem]]:
    yaml = YAML(typ="rt")
    try:
        tree = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = (exc.problem or exc.context or "invalid YAML").strip()
        if what.startswith("found duplicate key"):
            hint = "each key may appear once in a mapping; remove or rename one of them"
            return None, [Problem(file, line, col, "", what.split(" with value")[0], hint)]
        return None, [
            Problem(
                file,
                line,
                col,
                "",
                f"YAML syntax error: {what}",
                "check indentation, quotes and brackets near this place",
            )
        ]
    non_finite: list[Path_] = []
    data = _plain(tree, (), non_finite)
    doc = Document(file, rel, tree, data)
    problems = [
        doc.problem(p, "not a finite number", "JSON has no NaN or infinity; write a number")
        for p in non_finite
    ]
    return doc, problems


def load_file(
    path: Path, specs_root: Path, display_root: Path
) -> tuple[Document | None, list[Problem]]:
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


def spec_files(specs_root: Path) -> Iterator[Path]:
    """Every model spec under specs/models, in a stable order."""
    models = specs_root / "models"
    if models.is_dir():
        yield from sorted(
            p for p in models.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
        )
