"""Seedream 5.0 Pro Layer Decomposition: `seedream/5-pro-layer-decomposition` (layer-decomposition, image output).

Generated from specs/models/seedream/5-pro-layer-decomposition.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Seedream5ProLayerDecompositionInput"]

SPEC: Final = ModelSpec(
    id="seedream/5-pro-layer-decomposition",
    title="Seedream 5.0 Pro Layer Decomposition",
    kind="layer-decomposition",
    output="image",
    description="",
    module="seedream_5_pro_layer_decomposition",
    class_name="Seedream5ProLayerDecompositionInput",
    group="seedream",
    method="v5_pro_layer_decomposition",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="Optional prompt for layer separation. - When a prompt is provided, the model separates the specified elements based on the prompt - When no prompt is provided, the model automatically identifies the main elements in the image - Supports using `<bbox>x1 y1 x2 y2</bbox>` to precisely specify element positions, recommending the use of normalized coordinates in the 0-1000 range",
            example="Separate the title text <bbox>179 58 809 197</bbox> and the parrot <bbox>330 274 641 991</bbox> into independent layers",
            min_length=0,
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The source image URL for layer separation. - Must upload exactly 1 image - Supports PNG, JPEG, WebP, BMP, TIFF, GIF - Does not support HEIC, HEIF - Image size must not exceed 30 MB - Total pixel range is 262,144-36,000,000 - Aspect ratio range is 1:16-16:1",
            example="https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHHu.png",
            media="image",
            accept=(
                "image/png",
                "image/jpeg",
                "image/webp",
                "image/bmp",
                "image/tiff",
                "image/gif",
            ),
            max_size=30000000,
            max_size_text="30MB",
        ),
        FieldSpec(
            name="size",
            py_name="size",
            type="enum",
            description="Resolution level of the output image. The base image maintains the aspect ratio of the input image, and each separated layer maintains the aspect ratio of the corresponding element in the original image. - `auto`: Automatically selected based on the input image size - `1K`: 1K resolution level - `1.5K`: 1.5K resolution level - `2K`: 2K resolution level",
            default="auto",
            example="2K",
            options=(
                Option(value="auto", label="Automatically select output size based on input image"),
                Option(value="1K", label="1K resolution level"),
                Option(value="1.5K", label="1.5K resolution level"),
                Option(value="2K", label="2K resolution level"),
            ),
        ),
        FieldSpec(
            name="output_format",
            py_name="output_format",
            type="enum",
            description="Output format of the base image. This parameter only controls the base image format; all separated layers are fixed to output as PNG.",
            default="jpeg",
            example="jpeg",
            options=(
                Option(value="png", label="png"),
                Option(value="jpeg", label="jpeg"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Seedream5ProLayerDecompositionInput:
    """Input of Seedream 5.0 Pro Layer Decomposition (`seedream/5-pro-layer-decomposition`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_url: str | os.PathLike[str]
    """The source image URL for layer separation. - Must upload exactly 1 image - Supports PNG, JPEG, WebP, BMP, TIFF, GIF - Does not support HEIC, HEIF - Image size must not exceed 30 MB - Total pixel range is 262,144-36,000,000 - Aspect ratio range is 1:16-16:1
    Required.
    Points at: image.
    Accepts: image/png, image/jpeg, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
    Example: 'https://static.aiquickdraw.com/tools/example/1786019968051_cKRYLHH...
    """

    prompt: str | None = None
    """Optional prompt for layer separation. - When a prompt is provided, the model separates the specified elements based on the prompt - When no prompt is provided, the model automatically identifies the main elements in the image - Supports using `<bbox>x1 y1 x2 y2</bbox>` to precisely specify element positions, recommending the use of normalized coordinates in the 0-1000 range
    Up to 5000 characters.
    Example: 'Separate the title text <bbox>179 58 809 197</bbox> and the parrot...
    """

    size: Literal["auto", "1K", "1.5K", "2K"] | None = None
    """Resolution level of the output image. The base image maintains the aspect ratio of the input image, and each separated layer maintains the aspect ratio of the corresponding element in the original image. - `auto`: Automatically selected based on the input image size - `1K`: 1K resolution level - `1.5K`: 1.5K resolution level - `2K`: 2K resolution level
    Options:
    - auto: Automatically select output size based on input image
    - 1K: 1K resolution level
    - 1.5K: 1.5K resolution level
    - 2K: 2K resolution level
    Default: 'auto'
    Example: '2K'
    """

    output_format: Literal["png", "jpeg"] | None = None
    """Output format of the base image. This parameter only controls the base image format; all separated layers are fixed to output as PNG.
    Options: png, jpeg
    Default: 'jpeg'
    Example: 'jpeg'
    """
