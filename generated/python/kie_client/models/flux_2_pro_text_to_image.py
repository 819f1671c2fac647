"""Flux-2 Pro Text to Image: `flux-2/pro-text-to-image` (text-to-image, image output).

Generated from specs/models/flux-2/pro-text-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Flux2ProTextToImageInput"]

SPEC: Final = ModelSpec(
    id="flux-2/pro-text-to-image",
    title="Flux-2 Pro Text to Image",
    kind="text-to-image",
    output="image",
    description="",
    module="flux_2_pro_text_to_image",
    class_name="Flux2ProTextToImageInput",
    group="flux_2",
    method="pro_text_to_image",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Must be between 3 and 5000 characters. (Max length: 5000 characters)",
            example='Hyperrealistic supermarket blister pack on clean olive green surface. No shadows. Inside: bright pink 3D letters spelling "FLUX.2" pressing against stretched plastic film, creating realistic deformation and reflective highlights. Bottom left corner: barcode sticker with text "GENERATE NOW" and "PLAYGROUND". Plastic shows tension wrinkles and realistic shine where stretched by the volumetric letters.',
            min_length=3,
            max_length=5000,
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
                Option(value="3:2", label="3:2"),
                Option(value="2:3", label="2:3"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            required=True,
            description="Output image resolution.",
            default="1K",
            example="1K",
            options=(
                Option(value="1K", label="1K"),
                Option(value="2K", label="2K"),
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
class Flux2ProTextToImageInput:
    """Input of Flux-2 Pro Text to Image (`flux-2/pro-text-to-image`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Must be between 3 and 5000 characters. (Max length: 5000 characters)
    Required.
    3 to 5000 characters.
    Example: 'Hyperrealistic supermarket blister pack on clean olive green surfa...
    """

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"]
    """Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
    Required.
    Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
    Default: '1:1'
    Example: '1:1'
    """

    resolution: Literal["1K", "2K"]
    """Output image resolution.
    Required.
    Options: 1K, 2K
    Default: '1K'
    Example: '1K'
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
