"""Bytedance Seedance 2.0: `bytedance/seedance-2` (reference-to-video, video output).

Generated from specs/models/bytedance/seedance-2.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "BytedanceSeedance2Input"]

SPEC: Final = ModelSpec(
    id="bytedance/seedance-2",
    title="Bytedance Seedance 2.0",
    kind="reference-to-video",
    output="video",
    description="",
    module="bytedance_seedance_2",
    class_name="BytedanceSeedance2Input",
    group="bytedance",
    method="seedance_2",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)",
            example="A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky",
            min_length=3,
            max_length=20000,
            multiline=True,
        ),
        FieldSpec(
            name="first_frame_url",
            py_name="first_frame_url",
            type="url",
            description="First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)",
            media="image",
        ),
        FieldSpec(
            name="last_frame_url",
            py_name="last_frame_url",
            type="url",
            description="End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)",
            media="image",
        ),
        FieldSpec(
            name="reference_image_urls",
            py_name="reference_image_urls",
            type="array",
            description="Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..",
            example=["https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"],
            max_items=9,
            items=FieldSpec(
                name="reference_image_urls",
                py_name="reference_image_urls",
                type="url",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                    "image/webp",
                    "image/bmp",
                    "image/tiff",
                    "image/gif",
                ),
                max_size=30000000,
                max_size_text="30MB",
            ),
        ),
        FieldSpec(
            name="reference_video_urls",
            py_name="reference_video_urls",
            type="array",
            description="Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds. Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 50 MB. Frame rate (FPS): [24, 60]",
            max_items=3,
            items=FieldSpec(
                name="reference_video_urls",
                py_name="reference_video_urls",
                type="url",
                media="video",
                accept=(
                    "video/mp4",
                    "video/quicktime",
                ),
                max_size=50000000,
                max_size_text="50MB",
            ),
        ),
        FieldSpec(
            name="reference_audio_urls",
            py_name="reference_audio_urls",
            type="array",
            description="Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s. Size: Single audio file size not exceeding 15 MB.",
            max_items=3,
            items=FieldSpec(
                name="reference_audio_urls",
                py_name="reference_audio_urls",
                type="url",
                media="audio",
                accept=(
                    "audio/wav",
                    "audio/x-wav",
                    "audio/mpeg",
                ),
                max_size=15000000,
                max_size_text="15MB",
            ),
        ),
        FieldSpec(
            name="return_last_frame",
            py_name="return_last_frame",
            type="boolean",
            description="Whether to return the last frame of the video as an image.",
            default=False,
        ),
        FieldSpec(
            name="generate_audio",
            py_name="generate_audio",
            type="boolean",
            description="Whether to generate audio for the video. - **true**: Generate with audio - **false**: Generate without audio",
            default=True,
            example=False,
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution - 480p for faster generation, 720p for balance, 1080p for High-quality video, 4K Ultra-High Definition, delivering perfect visual details.",
            default="720p",
            example="720p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
                Option(value="4k", label="4k"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Video aspect ratio configuration. Required field.",
            default="16:9",
            example="16:9",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="21:9", label="21:9"),
                Option(value="adaptive", label="adaptive"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            description="Video duration in 4-15 seconds.",
            default=5,
            example=5,
            minimum=4,
            maximum=15,
        ),
        FieldSpec(
            name="web_search", py_name="web_search", type="boolean", description="Use online search"
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class BytedanceSeedance2Input:
    """Input of Bytedance Seedance 2.0 (`bytedance/seedance-2`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str | None = None
    """The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
    3 to 20000 characters.
    Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
    """

    first_frame_url: str | os.PathLike[str] | None = None
    """First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
    Points at: image.
    """

    last_frame_url: str | os.PathLike[str] | None = None
    """End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj)
    Points at: image.
    """

    reference_image_urls: Sequence[str | os.PathLike[str]] | None = None
    """Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 9..
    Up to 9 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
    Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
    """

    reference_video_urls: Sequence[str | os.PathLike[str]] | None = None
    """Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Duration: Single video duration [2, 15] s, maximum 3 reference videos, total duration of all videos not exceeding 15 seconds. Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 50 MB. Frame rate (FPS): [24, 60]
    Up to 3 items.
    Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 50MB; a local path is uploaded first.
    """

    reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None
    """Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Duration: Single audio duration [2, 15] s, maximum 3 reference audios, total duration of all audios not exceeding 15 s. Size: Single audio file size not exceeding 15 MB.
    Up to 3 items.
    Each item: Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
    """

    return_last_frame: bool | None = None
    """Whether to return the last frame of the video as an image.
    Default: False
    """

    generate_audio: bool | None = None
    """Whether to generate audio for the video. - **true**: Generate with audio - **false**: Generate without audio
    Default: True
    Example: False
    """

    resolution: Literal["480p", "720p", "1080p", "4k"] | None = None
    """Video resolution - 480p for faster generation, 720p for balance, 1080p for High-quality video, 4K Ultra-High Definition, delivering perfect visual details.
    Options: 480p, 720p, 1080p, 4k
    Default: '720p'
    Example: '720p'
    """

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | None = None
    """Video aspect ratio configuration. Required field.
    Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, adaptive
    Default: '16:9'
    Example: '16:9'
    """

    duration: int | None = None
    """Video duration in 4-15 seconds.
    From 4 to 15.
    Default: 5
    Example: 5
    """

    web_search: bool | None = None
    """Use online search
    """

    nsfw_checker: bool | None = None
    """Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
    """
