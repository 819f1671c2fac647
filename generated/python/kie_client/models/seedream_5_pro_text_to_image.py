"""Seedream 5.0 Pro Text to Image: `seedream/5-pro-text-to-image` (text-to-image, image output).

Generated from specs/models/seedream/5-pro-text-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Seedream5ProTextToImageInput"]

SPEC: Final = ModelSpec(
    id="seedream/5-pro-text-to-image",
    title="Seedream 5.0 Pro Text to Image",
    kind="text-to-image",
    output="image",
    description="",
    module="seedream_5_pro_text_to_image",
    class_name="Seedream5ProTextToImageInput",
    group="seedream",
    method="v5_pro_text_to_image",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="A text description of the image you want to generate (Max length: 3-5000 characters)",
            example='A full-process cafe design tool for entrepreneurs and designers. It covers core needs including store layout, functional zoning, decoration style, equipment selection, and customer group adaptation, supporting integrated planning of "commercial attributes + aesthetic design." Suitable as a promotional image for a cafe design SaaS product, with a 16:9 aspect ratio.',
            min_length=3,
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="Width-height ratio of the image, determining its visual form.",
            default="1:1",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
                Option(value="21:9", label="21:9"),
            ),
        ),
        FieldSpec(
            name="quality",
            py_name="quality",
            type="enum",
            required=True,
            description="Basic outputs 1K images, while High outputs 2K images.",
            default="basic",
            example="basic",
            options=(
                Option(value="basic", label="basic"),
                Option(value="high", label="high"),
            ),
        ),
        FieldSpec(
            name="output_format",
            py_name="output_format",
            type="enum",
            description="Format of the output image",
            default="png",
            example="png",
            options=(
                Option(value="png", label="png"),
                Option(value="jpeg", label="jpeg"),
            ),
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Seedream5ProTextToImageInput:
    """Input of Seedream 5.0 Pro Text to Image (`seedream/5-pro-text-to-image`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """A text description of the image you want to generate (Max length: 3-5000 characters)
    Required.
    3 to 5000 characters.
    Example: 'A full-process cafe design tool for entrepreneurs and designers. I...
    """

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
    """Width-height ratio of the image, determining its visual form.
    Required.
    Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
    Default: '1:1'
    Example: '1:1'
    """

    quality: Literal["basic", "high"]
    """Basic outputs 1K images, while High outputs 2K images.
    Required.
    Options: basic, high
    Default: 'basic'
    Example: 'basic'
    """

    output_format: Literal["png", "jpeg"] | None = None
    """Format of the output image
    Options: png, jpeg
    Default: 'png'
    Example: 'png'
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
