"""Google Nano Banana Edit: `google/nano-banana-edit` (image-edit, image output).

Generated from specs/models/google/nano-banana-edit.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GoogleNanoBananaEditInput"]

SPEC: Final = ModelSpec(
    id="google/nano-banana-edit",
    title="Google Nano Banana Edit",
    kind="image-edit",
    output="image",
    description="",
    module="google_nano_banana_edit",
    class_name="GoogleNanoBananaEditInput",
    group="google",
    method="nano_banana_edit",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt for image editing (Max length: 5000 characters)",
            example="turn this photo into a character figure. Behind it, place a box with the character’s image printed on it, and a computer showing the Blender modeling process on its screen. In front of the box, add a round plastic base with the character figure standing on it. set the scene indoors if possible",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="List of URLs of input images for editing,up to 10 images. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example=[
                "https://file.aiquickdraw.com/custom-page/akr/section-images/1756223420389w8xa2jfe.png"
            ],
            max_items=10,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
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
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GoogleNanoBananaEditInput:
    """Input of Google Nano Banana Edit (`google/nano-banana-edit`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The prompt for image editing (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'turn this photo into a character figure. Behind it, place a box wi...
    """

    image_urls: Sequence[str | os.PathLike[str]]
    """List of URLs of input images for editing,up to 10 images. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Up to 10 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17562...
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
