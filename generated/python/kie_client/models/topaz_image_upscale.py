"""Topaz Image Upscale: `topaz/image-upscale` (upscale, image output).

Generated from specs/models/topaz/image-upscale.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "TopazImageUpscaleInput"]

SPEC: Final = ModelSpec(
    id="topaz/image-upscale",
    title="Topaz Image Upscale",
    kind="upscale",
    output="image",
    description="",
    module="topaz_image_upscale",
    class_name="TopazImageUpscaleInput",
    group="topaz",
    method="image_upscale",
    fields=(
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="Url of the image to be upscaled (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1KR.png",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
                "image/webp",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="upscale_factor",
            py_name="upscale_factor",
            type="enum",
            required=True,
            description="Factor to upscale the video by (e.g. 2.0 doubles width and height)",
            default="2",
            example="2",
            options=(
                Option(value="1", label="1"),
                Option(value="2", label="2"),
                Option(value="4", label="4"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class TopazImageUpscaleInput:
    """Input of Topaz Image Upscale (`topaz/image-upscale`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_url: str | os.PathLike[str]
    """Url of the image to be upscaled (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1K...
    """

    upscale_factor: Literal["1", "2", "4"]
    """Factor to upscale the video by (e.g. 2.0 doubles width and height)
    Required.
    Options: 1, 2, 4
    Default: '2'
    Example: '2'
    """
