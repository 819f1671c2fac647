"""The hand-written runtime code copied verbatim into the generated package (templates/runtime)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

RUNTIME_DIR = Path(__file__).resolve().parent.parent / "templates" / "runtime"


def runtime_files() -> dict[str, bytes]:
    """Output path -> bytes of every runtime file, skipping caches."""
    return {
        p.relative_to(RUNTIME_DIR).as_posix(): p.read_bytes()
        for p in sorted(RUNTIME_DIR.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@cache
def runtime_module(name: str) -> ModuleType:
    """A self-contained module of the generated package, loaded from its source here, so the
    generator judges and words things exactly as the package will."""
    path = RUNTIME_DIR / "kie_client" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"kie_codegen_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def schema_check() -> ModuleType:
    """The package's input checker (`_schema_check`)."""
    return runtime_module("_schema_check")
