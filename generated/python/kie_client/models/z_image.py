"""Z-Image: `z-image` (text-to-image, image output).

Generated from specs/models/z-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "ZImageInput"]

SPEC: Final = ModelSpec(
    id="z-image",
    title="Z-Image",
    kind="text-to-image",
    output="image",
    description="",
    module="z_image",
    class_name="ZImageInput",
    group="z_image",
    method="run",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="A text description of the image you want to generate (Max length: 1000 characters)",
            example="Generate a photorealistic image of a cafe terrace in the Marais district of Paris on a Wednesday morning in March 2025. It is a crisp, cool spring morning with clear skies. Locals are drinking coffee. In sharp focus should be a young woman with a pixie cut wearing a scarf, stirring a cappuccino and looking thoughtfully to the side; the waiter and street traffic behind her are blurred. The photo should have the candid, natural morning light feel of an iPhone image.",
            max_length=1000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).",
            default="1:1",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
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
class ZImageInput:
    """Input of Z-Image (`z-image`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """A text description of the image you want to generate (Max length: 1000 characters)
    Required.
    Up to 1000 characters.
    Example: 'Generate a photorealistic image of a cafe terrace in the Marais di...
    """

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16"]
    """Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
    Required.
    Options: 1:1, 4:3, 3:4, 16:9, 9:16
    Default: '1:1'
    Example: '1:1'
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
