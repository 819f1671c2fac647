"""The generator per N: a full run with an empty cache, one spec changed, nothing changed; and
openapi-python-client on the same N models, in the same run."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.pipeline import load_project

from .factory import write_model, write_specs
from .measure import Run, in_turns, median_run, output_size, run
from .openapi import document


@dataclass(frozen=True)
class Generation:
    models: int
    full: Run
    one_changed: Run
    unchanged: Run
    files: int
    lines: int
    openapi: Run | None
    openapi_files: int
    openapi_lines: int


def _generate(specs: Path, out: Path, cache: Path) -> Run:
    return run(
        [
            sys.executable,
            "-m",
            "generator",
            "--specs",
            str(specs),
            "--out",
            str(out),
            "--cache",
            str(cache),
            "generate",
        ]
    )


def _openapi_generator() -> Path | None:
    tool = Path(sys.executable).with_name("openapi-python-client")
    return tool if tool.exists() else None


def _openapi_run(specs: Path, folder: Path) -> Callable[[], Run] | None:
    """openapi-python-client generating a client from the same models' OpenAPI document."""
    tool = _openapi_generator()
    if tool is None:
        return None
    doc = folder / "openapi.json"
    doc.write_text(json.dumps(document(load_project(specs))), encoding="utf-8")
    target = folder / "openapi-client"
    command = [
        str(tool),
        "generate",
        "--path",
        str(doc),
        "--output-path",
        str(target),
        "--overwrite",
        "--meta",
        "setup",
    ]
    env = {"PATH": f"{tool.parent}:/usr/bin:/bin"}  # it formats with the ruff beside it
    return lambda: run(command, env=env)


def _cold(specs: Path, out: Path, cache: Path) -> Callable[[], Run]:
    """A generation from nothing: no output and no cache."""

    def cold() -> Run:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        return _generate(specs, out, cache)

    return cold


def measure(models: int, folder: Path, repeats: int) -> Generation:
    specs = write_specs(folder, models)
    out, cache = folder / "generated", folder / "cache"
    cold = _cold(specs, out, cache)
    theirs = _openapi_run(specs, folder)
    if theirs:
        full, openapi = in_turns(repeats, cold, theirs)
        openapi_files, openapi_lines = output_size(folder / "openapi-client")
    else:
        full, openapi, openapi_files, openapi_lines = median_run(repeats, cold), None, 0, 0
    files, lines = output_size(out)
    revision = iter(range(1, 1000))

    def one_changed() -> Run:
        write_model(specs, 0, next(revision))  # a doc update to one model
        return _generate(specs, out, cache)

    changed = median_run(repeats, one_changed)
    unchanged = median_run(repeats, lambda: _generate(specs, out, cache))
    return Generation(
        models, full, changed, unchanged, files, lines, openapi, openapi_files, openapi_lines
    )


@dataclass(frozen=True)
class SpecsGeneration:
    models: int
    cold: Run  # every output, from an empty cache
    unchanged: Run  # again, nothing changed: the stamp's no-op


def measure_specs(specs: Path, folder: Path, repeats: int) -> SpecsGeneration:
    """The project's own specs/, generated into `folder` (generated/ is left alone)."""
    out, cache = folder / "generated", folder / "cache"
    full = median_run(repeats, _cold(specs, out, cache))
    unchanged = median_run(max(repeats, 5), lambda: _generate(specs, out, cache))
    return SpecsGeneration(len(load_project(specs).models), full, unchanged)
