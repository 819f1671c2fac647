"""The parser of every `kie` command: a mistyped option is told in one line, with the option it
most likely meant, rather than with the whole usage."""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Iterable
from typing import Any

USAGE = 2  # the exit code of a usage mistake
PASSED_ON = "kie:passed-on"  # set by a command whose unknown options are another program's


def _is_option(arg: str) -> bool:
    """Whether an argument is written as an option (`-5` is a number, `-` stands for stdin)."""
    return arg.startswith("-") and arg.lstrip("-")[:1].isalpha()


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that refuses an unknown option with a suggestion; `passes_on=True` lets
    a command's unknown options through to the program they belong to (e.g. `kie mock`'s)."""

    def __init__(self, *args: Any, passes_on: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if passes_on:  # in the namespace, so that the parent parser lets them through too
            self.set_defaults(**{PASSED_ON: True})

    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: Any = None
    ) -> tuple[Any, list[str]]:
        namespace, extras = super().parse_known_args(args, namespace)
        unknown = next((arg for arg in extras if _is_option(arg)), None)
        if unknown is not None and not getattr(namespace, PASSED_ON, False):
            self.exit(USAGE, self.unknown_option(unknown) + "\n")
        return namespace, extras

    def unknown_option(self, given: str) -> str:
        """One line naming the unknown option and the known one closest to it, if any is close."""
        option = given.partition("=")[0]
        close = difflib.get_close_matches(option, list(self._option_string_actions), n=1)
        hint = f"did you mean {close[0]}?" if close else f"`{self.prog} --help` lists them"
        return f"{self.prog}: unknown option {option}; {hint}"
