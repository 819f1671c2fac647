"""Qwen3 Pro Image to Image: `qwen3/pro-image-to-image` (image-to-image, image output).

Generated from specs/models/qwen3/pro-image-to-image.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Qwen3ProImageToImageInput"]

SPEC: Final = ModelSpec(
    id="qwen3/pro-image-to-image",
    title="Qwen3 Pro Image to Image",
    kind="image-to-image",
    output="image",
    description="",
    module="qwen3_pro_image_to_image",
    class_name="Qwen3ProImageToImageInput",
    group="qwen3",
    method="pro_image_to_image",
    fields=(
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="Input image URL array. Upload images and provide their URLs rather than the file content. Supports up to 3 images. Supported file types: `image/jpeg`, `image/png`, `image/webp`, `image/bmp`, and `image/gif`,`image/tiff`. Maximum file size: 10 MB per image.",
            example=["https://example.com/input.png"],
            min_items=1,
            max_items=3,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
                type="url",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                    "image/webp",
                    "image/bmp",
                    "image/gif",
                    "image/tiff",
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
            description="The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.",
            example="Turn the input image into a cinematic watercolor illustration.",
            min_length=0,
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="The output image resolution.",
            default="1K",
            example="1K",
            options=(
                Option(value="1K", label="1K"),
                Option(value="2K", label="2K"),
            ),
        ),
        FieldSpec(
            name="image_size",
            py_name="image_size",
            type="enum",
            description="The output image size.",
            default="16:9",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="3:2", label="3:2"),
                Option(value="2:3", label="2:3"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="21:9", label="21:9"),
            ),
        ),
        FieldSpec(
            name="output_format",
            py_name="output_format",
            type="enum",
            description="The generated image format.",
            default="png",
            example="png",
            options=(
                Option(value="png", label="png"),
                Option(value="jpeg", label="jpeg"),
            ),
        ),
        FieldSpec(
            name="prompt_extend",
            py_name="prompt_extend",
            type="boolean",
            description="Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.",
            default=True,
            example=True,
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="The negative prompt that describes content you do not want to appear in the image.",
            example="blurry, low quality, distorted",
            min_length=0,
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.",
            default=1,
            example=1,
            minimum=0,
            maximum=2147483647,
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.",
            default=False,
            example=False,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Qwen3ProImageToImageInput:
    """Input of Qwen3 Pro Image to Image (`qwen3/pro-image-to-image`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_urls: Sequence[str | os.PathLike[str]]
    """Input image URL array. Upload images and provide their URLs rather than the file content. Supports up to 3 images. Supported file types: `image/jpeg`, `image/png`, `image/webp`, `image/bmp`, and `image/gif`,`image/tiff`. Maximum file size: 10 MB per image.
    Required.
    1 to 3 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/gif, image/tiff, at most 10MB; a local path is uploaded first.
    Example: ['https://example.com/input.png']
    """

    prompt: str
    """The positive prompt that describes the image content, style, and composition you want to generate or edit. Both Chinese and English are supported.
    Required.
    Up to 5000 characters.
    Example: 'Turn the input image into a cinematic watercolor illustration.'
    """

    resolution: Literal["1K", "2K"] | None = None
    """The output image resolution.
    Options: 1K, 2K
    Default: '1K'
    Example: '1K'
    """

    image_size: Literal["1:1", "3:2", "2:3", "4:3", "3:4", "16:9", "9:16", "21:9"] | None = None
    """The output image size.
    Options: 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
    Default: '16:9'
    Example: '1:1'
    """

    output_format: Literal["png", "jpeg"] | None = None
    """The generated image format.
    Options: png, jpeg
    Default: 'png'
    Example: 'png'
    """

    prompt_extend: bool | None = None
    """Whether to enable intelligent prompt rewriting. Default: true (recommended). When enabled, the model optimizes the positive prompt, which significantly improves results for simple descriptions.
    Default: True
    Example: True
    """

    negative_prompt: str | None = None
    """The negative prompt that describes content you do not want to appear in the image.
    Up to 5000 characters.
    Example: 'blurry, low quality, distorted'
    """

    seed: int | None = None
    """The random seed. Value range: [0, 2147483647]. A fixed seed helps maintain relatively stable results.
    From 0 to 2147483647.
    Default: 1
    Example: 1
    """

    nsfw_checker: bool | None = None
    """Whether to enable content filtering. Optional. Defaults to false. When set to false, content filtering is disabled and all results are returned directly by the model. Note: Content filtering cannot guarantee that all inappropriate content will be detected. If the filtering results do not meet your requirements, you must implement additional content moderation measures.
    Default: False
    Example: False
    """
