"""Seedream 4.5 Edit: `seedream/4.5-edit` (image-edit, image output).

Generated from specs/models/seedream/4.5-edit.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Seedream45EditInput"]

SPEC: Final = ModelSpec(
    id="seedream/4.5-edit",
    title="Seedream 4.5 Edit",
    kind="image-edit",
    output="image",
    description="",
    module="seedream_4_5_edit",
    class_name="Seedream45EditInput",
    group="seedream",
    method="v4_5_edit",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="A text description of the image you want to generate (Max length: 3000 characters)",
            example="Keep the model's pose and the flowing shape of the liquid dress unchanged. Change the clothing material from silver metal to completely transparent clear water (or glass). Through the liquid water, the model's skin details are visible. Lighting changes from reflection to refraction.",
            max_length=3000,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example=["https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2aq.webp"],
            max_items=14,
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
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="Width-height ratio of the image, determining its visual form.",
            default="1:1",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
                Option(value="21:9", label="21:9"),
            ),
        ),
        FieldSpec(
            name="quality",
            py_name="quality",
            type="enum",
            required=True,
            description="Basic outputs 2K images, while High outputs 4K images.",
            default="basic",
            example="basic",
            options=(
                Option(value="basic", label="basic"),
                Option(value="high", label="high"),
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
class Seedream45EditInput:
    """Input of Seedream 4.5 Edit (`seedream/4.5-edit`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """A text description of the image you want to generate (Max length: 3000 characters)
    Required.
    Up to 3000 characters.
    Example: "Keep the model's pose and the flowing shape of the liquid dress un...
    """

    image_urls: Sequence[str | os.PathLike[str]]
    """Upload an image file to use as input for the API (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Up to 14 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: ['https://static.aiquickdraw.com/tools/example/1764851484363_ScV1s2...
    """

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"]
    """Width-height ratio of the image, determining its visual form.
    Required.
    Options: 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
    Default: '1:1'
    Example: '1:1'
    """

    quality: Literal["basic", "high"]
    """Basic outputs 2K images, while High outputs 4K images.
    Required.
    Options: basic, high
    Default: 'basic'
    Example: 'basic'
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
