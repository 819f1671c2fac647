"""Google Nano Banana 2 Lite: `nano-banana-2-lite` (text-to-image, image output).

Generated from specs/models/nano-banana-2-lite.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "NanoBanana2LiteInput"]

SPEC: Final = ModelSpec(
    id="nano-banana-2-lite",
    title="Google Nano Banana 2 Lite",
    kind="text-to-image",
    output="image",
    description="",
    module="nano_banana_2_lite",
    class_name="NanoBanana2LiteInput",
    group="nano_banana_2_lite",
    method="run",
    fields=(
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            description="Input image URL array. Optional parameter. Set to an empty array or omit it for pure text-to-image generation. Supports up to 10 images. - Please provide uploaded file URLs, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 30.0MB",
            default=[],
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
                max_size=30000000,
                max_size_text="30MB",
            ),
        ),
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt used to generate the image. Required. Maximum length: 20000 characters.",
            example="Generate a pig on the grass, cinematic light",
            max_length=20000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="Generated image aspect ratio. Default value: `auto`. Use `auto` to let the system choose the aspect ratio automatically.",
            default="auto",
            example="auto",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="1:4", label="1:4"),
                Option(value="1:8", label="1:8"),
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
                Option(value="3:4", label="3:4"),
                Option(value="4:1", label="4:1"),
                Option(value="4:3", label="4:3"),
                Option(value="4:5", label="4:5"),
                Option(value="5:4", label="5:4"),
                Option(value="8:1", label="8:1"),
                Option(value="9:16", label="9:16"),
                Option(value="16:9", label="16:9"),
                Option(value="21:9", label="21:9"),
                Option(value="auto", label="auto"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class NanoBanana2LiteInput:
    """Input of Google Nano Banana 2 Lite (`nano-banana-2-lite`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt used to generate the image. Required. Maximum length: 20000 characters.
    Required.
    Up to 20000 characters.
    Example: 'Generate a pig on the grass, cinematic light'
    """

    aspect_ratio: Literal[
        "1:1",
        "1:4",
        "1:8",
        "2:3",
        "3:2",
        "3:4",
        "4:1",
        "4:3",
        "4:5",
        "5:4",
        "8:1",
        "9:16",
        "16:9",
        "21:9",
        "auto",
    ]
    """Generated image aspect ratio. Default value: `auto`. Use `auto` to let the system choose the aspect ratio automatically.
    Required.
    Options: 1:1, 1:4, 1:8, 2:3, 3:2, 3:4, 4:1, 4:3, 4:5, 5:4, 8:1, 9:16, 16:9, 21:9, auto
    Default: 'auto'
    Example: 'auto'
    """

    image_urls: Sequence[str | os.PathLike[str]] | None = None
    """Input image URL array. Optional parameter. Set to an empty array or omit it for pure text-to-image generation. Supports up to 10 images. - Please provide uploaded file URLs, not raw file content - Accepted types: `image/jpeg`, `image/png`, `image/webp` - Max size: 30.0MB
    Up to 10 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 30MB; a local path is uploaded first.
    Default: []
    Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/17562...
    """
