"""Where the model specs are: finding them under specs/models and naming them in messages. Light
on purpose (no YAML library): the stamp check of a no-op `generate` walks the same files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .problems import Problem, SpecError, clip


def display_path(path: Path, root: Path) -> str:
    """`path` below `root` when it is; a symbolic link is named, not the file it leads to."""
    try:
        return str((path.parent.resolve() / path.name).relative_to(root.resolve()))
    except ValueError:
        return str(path)


def escapes(path: Path, specs_root: Path) -> bool:
    """Whether `path` leads out of the specs folder (through a symbolic link)."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a link that loops leads nowhere, so not out either
        return False
    return not target.is_relative_to(specs_root.resolve())


def escape_problem(path: Path, specs_root: Path, display_root: Path) -> Problem:
    return Problem(
        display_path(path, display_root),
        1,
        1,
        "",
        f"a symbolic link out of {specs_root.name}/ (to {clip(str(path.resolve()))})",
        f"specs are read only from inside {specs_root.name}/: copy what it links to instead",
    )


def spec_files(specs_root: Path) -> Iterator[Path]:
    """Every model spec under specs/models, in a stable order. A symbolic link (to a file or a
    folder) out of specs/ raises SpecError before any file is read: it names each such link."""
    models = specs_root / "models"
    if not models.is_dir():
        return
    found = [models] if escapes(models, specs_root) else sorted(models.rglob("*"))
    escaping = [path for path in found if escapes(path, specs_root)]
    if escaping:
        raise SpecError([escape_problem(p, specs_root, specs_root.parent) for p in escaping])
    yield from (p for p in found if p.suffix in (".yaml", ".yml") and p.is_file())
