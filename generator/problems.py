"""A problem found in a spec, located at file:line:col, and the error that carries all of them."""

from __future__ import annotations

from dataclasses import dataclass


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
        subject = f"{self.path}: " if self.path else ""
        hint = f"; {self.hint}" if self.hint else ""
        return f"{where}{subject}{self.message}{hint}"


class SpecError(Exception):
    """Every problem found in one run, sorted by place; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))
