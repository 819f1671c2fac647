"""The generator per N: a full run with an empty cache, one spec changed, nothing changed; and
openapi-python-client on the same N models, in the same run."""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.pipeline import load_project

from .factory import write_model, write_specs
from .measure import Run, median_run, output_size, run
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


def measure(models: int, folder: Path, repeats: int) -> Generation:
    specs = write_specs(folder, models)
    out, cache = folder / "generated", folder / "cache"

    def cold() -> Run:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        return _generate(specs, out, cache)

    full = median_run(repeats, cold)
    files, lines = output_size(out)
    revision = iter(range(1, 1000))

    def one_changed() -> Run:
        write_model(specs, 0, next(revision))  # a doc update to one model
        return _generate(specs, out, cache)

    changed = median_run(repeats, one_changed)
    unchanged = median_run(repeats, lambda: _generate(specs, out, cache))
    openapi, openapi_files, openapi_lines = None, 0, 0
    tool = _openapi_generator()
    if tool:
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
        openapi = median_run(repeats, lambda: run(command, env=env))
        openapi_files, openapi_lines = output_size(target)
    return Generation(
        models, full, changed, unchanged, files, lines, openapi, openapi_files, openapi_lines
    )
