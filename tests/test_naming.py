"""Python names and literals made from spec text."""

from __future__ import annotations

import ast

import pytest

from generator.build import size_in_bytes
from generator.naming import identifier, model_names, pascal
from generator.render import doc, literal


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("prompt", "prompt"),
        ("aspectRatio", "aspect_ratio"),
        ("aspect-ratio", "aspect_ratio"),
        ("class", "class_"),  # keyword
        ("type", "type_"),  # soft keyword and builtin
        ("input", "input_"),  # builtin
        ("self", "self_"),  # used by generated methods
        ("2-5-turbo", "v2_5_turbo"),  # a version cannot start an identifier
        ("--", "field"),
    ],
)
def test_identifier(name: str, expected: str) -> None:
    assert identifier(name) == expected
    assert identifier(name).isidentifier()


def test_model_names() -> None:
    assert model_names("kling-2.6/image-to-video") == {
        "module": "kling_2_6_image_to_video",
        "class_name": "Kling26ImageToVideoInput",
        "group": "kling_2_6",
        "method": "image_to_video",
    }
    assert (
        model_names("kling/v2-5-turbo-image-to-video-pro")["method"]
        == "v2_5_turbo_image_to_video_pro"
    )
    assert model_names("sora")["method"] == "run"
    assert pascal("2d-model") == "V2dModel"


@pytest.mark.parametrize(
    "value",
    [
        "a'b\"c",
        'x"""y',
        "\\",
        "\u2028\x85\t\r\n",
        0.1,
        10**30,
        -1,
        True,
        None,
        ["a", 1.5, {"k": [None]}],
    ],
)
def test_literal_round_trips(value: object) -> None:
    assert ast.literal_eval(literal(value)) == value


@pytest.mark.parametrize(
    "text", ['end with quote"', "end with backslash\\", '""" inside', "tab\there", "\x07bell"]
)
def test_docstring_text_is_safe(text: str) -> None:
    source = f'"""{doc(text)}"""'
    assert ast.literal_eval(source) == text


@pytest.mark.parametrize(
    ("text", "size"),
    [("10MB", 10_000_000), ("10.0MB", 10_000_000), ("512 KiB", 524_288), ("1GB", 10**9), ("3B", 3)],
)
def test_sizes(text: str, size: int) -> None:
    assert size_in_bytes(text) == size


def test_runtime_spec_types_mirror_the_generator_model() -> None:
    """Generated modules build the runtime types with the generator model's attribute names."""
    import dataclasses

    from generator import spec
    from generator.layout import _NOT_AT_RUNTIME
    from kie_client import _spec

    for ours, theirs in (
        (spec.Field, _spec.FieldSpec),
        (spec.Rule, _spec.RuleSpec),
        (spec.Option, _spec.Option),
        (spec.ModelSpec, _spec.ModelSpec),
    ):
        names = [f.name for f in dataclasses.fields(ours) if f.name not in _NOT_AT_RUNTIME]
        assert names == [f.name for f in dataclasses.fields(theirs)], ours.__name__
