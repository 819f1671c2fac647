"""`kie mcp`'s options: which models to serve as tools to MCP clients.

Imports nothing of the MCP SDK, so that `kie --help` stays cheap; the server is
`kie_client.mcp_server`, which needs the `mcp` extra (`pip install 'kie-client[mcp]'`).
"""

from __future__ import annotations

import argparse
import difflib
import os
from collections.abc import Callable, Iterable
from fnmatch import fnmatchcase

from kie_client.registry import MODELS

MODELS_VARIABLE = "KIE_MCP_MODELS"
KINDS_VARIABLE = "KIE_MCP_KINDS"
CLOSEST = 3  # names an unknown pattern's error suggests


def _closest(pattern: str, names: Iterable[str]) -> list[str]:
    """The names most like a pattern that matched none, compared without its wildcards."""
    bare = pattern.replace("*", "").replace("?", "")
    return difflib.get_close_matches(bare, sorted(set(names)), n=CLOSEST, cutoff=0)


def _matching(
    what: str, variable: str, name_of: Callable[[str], str]
) -> Callable[[str], tuple[str, ...]]:
    """An argparse type: comma-separated globs -> the ids of the models whose `what` (named by
    `name_of(id)`) matches one; a glob that matches none is refused, naming the closest names.
    The option's default is `variable`'s value, which argparse checks the same way."""

    def ids(text: str) -> tuple[str, ...]:
        names = {model: name_of(model) for model in sorted(MODELS)}
        chosen: list[str] = []
        for pattern in filter(None, (part.strip() for part in text.split(","))):
            matched = [model for model, name in names.items() if fnmatchcase(name, pattern)]
            if not matched:
                close = ", ".join(_closest(pattern, names.values()))
                raise argparse.ArgumentTypeError(
                    f"no model {what} matches {pattern!r} (given here or in ${variable}; "
                    f"`kie models` lists them); the closest: {close}"
                )
            chosen += matched
        return tuple(chosen)

    return ids


def add_mcp_options(parser: argparse.ArgumentParser) -> None:
    """`kie mcp`'s options: which models to serve. Both options add models; with neither (nor
    their variables), every model is served."""
    choice = parser.add_argument_group(
        "models served (both options add to them; default: every model)"
    )
    choice.add_argument(
        "--models",
        type=_matching("id", MODELS_VARIABLE, lambda model: model),
        default=os.environ.get(MODELS_VARIABLE) or (),
        metavar="GLOBS",
        help=f"ids, comma-separated globs, e.g. 'kling*,wan-2.7/*' (default: ${MODELS_VARIABLE})",
    )
    choice.add_argument(
        "--kind",
        dest="kinds",
        type=_matching("kind", KINDS_VARIABLE, lambda model: MODELS[model].kind),
        default=os.environ.get(KINDS_VARIABLE) or (),
        metavar="KINDS",
        help=f"kinds, comma-separated globs, e.g. image-to-video (default: ${KINDS_VARIABLE})",
    )


def served_models(models: Iterable[str], kinds: Iterable[str]) -> list[str]:
    """The ids to serve, sorted: those `--models` or `--kind` chose, else every model."""
    return sorted({*models, *kinds}) or sorted(MODELS)


__all__ = ["add_mcp_options", "served_models"]
