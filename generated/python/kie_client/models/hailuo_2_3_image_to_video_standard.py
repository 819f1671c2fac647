"""Hailuo 2.3 Standard Image to Video: `hailuo/2-3-image-to-video-standard` (image-to-video, video output).

Generated from specs/models/hailuo/2-3-image-to-video-standard.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Hailuo23ImageToVideoStandardInput"]

SPEC: Final = ModelSpec(
    id="hailuo/2-3-image-to-video-standard",
    title="Hailuo 2.3 Standard Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="hailuo_2_3_image_to_video_standard",
    class_name="Hailuo23ImageToVideoStandardInput",
    group="hailuo",
    method="v2_3_image_to_video_standard",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt describing the desired video animation (Max length: 5000 characters)",
            example="Two armored medieval knights clash in an intense duel at sunset, cinematic lighting.  Metal armor reflects warm golden light from the sun and the glowing swords. Sparks explode as the swords collide. Dynamic camera movement, shallow depth of field, dramatic slow motion. The scene takes place in an open desert battlefield, dust in the air, warm orange sun behind them, epic atmosphere.  Highly detailed armor textures, realistic reflections, volumetric lighting, cinematic quality.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1761736401898mpm67du5.webp",
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
            name="duration",
            py_name="duration",
            type="enum",
            description="The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.",
            default="6",
            example="6",
            options=(
                Option(value="6", label="6"),
                Option(value="10", label="10"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="The resolution of the generated video.",
            default="768P",
            example="768P",
            options=(
                Option(value="768P", label="768P"),
                Option(value="1080P", label="1080P"),
            ),
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.",
        ),
    ),
    rules=(
        RuleSpec(
            kind="forbid",
            fields=(
                "duration",
                "resolution",
            ),
            message="10 s videos are not offered at 1080p.",
            refused=(
                ("10",),
                ("1080P",),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Hailuo23ImageToVideoStandardInput:
    """Input of Hailuo 2.3 Standard Image to Video (`hailuo/2-3-image-to-video-standard`).

    Rule: 10 s videos are not offered at 1080p.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt describing the desired video animation (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'Two armored medieval knights clash in an intense duel at sunset, c...
    """

    image_url: str | os.PathLike[str]
    """Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/176173...
    """

    duration: Literal["6", "10"] | None = None
    """The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
    Options: 6, 10
    Default: '6'
    Example: '6'
    """

    resolution: Literal["768P", "1080P"] | None = None
    """The resolution of the generated video.
    Options: 768P, 1080P
    Default: '768P'
    Example: '768P'
    """

    nsfw_checker: bool | None = None
    """Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
    """
