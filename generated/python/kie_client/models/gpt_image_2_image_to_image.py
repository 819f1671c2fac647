"""GPT Image 2 Image to Image: `gpt-image-2-image-to-image` (image-to-image, image output).

Generated from specs/models/gpt-image-2-image-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GptImage2ImageToImageInput"]

SPEC: Final = ModelSpec(
    id="gpt-image-2-image-to-image",
    title="GPT Image 2 Image to Image",
    kind="image-to-image",
    output="image",
    description="",
    module="gpt_image_2_image_to_image",
    class_name="GptImage2ImageToImageInput",
    group="gpt_image_2_image_to_image",
    method="run",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompts, up to 20,000 characters.",
            example="Transform this product image into a premium e-commerce poster style.",
            max_length=20000,
            multiline=True,
        ),
        FieldSpec(
            name="input_urls",
            py_name="input_urls",
            type="array",
            required=True,
            description="Array of input image URLs.",
            example=["https://example.com/"],
            max_items=16,
            items=FieldSpec(name="input_urls", py_name="input_urls", type="url", media="image"),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="The aspect ratio of the generated image is set to auto by default. Note: 5:4 and 4:5 aspect ratios only support 1K images.",
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
            message="5:4 only supports 1K images.",
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
            message="5:4 only supports 1K images.",
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
            message="4:5 only supports 1K images.",
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
            message="4:5 only supports 1K images.",
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
class GptImage2ImageToImageInput:
    """Input of GPT Image 2 Image to Image (`gpt-image-2-image-to-image`).

    Rule: 5:4 only supports 1K images.

    Rule: 4:5 only supports 1K images.

    Rule: Images with a 1:1 aspect ratio cannot be made in 4K.

    Rule: With aspect_ratio auto (or none given) only 1K images can be made.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompts, up to 20,000 characters.
    Required.
    Up to 20000 characters.
    Example: 'Transform this product image into a premium e-commerce poster style.'
    """

    input_urls: Sequence[str | os.PathLike[str]]
    """Array of input image URLs.
    Required.
    Up to 16 items.
    Each item: Points at: image.
    Example: ['https://example.com/']
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
    """The aspect ratio of the generated image is set to auto by default. Note: 5:4 and 4:5 aspect ratios only support 1K images.
    Options: auto, 1:1, 3:2, 2:3, 4:3, 3:4, 5:4, 4:5, 16:9, 9:16, 2:1, 1:2, 3:1, 1:3, 21:9, 9:21
    Default: 'auto'
    """

    resolution: Literal["1K", "2K", "4K"] | None = None
    """Image resolution: Note: Images with a 1:1 aspect ratio cannot be converted to 4K images. Images with the aspect ratio set to "auto" or without a specified aspect ratio parameter will only be converted to 1K images; otherwise, the task will fail to create.
    Options: 1K, 2K, 4K
    """
