"""Google Nano Banana 2: `nano-banana-2` (text-to-image, image output).

Generated from specs/models/nano-banana-2.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "NanoBanana2Input"]

SPEC: Final = ModelSpec(
    id="nano-banana-2",
    title="Google Nano Banana 2",
    kind="text-to-image",
    output="image",
    description="",
    module="nano_banana_2",
    class_name="NanoBanana2Input",
    group="nano_banana_2",
    method="run",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="A text description of the image you want to generate (Max length: 20000 characters)",
            example="Comic poster: cool banana hero in shades leaps from sci-fi pad. Six panels: 1) 4K mountain landscape, 2) banana holds page of long multilingual text with auto translation, 3) Gemini 3 hologram for search/knowledge/reasoning, 4) camera UI sliders for angle focus color, 5) frame trio 1:1-9:16, 6) consistent banana poses. Footer shows Google icons. Tagline: Nano Banana Pro now on Kie AI.",
            max_length=20000,
            multiline=True,
        ),
        FieldSpec(
            name="image_input",
            py_name="image_input",
            type="array",
            description="Input images to transform or use as reference (supports up to 14 images) (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB)",
            example=[],
            max_items=14,
            items=FieldSpec(
                name="image_input",
                py_name="image_input",
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
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Aspect ratio of the generated image",
            default="auto",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
                Option(value="1:4", label="1:4"),
                Option(value="4:1", label="4:1"),
                Option(value="3:4", label="3:4"),
                Option(value="4:3", label="4:3"),
                Option(value="4:5", label="4:5"),
                Option(value="5:4", label="5:4"),
                Option(value="1:8", label="1:8"),
                Option(value="8:1", label="8:1"),
                Option(value="9:16", label="9:16"),
                Option(value="16:9", label="16:9"),
                Option(value="21:9", label="21:9"),
                Option(value="auto", label="auto"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Resolution of the generated image",
            default="1K",
            example="1K",
            options=(
                Option(value="1K", label="1K"),
                Option(value="2K", label="2K"),
                Option(value="4K", label="4K"),
            ),
        ),
        FieldSpec(
            name="output_format",
            py_name="output_format",
            type="enum",
            description="Format of the output image",
            default="jpg",
            example="jpg",
            options=(
                Option(value="png", label="png"),
                Option(value="jpg", label="jpg"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class NanoBanana2Input:
    """Input of Google Nano Banana 2 (`nano-banana-2`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """A text description of the image you want to generate (Max length: 20000 characters)
    Required.
    Up to 20000 characters.
    Example: 'Comic poster: cool banana hero in shades leaps from sci-fi pad. Si...
    """

    image_input: Sequence[str | os.PathLike[str]] | None = None
    """Input images to transform or use as reference (supports up to 14 images) (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 30.0MB)
    Up to 14 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 30MB; a local path is uploaded first.
    Example: []
    """

    aspect_ratio: (
        Literal[
            "1:1",
            "2:3",
            "3:2",
            "1:4",
            "4:1",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:8",
            "8:1",
            "9:16",
            "16:9",
            "21:9",
            "auto",
        ]
        | None
    ) = None
    """Aspect ratio of the generated image
    Options: 1:1, 2:3, 3:2, 1:4, 4:1, 3:4, 4:3, 4:5, 5:4, 1:8, 8:1, 9:16, 16:9, 21:9, auto
    Default: 'auto'
    Example: '1:1'
    """

    resolution: Literal["1K", "2K", "4K"] | None = None
    """Resolution of the generated image
    Options: 1K, 2K, 4K
    Default: '1K'
    Example: '1K'
    """

    output_format: Literal["png", "jpg"] | None = None
    """Format of the output image
    Options: png, jpg
    Default: 'jpg'
    Example: 'jpg'
    """
