"""GPT Image-1.5 Image to Image: `gpt-image/1.5-image-to-image` (image-to-image, image output).

Generated from specs/models/gpt-image/1.5-image-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GptImage15ImageToImageInput"]

SPEC: Final = ModelSpec(
    id="gpt-image/1.5-image-to-image",
    title="GPT Image-1.5 Image to Image",
    kind="image-to-image",
    output="image",
    description="",
    module="gpt_image_1_5_image_to_image",
    class_name="GptImage15ImageToImageInput",
    group="gpt_image",
    method="v1_5_image_to_image",
    fields=(
        FieldSpec(
            name="input_urls",
            py_name="input_urls",
            type="array",
            required=True,
            description="Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example=["https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9oX.webp"],
            max_items=16,
            items=FieldSpec(
                name="input_urls",
                py_name="input_urls",
                type="url",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                    "image/webp",
                ),
                max_size=10000000,
                max_size_text="10MB",
            ),
        ),
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="A text description of the image you want to generate",
            example="Edit the image to dress the woman using the provided clothing images. Preserve her exact likeness, expression, hairstyle, and proportions. Replace only the clothing, fitting the garments naturally to her existing pose and body geometry with realistic fabric behavior. Match lighting, shadows, and color temperature to the original photo so the outfit integrates photorealistically, without looking pasted on.",
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="Width-height ratio of the image, determining its visual form.",
            default="3:2",
            example="3:2",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
            ),
        ),
        FieldSpec(
            name="quality",
            py_name="quality",
            type="enum",
            required=True,
            description="Quality: medium=balanced, high=slow/detailed.",
            default="medium",
            example="medium",
            options=(
                Option(value="medium", label="medium"),
                Option(value="high", label="high"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GptImage15ImageToImageInput:
    """Input of GPT Image-1.5 Image to Image (`gpt-image/1.5-image-to-image`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    input_urls: Sequence[str | os.PathLike[str]]
    """Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Up to 16 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: ['https://static.aiquickdraw.com/tools/example/1765962794374_GhtqB9...
    """

    prompt: str
    """A text description of the image you want to generate
    Required.
    Example: 'Edit the image to dress the woman using the provided clothing imag...
    """

    aspect_ratio: Literal["1:1", "2:3", "3:2"]
    """Width-height ratio of the image, determining its visual form.
    Required.
    Options: 1:1, 2:3, 3:2
    Default: '3:2'
    Example: '3:2'
    """

    quality: Literal["medium", "high"]
    """Quality: medium=balanced, high=slow/detailed.
    Required.
    Options: medium, high
    Default: 'medium'
    Example: 'medium'
    """
