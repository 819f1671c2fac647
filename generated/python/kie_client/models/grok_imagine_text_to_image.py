"""Grok Imagine Text to Image: `grok-imagine/text-to-image` (text-to-image, image output).

Generated from specs/models/grok-imagine/text-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GrokImagineTextToImageInput"]

SPEC: Final = ModelSpec(
    id="grok-imagine/text-to-image",
    title="Grok Imagine Text to Image",
    kind="text-to-image",
    output="image",
    description="",
    module="grok_imagine_text_to_image",
    class_name="GrokImagineTextToImageInput",
    group="grok_imagine",
    method="text_to_image",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt describing the desired image. Required field. - Should be detailed and specific about the desired visual elements - Describe composition, style, lighting, mood, and other visual details - Maximum length: 5000 characters - Supports English language prompts",
            example="Cinematic portrait of a woman sitting by a vinyl record player, retro living room background, soft ambient lighting, warm earthy tones, nostalgic 1970s wardrobe, reflective mood, gentle film grain texture, shallow depth of field, vintage editorial photography style.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**: Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 1:1",
            example="3:2",
            options=(
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
                Option(value="1:1", label="1:1"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
            ),
        ),
        FieldSpec(
            name="enable_pro",
            py_name="enable_pro",
            type="boolean",
            description="Controls the request processing strategy. - `false`: Corresponds to **speed mode**. The system prioritizes response time and throughput, suitable for latency-sensitive scenarios. - `true`: Corresponds to **quality mode**. The system prioritizes processing quality and precision, suitable for scenarios requiring higher accuracy.",
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
class GrokImagineTextToImageInput:
    """Input of Grok Imagine Text to Image (`grok-imagine/text-to-image`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt describing the desired image. Required field. - Should be detailed and specific about the desired visual elements - Describe composition, style, lighting, mood, and other visual details - Maximum length: 5000 characters - Supports English language prompts
    Required.
    Up to 5000 characters.
    Example: 'Cinematic portrait of a woman sitting by a vinyl record player, re...
    """

    aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | None = None
    """Specifies the width-to-height ratio of the generated image. Controls the aspect ratio of the output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**: Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 1:1
    Options: 2:3, 3:2, 1:1, 16:9, 9:16
    Example: '3:2'
    """

    enable_pro: bool | None = None
    """Controls the request processing strategy. - `false`: Corresponds to **speed mode**. The system prioritizes response time and throughput, suitable for latency-sensitive scenarios. - `true`: Corresponds to **quality mode**. The system prioritizes processing quality and precision, suitable for scenarios requiring higher accuracy.
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
