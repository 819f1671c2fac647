"""GPT Image-1.5 Text to Image: `gpt-image/1.5-text-to-image` (text-to-image, image output).

Generated from specs/models/gpt-image/1.5-text-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GptImage15TextToImageInput"]

SPEC: Final = ModelSpec(
    id="gpt-image/1.5-text-to-image",
    title="GPT Image-1.5 Text to Image",
    kind="text-to-image",
    output="image",
    description="",
    module="gpt_image_1_5_text_to_image",
    class_name="GptImage15TextToImageInput",
    group="gpt_image",
    method="v1_5_text_to_image",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="A text description of the image you want to generate",
            example="Create a photorealistic candid photograph of an elderly sailor standing on a small fishing boat.  He has weathered skin with visible wrinkles, pores, and sun texture, and a few faded traditional sailor tattoos on his arms. He is calmly adjusting a net while his dog sits nearby on the deck. Shot like a 35mm film photograph, medium close-up at eye level, using a 50mm lens. The image should feel honest and unposed, with real skin texture, worn materials, and everyday detail. No glamorization, no heavy retouching. ",
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
class GptImage15TextToImageInput:
    """Input of GPT Image-1.5 Text to Image (`gpt-image/1.5-text-to-image`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """A text description of the image you want to generate
    Required.
    Example: 'Create a photorealistic candid photograph of an elderly sailor sta...
    """

    aspect_ratio: Literal["1:1", "2:3", "3:2"]
    """Width-height ratio of the image, determining its visual form.
    Required.
    Options: 1:1, 2:3, 3:2
    Default: '1:1'
    Example: '1:1'
    """

    quality: Literal["medium", "high"]
    """Quality: medium=balanced, high=slow/detailed.
    Required.
    Options: medium, high
    Default: 'medium'
    Example: 'medium'
    """
