"""Wan 2.7 Image to Video: `wan/2-7-image-to-video` (image-to-video, video output).

Generated from specs/models/wan/2-7-image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan27ImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="wan/2-7-image-to-video",
    title="Wan 2.7 Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="wan_2_7_image_to_video",
    class_name="Wan27ImageToVideoInput",
    group="wan",
    method="v2_7_image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Positive prompt. Maximum length: 5000 characters.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Negative prompt. Maximum length: 500 characters.",
            max_length=500,
            multiline=True,
        ),
        FieldSpec(
            name="first_frame_url",
            py_name="first_frame_url",
            type="url",
            description="First frame image URL.",
            media="image",
        ),
        FieldSpec(
            name="last_frame_url",
            py_name="last_frame_url",
            type="url",
            description="Last frame image URL.",
            media="image",
        ),
        FieldSpec(
            name="first_clip_url",
            py_name="first_clip_url",
            type="url",
            description="First clip video URL, used for video continuation.",
            media="video",
        ),
        FieldSpec(
            name="driving_audio_url",
            py_name="driving_audio_url",
            type="url",
            description="Driving audio URL.",
            media="audio",
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution. - `720p`: 720p - `1080p`: 1080p",
            default="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            description="Total output video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`",
            default=5,
            minimum=2,
            maximum=15,
        ),
        FieldSpec(
            name="prompt_extend",
            py_name="prompt_extend",
            type="boolean",
            description="Whether to enable intelligent prompt rewriting. Default value: `true`.",
            default=True,
        ),
        FieldSpec(
            name="watermark",
            py_name="watermark",
            type="boolean",
            description="Whether to add an AI-generated watermark. Default value: `false`.",
            default=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed. - Minimum: `0` - Maximum: `2147483647`",
            minimum=0,
            maximum=2147483647,
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
class Wan27ImageToVideoInput:
    """Input of Wan 2.7 Image to Video (`wan/2-7-image-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Positive prompt. Maximum length: 5000 characters.
    Required.
    Up to 5000 characters.
    """

    negative_prompt: str | None = None
    """Negative prompt. Maximum length: 500 characters.
    Up to 500 characters.
    """

    first_frame_url: str | os.PathLike[str] | None = None
    """First frame image URL.
    Points at: image.
    """

    last_frame_url: str | os.PathLike[str] | None = None
    """Last frame image URL.
    Points at: image.
    """

    first_clip_url: str | os.PathLike[str] | None = None
    """First clip video URL, used for video continuation.
    Points at: video.
    """

    driving_audio_url: str | os.PathLike[str] | None = None
    """Driving audio URL.
    Points at: audio.
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Video resolution. - `720p`: 720p - `1080p`: 1080p
    Options: 720p, 1080p
    Default: '1080p'
    """

    duration: int | None = None
    """Total output video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`
    From 2 to 15.
    Default: 5
    """

    prompt_extend: bool | None = None
    """Whether to enable intelligent prompt rewriting. Default value: `true`.
    Default: True
    """

    watermark: bool | None = None
    """Whether to add an AI-generated watermark. Default value: `false`.
    Default: False
    """

    seed: int | None = None
    """Random seed. - Minimum: `0` - Maximum: `2147483647`
    From 0 to 2147483647.
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
