"""A problem found in a spec, located at file:line:col, and the error that carries all of them."""

from __future__ import annotations

from dataclasses import dataclass

MAX_QUOTE = 120  # characters of a file a message may quote: it points at text, never copies it
MAX_PART = 1000  # characters of each part of a printed problem, whatever it carries


def clip(text: str, limit: int = MAX_QUOTE) -> str:
    """The first line of `text`, cut to `limit` characters; '...' says something was left out."""
    lines = text.splitlines() or [""]
    if len(lines) == 1 and len(lines[0]) <= limit:
        return lines[0]
    return lines[0][: limit - 3] + "..."


def quote(value: object) -> str:
    """A value read from a file, as a message shows it: its repr, cut to one short line."""
    return clip(repr(value))


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a spec; printed as `file:line:col: path: message; hint`."""

    file: str
    line: int
    col: int
    path: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.col}: "
        subject = f"{clip(self.path, MAX_PART)}: " if self.path else ""
        hint = f"; {clip(self.hint, MAX_PART)}" if self.hint else ""
        return f"{where}{subject}{clip(self.message, MAX_PART)}{hint}"


class SpecError(Exception):
    """Every problem found in one run, sorted by place; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))
