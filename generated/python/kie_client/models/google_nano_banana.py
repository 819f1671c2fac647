"""Google Nano Banana: `google/nano-banana` (text-to-image, image output).

Generated from specs/models/google/nano-banana.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GoogleNanoBananaInput"]

SPEC: Final = ModelSpec(
    id="google/nano-banana",
    title="Google Nano Banana",
    kind="text-to-image",
    output="image",
    description="",
    module="google_nano_banana",
    class_name="GoogleNanoBananaInput",
    group="google",
    method="nano_banana",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt for image generation (Max length: 5000 characters)",
            example="A surreal painting of a giant banana floating in space, stars and galaxies in the background, vibrant colors, digital art",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="output_format",
            py_name="output_format",
            type="enum",
            description="Output format for the images",
            default="png",
            example="png",
            options=(
                Option(value="png", label="png"),
                Option(value="jpeg", label="jpeg"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Radio description",
            default="1:1",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="9:16", label="9:16"),
                Option(value="16:9", label="16:9"),
                Option(value="3:4", label="3:4"),
                Option(value="4:3", label="4:3"),
                Option(value="3:2", label="3:2"),
                Option(value="2:3", label="2:3"),
                Option(value="5:4", label="5:4"),
                Option(value="4:5", label="4:5"),
                Option(value="21:9", label="21:9"),
                Option(value="auto", label="auto"),
            ),
        ),
        FieldSpec(
            name="image_size",
            py_name="image_size",
            type="enum",
            description="The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).",
            default="1:1",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="9:16", label="9:16"),
                Option(value="16:9", label="16:9"),
                Option(value="3:4", label="3:4"),
                Option(value="4:3", label="4:3"),
                Option(value="3:2", label="3:2"),
                Option(value="2:3", label="2:3"),
                Option(value="5:4", label="5:4"),
                Option(value="4:5", label="4:5"),
                Option(value="21:9", label="21:9"),
                Option(value="auto", label="auto"),
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
class GoogleNanoBananaInput:
    """Input of Google Nano Banana (`google/nano-banana`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The prompt for image generation (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'A surreal painting of a giant banana floating in space, stars and ...
    """

    output_format: Literal["png", "jpeg"] | None = None
    """Output format for the images
    Options: png, jpeg
    Default: 'png'
    Example: 'png'
    """

    aspect_ratio: (
        Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
        | None
    ) = None
    """Radio description
    Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
    Default: '1:1'
    Example: '1:1'
    """

    image_size: (
        Literal["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"]
        | None
    ) = None
    """The aspect ratio of the generated image (this parameter has been replaced by aspect_ratio; please use the latest aspect_ratio parameter).
    Options: 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
    Default: '1:1'
    Example: '1:1'
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
