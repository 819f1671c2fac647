"""Stage 5: format Python output with black, in-process, cached by a hash of its input."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from .layout import LINE_LENGTH
from .workers import each

BLACK_VERSION = version("black")


def _key(source: str) -> str:
    return hashlib.sha256(f"{BLACK_VERSION}\0py311\0{LINE_LENGTH}\0{source}".encode()).hexdigest()


def _format(source: str) -> str:
    import black  # imported only when something is not cached: it is slow to import
    from black.mode import Mode, TargetVersion

    mode = Mode(target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH)
    return black.format_str(source, mode=mode)


def format_python(sources: dict[str, str], cache_dir: Path | None) -> dict[str, str]:
    """Path -> formatted source. A cache hit costs one hash and one file read."""
    done: dict[str, str] = {}
    todo: dict[str, str] = {}
    for path, source in sources.items():
        cached = cache_dir / _key(source) if cache_dir else None
        if cached and cached.is_file():
            done[path] = cached.read_text(encoding="utf-8")
        else:
            todo[path] = source
    formatted = dict(zip(todo, each(_format, list(todo.values())), strict=True))
    if cache_dir:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for path, text in formatted.items():
            entry = cache_dir / _key(todo[path])
            temporary = entry.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(entry)
    return done | formatted


@dataclass(frozen=True)
class Chunk:
    source: str
    in_class: bool  # a method, written at its place in a class: formatted inside one
    blank_lines: int  # before it, as black lays them out
    formatted: bool = False  # in black's form as written (see layout.py): not formatted again


@dataclass(frozen=True)
class Chunked:
    """A Python file formatted piece by piece and then joined, so that a change to one model
    re-formats (and a cache hit skips) only its own methods, not the whole group module."""

    chunks: tuple[Chunk, ...]


def laid_out_file(text: str, certain: bool) -> Chunked:
    """A whole rendered module, in black's form as written when `certain` (else black's to do)."""
    return Chunked((Chunk(text, False, 0, formatted=certain),))


_CLASS = "class _:\n"  # the context a method is formatted in


def format_files(files: Mapping[str, str | Chunked], cache_dir: Path | None) -> dict[str, str]:
    """Path -> formatted source; a Chunked file's pieces are formatted (and cached) apart."""
    pieces: dict[str, str] = {}
    for path, content in files.items():
        if isinstance(content, Chunked):
            for index, chunk in enumerate(content.chunks):
                source = chunk.source
                if not chunk.formatted:
                    pieces[f"{path}#{index}"] = _CLASS + source if chunk.in_class else source
        else:
            pieces[path] = content
    formatted = format_python(pieces, cache_dir)

    def as_formatted(path: str, index: int, chunk: Chunk) -> str:
        if chunk.formatted:
            return chunk.source
        return formatted[f"{path}#{index}"].removeprefix(_CLASS if chunk.in_class else "")

    out = {}
    for path, content in files.items():
        if isinstance(content, Chunked):
            out[path] = "".join(
                "\n" * chunk.blank_lines + as_formatted(path, index, chunk)
                for index, chunk in enumerate(content.chunks)
            )
        else:
            out[path] = formatted[path]
    return out
