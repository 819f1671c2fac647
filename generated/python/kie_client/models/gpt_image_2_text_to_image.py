"""GPT Image 2 Text to Image: `gpt-image-2-text-to-image` (text-to-image, image output).

Generated from specs/models/gpt-image-2-text-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GptImage2TextToImageInput"]

SPEC: Final = ModelSpec(
    id="gpt-image-2-text-to-image",
    title="GPT Image 2 Text to Image",
    kind="text-to-image",
    output="image",
    description="",
    module="gpt_image_2_text_to_image",
    class_name="GptImage2TextToImageInput",
    group="gpt_image_2_text_to_image",
    method="run",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt. Required, maximum 20,000 characters.",
            example="A cinematic night city poster with neon reflections on a rainy street.",
            min_length=1,
            max_length=20000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="The aspect ratio of the generated image is set to auto by default. Note: for 2K and 4K resolution, the following aspect ratios are not supported: 5:4, 4:5, 3:1, 1:3, and 9:21.",
            default="auto",
            options=(
                Option(value="auto", label="auto"),
                Option(value="1:1", label="1:1"),
                Option(value="3:2", label="3:2"),
                Option(value="2:3", label="2:3"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
                Option(value="5:4", label="5:4"),
                Option(value="4:5", label="4:5"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="2:1", label="2:1"),
                Option(value="1:2", label="1:2"),
                Option(value="3:1", label="3:1"),
                Option(value="1:3", label="1:3"),
                Option(value="21:9", label="21:9"),
                Option(value="9:21", label="9:21"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description='Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.',
            options=(
                Option(value="1K", label="1K"),
                Option(value="2K", label="2K"),
                Option(value="4K", label="4K"),
            ),
        ),
    ),
    rules=(
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="5:4 is not supported at 2K or 4K.",
            refused=(
                ("5:4",),
                ("2K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="5:4 is not supported at 2K or 4K.",
            refused=(
                ("5:4",),
                ("4K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="4:5 is not supported at 2K or 4K.",
            refused=(
                ("4:5",),
                ("2K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="4:5 is not supported at 2K or 4K.",
            refused=(
                ("4:5",),
                ("4K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="3:1 is not supported at 2K or 4K.",
            refused=(
                ("3:1",),
                ("2K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="3:1 is not supported at 2K or 4K.",
            refused=(
                ("3:1",),
                ("4K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="1:3 is not supported at 2K or 4K.",
            refused=(
                ("1:3",),
                ("2K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="1:3 is not supported at 2K or 4K.",
            refused=(
                ("1:3",),
                ("4K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="9:21 is not supported at 2K or 4K.",
            refused=(
                ("9:21",),
                ("2K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="9:21 is not supported at 2K or 4K.",
            refused=(
                ("9:21",),
                ("4K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="Images with a 1:1 aspect ratio cannot be made in 4K.",
            refused=(
                ("1:1",),
                ("4K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="With aspect_ratio auto (or none given) only 1K images can be made.",
            refused=(
                ("auto",),
                ("2K",),
            ),
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "resolution",
            ),
            message="With aspect_ratio auto (or none given) only 1K images can be made.",
            refused=(
                ("auto",),
                ("4K",),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GptImage2TextToImageInput:
    """Input of GPT Image 2 Text to Image (`gpt-image-2-text-to-image`).

    Rule: 5:4 is not supported at 2K or 4K.

    Rule: 4:5 is not supported at 2K or 4K.

    Rule: 3:1 is not supported at 2K or 4K.

    Rule: 1:3 is not supported at 2K or 4K.

    Rule: 9:21 is not supported at 2K or 4K.

    Rule: Images with a 1:1 aspect ratio cannot be made in 4K.

    Rule: With aspect_ratio auto (or none given) only 1K images can be made.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt. Required, maximum 20,000 characters.
    Required.
    1 to 20000 characters.
    Example: 'A cinematic night city poster with neon reflections on a rainy str...
    """

    aspect_ratio: (
        Literal[
            "auto",
            "1:1",
            "3:2",
            "2:3",
            "4:3",
            "3:4",
            "5:4",
            "4:5",
            "16:9",
            "9:16",
            "2:1",
            "1:2",
            "3:1",
            "1:3",
            "21:9",
            "9:21",
        ]
        | None
    ) = None
    """The aspect ratio of the generated image is set to auto by default. Note: for 2K and 4K resolution, the following aspect ratios are not supported: 5:4, 4:5, 3:1, 1:3, and 9:21.
    Options: auto, 1:1, 3:2, 2:3, 4:3, 3:4, 5:4, 4:5, 16:9, 9:16, 2:1, 1:2, 3:1, 1:3, 21:9, 9:21
    Default: 'auto'
    """

    resolution: Literal["1K", "2K", "4K"] | None = None
    """Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
    Options: 1K, 2K, 4K
    """
