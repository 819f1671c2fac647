"""Hailuo Standard Image to Video: `hailuo/02-image-to-video-standard` (image-to-video, video output).

Generated from specs/models/hailuo/02-image-to-video-standard.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Hailuo02ImageToVideoStandardInput"]

SPEC: Final = ModelSpec(
    id="hailuo/02-image-to-video-standard",
    title="Hailuo Standard Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="hailuo_02_image_to_video_standard",
    class_name="Hailuo02ImageToVideoStandardInput",
    group="hailuo",
    method="v02_image_to_video_standard",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt describing the video to generate (Max length: 1500 characters)",
            example="Epic aerial shot: A lone samurai stands atop a jagged mountain peak as a storm of sakura petals is swept across the wind. Behind him, the sky is split in two — half daylight, half night. The shot pulls back to reveal that the mountain is actually the curved back of a sleeping dragon that spans across the horizon. Lightning crackles in the distance as the dragon's eye slowly opens, glowing with ancient magic. The samurai doesn’t flinch; he lowers his straw hat and places his hand on the hilt of his blade.",
            max_length=1500,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The URL of the image to use as the first frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/17585207681646umf3lz8.png",
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
            name="end_image_url",
            py_name="end_image_url",
            type="url",
            description="Optional URL of the image to use as the last frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1758521423357w8586uq8.png",
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
            default="10",
            example="10",
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
                Option(value="512P", label="512P"),
                Option(value="768P", label="768P"),
            ),
        ),
        FieldSpec(
            name="prompt_optimizer",
            py_name="prompt_optimizer",
            type="boolean",
            description="Whether to use the model's prompt optimizer (Boolean value (true/false))",
            example=True,
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
class Hailuo02ImageToVideoStandardInput:
    """Input of Hailuo Standard Image to Video (`hailuo/02-image-to-video-standard`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt describing the video to generate (Max length: 1500 characters)
    Required.
    Up to 1500 characters.
    Example: "Epic aerial shot: A lone samurai stands atop a jagged mountain pea...
    """

    image_url: str | os.PathLike[str]
    """The URL of the image to use as the first frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175852...
    """

    end_image_url: str | os.PathLike[str] | None = None
    """Optional URL of the image to use as the last frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175852...
    """

    duration: Literal["6", "10"] | None = None
    """The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
    Options: 6, 10
    Default: '10'
    Example: '10'
    """

    resolution: Literal["512P", "768P"] | None = None
    """The resolution of the generated video.
    Options: 512P, 768P
    Default: '768P'
    Example: '768P'
    """

    prompt_optimizer: bool | None = None
    """Whether to use the model's prompt optimizer (Boolean value (true/false))
    Example: True
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
