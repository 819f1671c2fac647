"""PixVerse V6 Text to Video: `pixverse-v6/text-to-video` (text-to-video, video output).

Generated from specs/models/pixverse-v6/text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "PixverseV6TextToVideoInput"]

SPEC: Final = ModelSpec(
    id="pixverse-v6/text-to-video",
    title="PixVerse V6 Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="pixverse_v6_text_to_video",
    class_name="PixverseV6TextToVideoInput",
    group="pixverse_v6",
    method="text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Generate prompt, cannot be empty, length is limited to 3-5000 characters.",
            example="A cinematic sunrise illuminates a mist-shrouded mountain lake; the camera slowly sweeps across the water's surface as a flock of birds flies overhead.",
            min_length=3,
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="Output video aspect ratio. This parameter is supported in text-to-video and Fusion multi-reference image-to-video modes.",
            default="16:9",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="4:3", label="4:3"),
                Option(value="1:1", label="1:1"),
                Option(value="3:4", label="3:4"),
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
            description="Output video resolution. Supports 360p, 540p, 720p, and 1080p.",
            default="720p",
            example="720p",
            options=(
                Option(value="360p", label="360p"),
                Option(value="540p", label="540p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            required=True,
            description="Output video duration in seconds. PixVerse V6 supports 1–15 seconds.",
            default=5,
            example=5,
            minimum=1,
            maximum=15,
        ),
        FieldSpec(
            name="generate_audio_switch",
            py_name="generate_audio_switch",
            type="boolean",
            description="Whether to generate audio synchronized with the video content.",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="generate_multi_clip_switch",
            py_name="generate_multi_clip_switch",
            type="boolean",
            description="Whether to generate a multi-clip video.",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result reproducibility.",
            example=123456789,
            minimum=0,
            maximum=2147483647,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class PixverseV6TextToVideoInput:
    """Input of PixVerse V6 Text to Video (`pixverse-v6/text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Generate prompt, cannot be empty, length is limited to 3-5000 characters.
    Required.
    3 to 5000 characters.
    Example: "A cinematic sunrise illuminates a mist-shrouded mountain lake; the...
    """

    aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
    """Output video aspect ratio. This parameter is supported in text-to-video and Fusion multi-reference image-to-video modes.
    Required.
    Options: 16:9, 4:3, 1:1, 3:4, 9:16, 2:3, 3:2, 21:9
    Default: '16:9'
    Example: '16:9'
    """

    quality: Literal["360p", "540p", "720p", "1080p"]
    """Output video resolution. Supports 360p, 540p, 720p, and 1080p.
    Required.
    Options: 360p, 540p, 720p, 1080p
    Default: '720p'
    Example: '720p'
    """

    duration: int
    """Output video duration in seconds. PixVerse V6 supports 1–15 seconds.
    Required.
    From 1 to 15.
    Default: 5
    Example: 5
    """

    generate_audio_switch: bool | None = None
    """Whether to generate audio synchronized with the video content.
    Default: False
    Example: False
    """

    generate_multi_clip_switch: bool | None = None
    """Whether to generate a multi-clip video.
    Default: False
    Example: False
    """

    seed: int | None = None
    """Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result reproducibility.
    From 0 to 2147483647.
    Example: 123456789
    """
