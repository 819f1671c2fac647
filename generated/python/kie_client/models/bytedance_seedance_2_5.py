"""Bytedance Seedance 2.5: `bytedance/seedance-2-5` (reference-to-video, video output).

Generated from specs/models/bytedance/seedance-2-5.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "BytedanceSeedance25Input"]

SPEC: Final = ModelSpec(
    id="bytedance/seedance-2-5",
    title="Bytedance Seedance 2.5",
    kind="reference-to-video",
    output="video",
    description="",
    module="bytedance_seedance_2_5",
    class_name="BytedanceSeedance25Input",
    group="bytedance",
    method="seedance_2_5",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="The text prompt used to generate the video.. ( Max length: 30000 characters)",
            example="A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky",
            max_length=30000,
            multiline=True,
        ),
        FieldSpec(
            name="first_frame_url",
            py_name="first_frame_url",
            type="url",
            description="First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj) Cannot be used simultaneously with reference_image_urls, reference_video_urls, or reference_audio_urls.",
            media="image",
        ),
        FieldSpec(
            name="last_frame_url",
            py_name="last_frame_url",
            type="url",
            description="End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj) last_frame_url cannot be passed alone; first_frame_url must be provided together with it.",
            media="image",
        ),
        FieldSpec(
            name="reference_image_urls",
            py_name="reference_image_urls",
            type="array",
            description="Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 30. Mutually exclusive with the first/last-frame scenario;",
            example=["https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"],
            max_items=30,
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
            description="Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 200 MB. Frame rate (FPS): [24, 60] Single video duration: [2, 30] seconds; Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.",
            max_items=10,
            items=FieldSpec(
                name="reference_video_urls",
                py_name="reference_video_urls",
                type="url",
                media="video",
                accept=(
                    "video/mp4",
                    "video/quicktime",
                ),
                max_size=200000000,
                max_size_text="200MB",
            ),
        ),
        FieldSpec(
            name="reference_audio_urls",
            py_name="reference_audio_urls",
            type="array",
            description="Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Size: Single audio file size not exceeding 15 MB. Single audio duration: [2, 30] seconds; Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.",
            max_items=10,
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
            description="Whether to return the last frame of the video. When draft=true, this parameter cannot be set to true.",
            default=False,
        ),
        FieldSpec(
            name="generate_audio",
            py_name="generate_audio",
            type="boolean",
            description="Whether to generate audio for the video. - **true**: Generate with audio (higher cost) - **false**: Generate without audio Note: Enabling audio will increase the generation cost",
            default=True,
            example=False,
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution - 480p for faster generation, 720p for balance.",
            default="720p",
            example="720p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Video aspect ratio configuration.",
            default="adaptive",
            example="adaptive",
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
            type="enum",
            description="Video duration in 4-30 seconds. Special values -1: Pass -1 for automatic duration selection — the model picks a suitable duration itself (for video-editing tasks, it matches the input video's length; for other task types, it selects within the valid range), instead of you specifying an exact value.",
            default=5,
            example=5,
            options=(
                Option(value=-1, label="automatic"),
                Option(value=4, label="4 seconds"),
                Option(value=5, label="5 seconds"),
                Option(value=6, label="6 seconds"),
                Option(value=7, label="7 seconds"),
                Option(value=8, label="8 seconds"),
                Option(value=9, label="9 seconds"),
                Option(value=10, label="10 seconds"),
                Option(value=11, label="11 seconds"),
                Option(value=12, label="12 seconds"),
                Option(value=13, label="13 seconds"),
                Option(value=14, label="14 seconds"),
                Option(value=15, label="15 seconds"),
                Option(value=16, label="16 seconds"),
                Option(value=17, label="17 seconds"),
                Option(value=18, label="18 seconds"),
                Option(value=19, label="19 seconds"),
                Option(value=20, label="20 seconds"),
                Option(value=21, label="21 seconds"),
                Option(value=22, label="22 seconds"),
                Option(value=23, label="23 seconds"),
                Option(value=24, label="24 seconds"),
                Option(value=25, label="25 seconds"),
                Option(value=26, label="26 seconds"),
                Option(value=27, label="27 seconds"),
                Option(value=28, label="28 seconds"),
                Option(value=29, label="29 seconds"),
                Option(value=30, label="30 seconds"),
            ),
        ),
        FieldSpec(
            name="output_format",
            py_name="output_format",
            type="enum",
            description="Video output format.",
            default="mp4",
            example="mp4",
            options=(
                Option(value="mp4", label="mp4"),
                Option(value="mov", label="mov"),
            ),
        ),
        FieldSpec(
            name="web_search",
            py_name="web_search",
            type="boolean",
            description="Enable online search.",
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.",
        ),
    ),
    rules=(
        RuleSpec(
            kind="exclusive",
            fields=(
                "first_frame_url",
                "reference_image_urls",
            ),
            message="first_frame_url cannot be used together with reference_image_urls.",
        ),
        RuleSpec(
            kind="exclusive",
            fields=(
                "first_frame_url",
                "reference_video_urls",
            ),
            message="first_frame_url cannot be used together with reference_video_urls.",
        ),
        RuleSpec(
            kind="exclusive",
            fields=(
                "first_frame_url",
                "reference_audio_urls",
            ),
            message="first_frame_url cannot be used together with reference_audio_urls.",
        ),
        RuleSpec(
            kind="requires",
            fields=(
                "last_frame_url",
                "first_frame_url",
            ),
            message="last_frame_url cannot be passed alone; give first_frame_url with it.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class BytedanceSeedance25Input:
    """Input of Bytedance Seedance 2.5 (`bytedance/seedance-2-5`).

    Rule: first_frame_url cannot be used together with reference_image_urls.

    Rule: first_frame_url cannot be used together with reference_video_urls.

    Rule: first_frame_url cannot be used together with reference_audio_urls.

    Rule: last_frame_url cannot be passed alone; give first_frame_url with it.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str | None = None
    """The text prompt used to generate the video.. ( Max length: 30000 characters)
    Up to 30000 characters.
    Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
    """

    first_frame_url: str | os.PathLike[str] | None = None
    """First frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj) Cannot be used simultaneously with reference_image_urls, reference_video_urls, or reference_audio_urls.
    Points at: image.
    """

    last_frame_url: str | os.PathLike[str] | None = None
    """End frame image url or asset://{assetId} (for example: asset://asset-20260404242101-76djj) last_frame_url cannot be passed alone; first_frame_url must be provided together with it.
    Points at: image.
    """

    reference_image_urls: Sequence[str | os.PathLike[str]] | None = None
    """Enter a list of image URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj). Single image requirements: Format: jpeg, png, webp, bmp, tiff, gif. Aspect ratio (width/height): (0.4, 2.5) Width and height (px): (300, 6000) Size: Single image less than 30 MB. Maximum number of files: The sum of the number of frames at the beginning and end must not exceed 30. Mutually exclusive with the first/last-frame scenario;
    Up to 30 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif, at most 30MB; a local path is uploaded first.
    Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
    """

    reference_video_urls: Sequence[str | os.PathLike[str]] | None = None
    """Enter a list of video URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single video requirements: Video format: mp4, mov. Resolution: 480p, 720p Dimensions: Aspect ratio (width/height): [0.4, 2.5] Width/height (px): [300, 6000] Total pixels: [640×640=409600, 834×1112=927408], i.e., the product of width and height must meet the range requirement of [409600, 927408]. Size: Single video not exceeding 200 MB. Frame rate (FPS): [24, 60] Single video duration: [2, 30] seconds; Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
    Up to 10 items.
    Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 200MB; a local path is uploaded first.
    """

    reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None
    """Enter a list of audio URLs or asset://{assetId} (for example: asset://asset-20260404242101-76djj) . Single audio requirements: Format: wav, mp3 Size: Single audio file size not exceeding 15 MB. Single audio duration: [2, 30] seconds; Mutually exclusive with the first/last-frame scenario; Total duration of reference videos must not exceed 30 seconds.
    Up to 10 items.
    Each item: Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
    """

    return_last_frame: bool | None = None
    """Whether to return the last frame of the video. When draft=true, this parameter cannot be set to true.
    Default: False
    """

    generate_audio: bool | None = None
    """Whether to generate audio for the video. - **true**: Generate with audio (higher cost) - **false**: Generate without audio Note: Enabling audio will increase the generation cost
    Default: True
    Example: False
    """

    resolution: Literal["480p", "720p", "1080p"] | None = None
    """Video resolution - 480p for faster generation, 720p for balance.
    Options: 480p, 720p, 1080p
    Default: '720p'
    Example: '720p'
    """

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"] | None = None
    """Video aspect ratio configuration.
    Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9, adaptive
    Default: 'adaptive'
    Example: 'adaptive'
    """

    duration: (
        Literal[
            -1,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12,
            13,
            14,
            15,
            16,
            17,
            18,
            19,
            20,
            21,
            22,
            23,
            24,
            25,
            26,
            27,
            28,
            29,
            30,
        ]
        | None
    ) = None
    """Video duration in 4-30 seconds. Special values -1: Pass -1 for automatic duration selection — the model picks a suitable duration itself (for video-editing tasks, it matches the input video's length; for other task types, it selects within the valid range), instead of you specifying an exact value.
    Options:
    - -1: automatic
    - 4: 4 seconds
    - 5: 5 seconds
    - 6: 6 seconds
    - 7: 7 seconds
    - 8: 8 seconds
    - 9: 9 seconds
    - 10: 10 seconds
    - 11: 11 seconds
    - 12: 12 seconds
    - 13: 13 seconds
    - 14: 14 seconds
    - 15: 15 seconds
    - 16: 16 seconds
    - 17: 17 seconds
    - 18: 18 seconds
    - 19: 19 seconds
    - 20: 20 seconds
    - 21: 21 seconds
    - 22: 22 seconds
    - 23: 23 seconds
    - 24: 24 seconds
    - 25: 25 seconds
    - 26: 26 seconds
    - 27: 27 seconds
    - 28: 28 seconds
    - 29: 29 seconds
    - 30: 30 seconds
    Default: 5
    Example: 5
    """

    output_format: Literal["mp4", "mov"] | None = None
    """Video output format.
    Options: mp4, mov
    Default: 'mp4'
    Example: 'mp4'
    """

    web_search: bool | None = None
    """Enable online search.
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
