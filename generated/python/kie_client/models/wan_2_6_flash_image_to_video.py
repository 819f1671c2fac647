"""Wan 2.6 Flash Image to Video: `wan/2-6-flash-image-to-video` (image-to-video, video output).

Generated from specs/models/wan/2-6-flash-image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan26FlashImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="wan/2-6-flash-image-to-video",
    title="Wan 2.6 Flash Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="wan_2_6_flash_image_to_video",
    class_name="Wan26FlashImageToVideoInput",
    group="wan",
    method="v2_6_flash_image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters)",
            example="Anthopmopric fox singing a Christmas song at the rubbish dump in the rain.",
            min_length=2,
            max_length=1500,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="A list of image URLs. All images must be at least 256x256px. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example=[],
            max_items=1,
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
            name="duration",
            py_name="duration",
            type="enum",
            description="The duration of the generated video in seconds",
            default="5",
            example="5",
            options=(
                Option(value="5", label="5"),
                Option(value="10", label="10"),
                Option(value="15", label="15"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution tier",
            default="1080p",
            example="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="audio",
            py_name="audio",
            type="boolean",
            required=True,
            description="Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false))",
            example=False,
        ),
        FieldSpec(
            name="multi_shots",
            py_name="multi_shots",
            type="boolean",
            description="The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false))",
            example=False,
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
class Wan26FlashImageToVideoInput:
    """Input of Wan 2.6 Flash Image to Video (`wan/2-6-flash-image-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompts for video generation. Supports both Chinese and English, with a minimum of 2 characters and a maximum of 5,000 characters. (Max length: 1500 characters)
    Required.
    2 to 1500 characters.
    Example: 'Anthopmopric fox singing a Christmas song at the rubbish dump in t...
    """

    image_urls: Sequence[str | os.PathLike[str]]
    """A list of image URLs. All images must be at least 256x256px. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Up to 1 item.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: []
    """

    audio: bool
    """Whether to generate video with audio. Audio directly affects the cost, as the pricing differs between videos with sound and silent videos. (Boolean value (true/false))
    Required.
    Example: False
    """

    duration: Literal["5", "10", "15"] | None = None
    """The duration of the generated video in seconds
    Options: 5, 10, 15
    Default: '5'
    Example: '5'
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Video resolution tier
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    multi_shots: bool | None = None
    """The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions. (Boolean value (true/false))
    Example: False
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
