"""Helpers shared by the tests: throw-away spec trees and the problems the generator finds in them."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from generator.pipeline import load_project
from generator.problems import SpecError

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"

# A small valid spec the bad-input tests break one way at a time; its line numbers matter.
ACME = """\
model: acme/text-to-video
title: Acme Text to Video
kind: text-to-video
output: video
input:
  prompt:
    type: string
    required: true
    max_length: 100
  steps:
    type: integer
    min: 1
    max: 50
  quality:
    type: enum
    values: {low: Low, high: High}
"""


def write_tree(root: Path, models: dict[str, str], *, api: bool = True) -> Path:
    """specs/ under `root` with the real api.yaml and the given model files (path below models/)."""
    specs = root / "specs"
    (specs / "models").mkdir(parents=True, exist_ok=True)
    if api:
        shutil.copy(SPECS / "api.yaml", specs / "api.yaml")
    for rel, text in models.items():
        path = specs / "models" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return specs


def problems_in(specs: Path) -> list[str]:
    """Every problem line the generator reports for the tree, or [] when it is valid."""
    try:
        load_project(specs, display_root=specs.parent)
    except SpecError as error:
        return [str(p) for p in error.problems]
    return []


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A copy of the real specs/ to change freely."""
    shutil.copytree(SPECS, tmp_path / "specs")
    return tmp_path / "specs"
