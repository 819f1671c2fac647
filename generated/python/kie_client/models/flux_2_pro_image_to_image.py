"""Flux-2 Pro Image to Image: `flux-2/pro-image-to-image` (image-to-image, image output).

Generated from specs/models/flux-2/pro-image-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Flux2ProImageToImageInput"]

SPEC: Final = ModelSpec(
    id="flux-2/pro-image-to-image",
    title="Flux-2 Pro Image to Image",
    kind="image-to-image",
    output="image",
    description="",
    module="flux_2_pro_image_to_image",
    class_name="Flux2ProImageToImageInput",
    group="flux_2",
    method="pro_image_to_image",
    fields=(
        FieldSpec(
            name="input_urls",
            py_name="input_urls",
            type="array",
            required=True,
            description="Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example=[
                "https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sTMR.png",
                "https://static.aiquickdraw.com/tools/example/1764235045490_9SjAUr4Z.png",
            ],
            min_items=1,
            max_items=8,
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
            description="Must be between 3 and 5000 characters. (Max length: 5000 characters)",
            example="The jar in image 1 is filled with capsules exactly same as image 2 with the exact logo",
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
                Option(value="auto", label="auto"),
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
class Flux2ProImageToImageInput:
    """Input of Flux-2 Pro Image to Image (`flux-2/pro-image-to-image`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    input_urls: Sequence[str | os.PathLike[str]]
    """Input reference images (1-8 images). (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    1 to 8 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: ['https://static.aiquickdraw.com/tools/example/1764235041265_kjJ2sT...
    """

    prompt: str
    """Must be between 3 and 5000 characters. (Max length: 5000 characters)
    Required.
    3 to 5000 characters.
    Example: 'The jar in image 1 is filled with capsules exactly same as image 2...
    """

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"]
    """Aspect ratio for the generated image. Select 'auto' to match the first input image ratio (requires input image).
    Required.
    Options: 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto
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
