"""Wan 2.7 Video Edit: `wan/2-7-videoedit` (video-edit, video output).

Generated from specs/models/wan/2-7-videoedit.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan27VideoeditInput"]

SPEC: Final = ModelSpec(
    id="wan/2-7-videoedit",
    title="Wan 2.7 Video Edit",
    kind="video-edit",
    output="video",
    description="",
    module="wan_2_7_videoedit",
    class_name="Wan27VideoeditInput",
    group="wan",
    method="v2_7_videoedit",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="Optional text prompt describing the expected elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.",
            example="Change the character's outfit and add the hat shown in the reference image.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Optional negative prompt describing content that should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.",
            example="low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions",
            max_length=500,
            multiline=True,
        ),
        FieldSpec(
            name="video_url",
            py_name="video_url",
            type="url",
            required=True,
            description="URL of the source video to edit. Required. Only one video is supported. - Formats: `mp4`, `mov` - Duration: `2` to `10` seconds - Resolution: width and height range `[240,4096]` pixels - Aspect ratio: `1:8` to `8:1` - File size: up to `100MB` - Supports public `http/https` URLs or temporary `oss` URLs",
            example="https://example.com/demo/video.mp4",
            media="video",
            accept=(
                "video/mp4",
                "video/quicktime",
            ),
            max_size=100000000,
            max_size_text="100MB",
        ),
        FieldSpec(
            name="reference_image",
            py_name="reference_image",
            type="url",
            description="Optional reference image URL for character, clothing, or style guidance. - Formats: `JPEG`, `JPG`, `PNG` (no alpha channel), `BMP`, `WEBP` - Resolution: width and height range `[240,8000]` pixels - Aspect ratio: `1:8` to `8:1` - Supports public `http/https` URLs or temporary `oss` URLs",
            example="https://example.com/demo/reference.png",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
                "image/bmp",
                "image/webp",
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Output video resolution tier. `1080p` costs more than `720p`. Default value: `1080p`. - `720p`: 720p - `1080p`: 1080p",
            default="1080p",
            example="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Output video aspect ratio. - If omitted: the output uses an aspect ratio close to the input video - If provided: the output uses the specified aspect ratio - Available values: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="1:1", label="1:1"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            description="Output video duration in seconds. - Default `0` means using the full input video duration without truncation - If a value is provided, the output is clipped from second `0` to the specified length - Valid values are `0` or any integer in `[2,10]`",
            default=0,
            example=0,
            minimum=0,
            maximum=10,
        ),
        FieldSpec(
            name="audio_setting",
            py_name="audio_setting",
            type="enum",
            description="Video audio setting. - `auto`: default, the model decides whether to regenerate audio based on the `prompt` - `origin`: force keeping the original input video audio",
            default="auto",
            example="auto",
            options=(
                Option(value="auto", label="auto"),
                Option(value="origin", label="origin"),
            ),
        ),
        FieldSpec(
            name="prompt_extend",
            py_name="prompt_extend",
            type="boolean",
            description="Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.",
            default=True,
            example=True,
        ),
        FieldSpec(
            name="watermark",
            py_name="watermark",
            type="boolean",
            description='Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".',
            default=False,
            example=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.",
            example=0,
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
class Wan27VideoeditInput:
    """Input of Wan 2.7 Video Edit (`wan/2-7-videoedit`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    video_url: str | os.PathLike[str]
    """URL of the source video to edit. Required. Only one video is supported. - Formats: `mp4`, `mov` - Duration: `2` to `10` seconds - Resolution: width and height range `[240,4096]` pixels - Aspect ratio: `1:8` to `8:1` - File size: up to `100MB` - Supports public `http/https` URLs or temporary `oss` URLs
    Required.
    Points at: video.
    Accepts: video/mp4, video/quicktime, at most 100MB; a local path is uploaded first.
    Example: 'https://example.com/demo/video.mp4'
    """

    prompt: str | None = None
    """Optional text prompt describing the expected elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.
    Up to 5000 characters.
    Example: "Change the character's outfit and add the hat shown in the referen...
    """

    negative_prompt: str | None = None
    """Optional negative prompt describing content that should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.
    Up to 500 characters.
    Example: 'low resolution, errors, worst quality, low quality, malformed, ext...
    """

    reference_image: str | os.PathLike[str] | None = None
    """Optional reference image URL for character, clothing, or style guidance. - Formats: `JPEG`, `JPG`, `PNG` (no alpha channel), `BMP`, `WEBP` - Resolution: width and height range `[240,8000]` pixels - Aspect ratio: `1:8` to `8:1` - Supports public `http/https` URLs or temporary `oss` URLs
    Points at: image.
    Accepts: image/jpeg, image/png, image/bmp, image/webp; a local path is uploaded first.
    Example: 'https://example.com/demo/reference.png'
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Output video resolution tier. `1080p` costs more than `720p`. Default value: `1080p`. - `720p`: 720p - `1080p`: 1080p
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None
    """Output video aspect ratio. - If omitted: the output uses an aspect ratio close to the input video - If provided: the output uses the specified aspect ratio - Available values: `16:9`, `9:16`, `1:1`, `4:3`, `3:4`
    Options: 16:9, 9:16, 1:1, 4:3, 3:4
    Example: '16:9'
    """

    duration: int | None = None
    """Output video duration in seconds. - Default `0` means using the full input video duration without truncation - If a value is provided, the output is clipped from second `0` to the specified length - Valid values are `0` or any integer in `[2,10]`
    From 0 to 10.
    Default: 0
    Example: 0
    """

    audio_setting: Literal["auto", "origin"] | None = None
    """Video audio setting. - `auto`: default, the model decides whether to regenerate audio based on the `prompt` - `origin`: force keeping the original input video audio
    Options: auto, origin
    Default: 'auto'
    Example: 'auto'
    """

    prompt_extend: bool | None = None
    """Whether to enable prompt rewriting. When enabled, the model expands the input prompt. This usually works better for short prompts but increases processing time.
    Default: True
    Example: True
    """

    watermark: bool | None = None
    """Whether to add a watermark. The watermark is placed in the lower-right corner of the video with the fixed text "AI generated".
    Default: False
    Example: False
    """

    seed: int | None = None
    """Random seed. Range: `0-2147483647`. If omitted, the system generates one automatically.
    From 0 to 2147483647.
    Example: 0
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
