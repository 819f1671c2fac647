"""The hand-written runtime code each output copies verbatim (templates/<output>/runtime)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


def runtime_files(output: str) -> dict[str, bytes]:
    """Path inside the output -> bytes of every runtime file of `output`, skipping caches."""
    root = TEMPLATES_DIR / output / "runtime"
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@cache
def runtime_module(path: str) -> ModuleType:
    """A self-contained runtime module (its path below templates/), loaded from its source here,
    so that the generator judges and words things exactly as the output will."""
    name = path.rsplit("/", 1)[-1].removesuffix(".py")
    spec = importlib.util.spec_from_file_location(f"kie_codegen_{name}", TEMPLATES_DIR / path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def describe() -> ModuleType:
    """The client's words for a field's limits (`_describe`)."""
    return runtime_module("python/runtime/kie_client/_describe.py")


def schema_check() -> ModuleType:
    """The client's input checker (`_schema_check`)."""
    return runtime_module("python/runtime/kie_client/_schema_check.py")
