"""layout.py writes Python as black does: a model module it lays out skips black at generate time,
so here black must leave every one of them unchanged (real specs, the benchmark's synthetic specs,
random specs), and every string, number and import line must be black's own form."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import Any

import black
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_injection import text as nasty_text

from bench.factory import write_specs
from conftest import SPECS, yaml_text
from generator.format import Chunked, format_files
from generator.layout import LINE_LENGTH, import_line, py_number, py_string
from generator.load import load_text
from generator.outputs import render_model, render_shared
from generator.pipeline import check_model, load_project
from generator.spec import ApiSpec, Project

MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=LINE_LENGTH)


def black_form(source: str) -> str:
    return black.format_str(source, mode=MODE)


def assert_black_keeps(source: str) -> None:
    assert black_form(source) == source


@settings(max_examples=500, deadline=None)
@given(st.text() | nasty_text)
def test_a_string_literal_is_blacks_and_means_the_text(value: str) -> None:
    line = f"x = {py_string(value)}\n"
    assert_black_keeps(line)
    assert ast.literal_eval(py_string(value)) == value


@settings(max_examples=300, deadline=None)
@given(st.integers() | st.floats(allow_nan=False, allow_infinity=False))
def test_a_number_literal_is_blacks_and_means_the_number(value: float) -> None:
    assert_black_keeps(f"x = {py_number(value)}\n")
    assert ast.literal_eval(py_number(value)) == value


@pytest.mark.parametrize("length", [5, 30, 44, 45, 46, 60])
@pytest.mark.parametrize("depth", [0, 1, 2])
def test_an_import_line_is_blacks_whether_or_not_it_fits(length: int, depth: int) -> None:
    names = ["A" * length, "B" * (length // 2)]
    blocks = "".join(f"{'    ' * level}if x{level}:\n" for level in range(depth))
    assert_black_keeps(blocks + import_line("kie_client.groups." + "m" * 20, names, depth) + "\n")


@cache
def real_api() -> ApiSpec:
    return load_project(SPECS).api


def written(path: str, chunked: Any) -> str:
    assert isinstance(chunked, Chunked)
    return format_files({path: chunked}, None)[path]


def laid_out_here(chunked: Chunked) -> bool:
    """Whether every piece was laid out here, not formatted by black."""
    return all(c.formatted for c in chunked.chunks)


def laid_out_modules(project: Project) -> dict[str, tuple[str, bool]]:
    """Every module generate writes in pieces (each model's, each group's, and the project-wide
    ones), as it writes it, and whether all its pieces were laid out here: black formats a piece
    only where a wide character left a line's width unsure."""
    files = render_shared(project)
    for model in project.models:
        files.update(render_model(model))
    return {
        path: (written(path, text), laid_out_here(text))
        for path, text in files.items()
        if isinstance(text, Chunked)
    }


def test_every_real_module_is_laid_out_as_black_writes_it() -> None:
    for path, (text, laid_out) in laid_out_modules(load_project(SPECS)).items():
        assert laid_out, path
        assert_black_keeps(text)


def test_every_synthetic_module_is_laid_out_as_black_writes_it(tmp_path: Path) -> None:
    for path, (text, laid_out) in laid_out_modules(load_project(write_specs(tmp_path, 12))).items():
        assert laid_out, path
        assert_black_keeps(text)


word = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=70)


@st.composite
def random_spec(draw: st.DrawFn) -> dict[str, Any]:
    """A model spec with texts, options, examples and accepted types of any length or content."""
    fields: dict[str, Any] = {
        "prompt": {
            "type": "string",
            "required": True,
            "description": draw(nasty_text | word),
            "example": draw(nasty_text | word),
        },
        "style": {
            "type": "enum",
            "values": {draw(word): draw(nasty_text | word) for _ in range(draw(st.integers(1, 6)))},
        },
        "image_urls": {
            "type": "array",
            "items": {
                "type": "url",
                "accept": draw(st.sampled_from([["image/png"], ["image/png", "image/jpeg"]])),
            },
            "example": [
                f"https://example.com/{w}" for w in draw(st.lists(word, min_size=1, max_size=4))
            ],
        },
        "lines": {
            "type": "array",
            "items": {"type": "object", "fields": {"text": {"type": "string", "required": True}}},
            "example": [{"text": text} for text in draw(st.lists(nasty_text | word, max_size=3))],
        },
    }
    return {
        "model": f"acme/{draw(st.from_regex(r'[a-z][a-z0-9]{0,30}(-[a-z0-9]{1,30}){0,2}', fullmatch=True))}",
        "title": draw(nasty_text | word).strip() or "Title",
        "description": draw(nasty_text | word),
        "kind": "text-to-video",
        "output": "video",
        "input": fields,
    }


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_spec())
def test_a_random_spec_is_written_as_black_writes_it(
    spec: dict[str, Any],
) -> None:
    rel = f"models/{spec['model']}.yaml"
    doc, problems = load_text(yaml_text(spec), rel, rel)
    assert doc is not None and not problems, problems
    model, problems = check_model(doc)
    assert model is not None and not problems, problems
    for text, _ in laid_out_modules(Project(real_api(), (model,))).values():
        assert_black_keeps(text)
