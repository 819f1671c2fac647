"""Wan 2.7 Reference to Video: `wan/2-7-r2v` (reference-to-video, video output).

Generated from specs/models/wan/2-7-r2v.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan27R2vInput"]

SPEC: Final = ModelSpec(
    id="wan/2-7-r2v",
    title="Wan 2.7 Reference to Video",
    kind="reference-to-video",
    output="video",
    description="",
    module="wan_2_7_r2v",
    class_name="Wan27R2vInput",
    group="wan",
    method="v2_7_r2v",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt. Required. Describes the desired elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.",
            example="Image 1 is eating, while video 1 and image 2 are singing beside it.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Optional negative prompt describing what should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.",
            example="low resolution, errors, worst quality, low quality, malformed, extra fingers, bad proportions",
            max_length=500,
            multiline=True,
        ),
        FieldSpec(
            name="reference_image",
            py_name="reference_image",
            type="array",
            description="Array of reference image URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.",
            example=[
                "https://example.com/demo/ref-image-1.png",
                "https://example.com/demo/ref-image-2.png",
            ],
            max_items=5,
            items=FieldSpec(
                name="reference_image", py_name="reference_image", type="url", media="image"
            ),
        ),
        FieldSpec(
            name="reference_video",
            py_name="reference_video",
            type="array",
            description="Array of reference video URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.",
            example=["https://example.com/demo/ref-video-1.mp4"],
            max_items=5,
            items=FieldSpec(
                name="reference_video", py_name="reference_video", type="url", media="video"
            ),
        ),
        FieldSpec(
            name="first_frame",
            py_name="first_frame",
            type="url",
            description="First frame image URL. At most one image can be provided. If supplied, `aspect_ratio` is ignored and the output uses a ratio close to the first frame image.",
            example="https://example.com/demo/first-frame.png",
            media="image",
        ),
        FieldSpec(
            name="reference_voice",
            py_name="reference_voice",
            type="url",
            description="Audio URL used to specify the voice timbre of the subject in the reference material. Rules: - If `reference_video` contains audio and `reference_voice` is not provided, the original video audio is used by default - If both `reference_video` and `reference_voice` are provided, `reference_voice` takes priority Audio limits: - Formats: `wav`, `mp3` - Duration: `1` to `10` seconds - File size: up to `15MB`",
            example="https://example.com/demo/reference-voice.mp3",
            media="audio",
            accept=(
                "audio/wav",
                "audio/x-wav",
                "audio/mpeg",
            ),
            max_size=15000000,
            max_size_text="15MB",
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Output video resolution tier. Available values: `720p`, `1080p`. Default value: `1080p`.",
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
            description="Output video aspect ratio. Effective logic: - If `first_frame` is not provided: the video is generated using the specified `aspect_ratio` - If `first_frame` is provided: `aspect_ratio` is ignored and the output uses a ratio close to the first frame image",
            default="16:9",
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
            description="Output video duration in seconds. Valid range is an integer from `2` to `10`. Default value: `5`.",
            default=5,
            example=5,
            minimum=2,
            maximum=10,
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
class Wan27R2vInput:
    """Input of Wan 2.7 Reference to Video (`wan/2-7-r2v`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt. Required. Describes the desired elements and visual features in the generated video. Supports Chinese and English. Maximum length: 5000 characters.
    Required.
    Up to 5000 characters.
    Example: 'Image 1 is eating, while video 1 and image 2 are singing beside it.'
    """

    negative_prompt: str | None = None
    """Optional negative prompt describing what should not appear in the video. Supports Chinese and English. Maximum length: 500 characters.
    Up to 500 characters.
    Example: 'low resolution, errors, worst quality, low quality, malformed, ext...
    """

    reference_image: Sequence[str | os.PathLike[str]] | None = None
    """Array of reference image URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.
    Up to 5 items.
    Each item: Points at: image.
    Example: ['https://example.com/demo/ref-image-1.png', 'https://example.com/d...
    """

    reference_video: Sequence[str | os.PathLike[str]] | None = None
    """Array of reference video URLs. At least one of `reference_image` or `reference_video` must be provided. The total number of images and videos cannot exceed 5.
    Up to 5 items.
    Each item: Points at: video.
    Example: ['https://example.com/demo/ref-video-1.mp4']
    """

    first_frame: str | os.PathLike[str] | None = None
    """First frame image URL. At most one image can be provided. If supplied, `aspect_ratio` is ignored and the output uses a ratio close to the first frame image.
    Points at: image.
    Example: 'https://example.com/demo/first-frame.png'
    """

    reference_voice: str | os.PathLike[str] | None = None
    """Audio URL used to specify the voice timbre of the subject in the reference material. Rules: - If `reference_video` contains audio and `reference_voice` is not provided, the original video audio is used by default - If both `reference_video` and `reference_voice` are provided, `reference_voice` takes priority Audio limits: - Formats: `wav`, `mp3` - Duration: `1` to `10` seconds - File size: up to `15MB`
    Points at: audio.
    Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
    Example: 'https://example.com/demo/reference-voice.mp3'
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Output video resolution tier. Available values: `720p`, `1080p`. Default value: `1080p`.
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None
    """Output video aspect ratio. Effective logic: - If `first_frame` is not provided: the video is generated using the specified `aspect_ratio` - If `first_frame` is provided: `aspect_ratio` is ignored and the output uses a ratio close to the first frame image
    Options: 16:9, 9:16, 1:1, 4:3, 3:4
    Default: '16:9'
    Example: '16:9'
    """

    duration: int | None = None
    """Output video duration in seconds. Valid range is an integer from `2` to `10`. Default value: `5`.
    From 2 to 10.
    Default: 5
    Example: 5
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
