"""Specs are read by the C parser when their text is plain, and by ruamel's own parser otherwise:
either way a spec means the same data, and every fault is still named at its place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ACME, SPECS, yaml_text
from generator.load import careful_load, quick_data
from generator.paths import spec_files

SPEC_FILES = [SPECS / "api.yaml", *spec_files(SPECS)]


def careful_data(text: str) -> Any:
    doc, problems = careful_load(text, "f.yaml", "f.yaml")
    assert doc is not None and not problems, problems
    return doc.data


def test_a_plain_spec_is_read_by_the_c_parser() -> None:
    assert quick_data(ACME) == careful_data(ACME)


@pytest.mark.parametrize("path", SPEC_FILES, ids=lambda p: p.relative_to(SPECS).as_posix())
def test_every_committed_spec_means_the_same_data_by_either_parser(path: Path) -> None:
    text = path.read_text("utf-8")
    quick = quick_data(text)
    assert quick is None or quick == careful_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: yes\nb: 010\nc: 1_000\nd: 1:30\ne: 0x1F\nf: 0o17\ng: ~\nh: 1e3\ni: .5\n",
        "%YAML 1.1\n---\na: yes\nb: 010\n",  # a directive's version: YAML 1.1's booleans
        "a: 2024-01-01\n",  # a date, which JSON has not
        "a: .inf\nb: -.nan\n",
        "a: !!str 1\nb: !!binary aGk=\n",
        "? [1, 2]\n: x\n",
        "a: &x 1\nb: *x\n",
        "<<: {b: 1}\nc: 2\n",
        "a: [1, {b: 2}, '3', \"4\"]\n1.5: x\n7: y\n",
        "a: 5:4 is said in a plain scalar, {b: 5:4 in a flow one}\n",
    ],
)
def test_yaml_that_could_read_two_ways_means_what_the_careful_parser_reads(text: str) -> None:
    quick = quick_data(text)
    assert quick is None or quick == careful_data(text)


def test_what_the_c_parser_refuses_is_named_by_the_careful_parser() -> None:
    for text in ("a: &x [1]\nb: *x\n", "a: [" * 80 + "]" * 80 + "\n", 'a: "\\ud800"\n'):
        assert quick_data(text) is None
        doc, problems = careful_load(text, "f.yaml", "f.yaml")
        assert doc is None and problems and problems[0].line == 1, problems


JSON_LIKE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(), JSON_LIKE, min_size=1, max_size=6))
def test_any_json_like_spec_means_the_same_data_by_either_parser(data: dict[str, Any]) -> None:
    for text in (yaml_text(data), json.dumps(data)):
        quick = quick_data(text)
        assert quick is None or quick == careful_data(text)
