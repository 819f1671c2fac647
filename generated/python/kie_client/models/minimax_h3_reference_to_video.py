"""MiniMax H3 Reference to Video: `minimax-h3/reference-to-video` (reference-to-video, video output).

Generated from specs/models/minimax-h3/reference-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "MinimaxH3ReferenceToVideoInput"]

SPEC: Final = ModelSpec(
    id="minimax-h3/reference-to-video",
    title="MiniMax H3 Reference to Video",
    kind="reference-to-video",
    output="video",
    description="",
    module="minimax_h3_reference_to_video",
    class_name="MinimaxH3ReferenceToVideoInput",
    group="minimax_h3",
    method="reference_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Video generation prompt, length is between 1 and 7000 characters.",
            example="Generate a continuous cinematic video referencing the characters, actions, and scenes in the input material",
            min_length=1,
            max_length=7000,
            multiline=True,
        ),
        FieldSpec(
            name="reference_image_urls",
            py_name="reference_image_urls",
            type="array",
            description="Array of reference image URLs. Supports up to 9 images. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, WEBP, HEIC, and HEIF; a single image size cannot exceed 30 MB; the side length of the image must be between 256 and 5760 pixels, and the aspect ratio must be between 0.4 and 2.5.",
            example=[
                "https://example.com/reference-image-1.jpg",
                "https://example.com/reference-image-2.jpg",
            ],
            max_items=9,
            items=FieldSpec(
                name="reference_image_urls",
                py_name="reference_image_urls",
                type="url",
                pattern="^(https?|oss)://",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                    "image/webp",
                    "image/heic",
                    "image/heif",
                ),
                max_size=30000000,
                max_size_text="30MB",
            ),
        ),
        FieldSpec(
            name="reference_video_urls",
            py_name="reference_video_urls",
            type="array",
            description="Array of reference video URLs. Supports up to 3 videos. Supports MP4, MOV; video encoding supports H.264, H.265, audio encoding supports AAC, MP3; a single file size cannot exceed 50 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference videos cannot exceed 15 seconds; the video side length must be between 256 and 5760 pixels, the aspect ratio must be between 0.4 and 2.5, and the frame rate must be between 23.976 and 60.",
            example=["https://example.com/reference-video.mp4"],
            max_items=3,
            items=FieldSpec(
                name="reference_video_urls",
                py_name="reference_video_urls",
                type="url",
                pattern="^(https?|oss)://",
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
            description="Array of reference audio URLs. Supports up to 3 audios. Supports WAV, MP3; a single file size cannot exceed 15 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference audios cannot exceed 15 seconds. reference_audio cannot be used alone, it must be accompanied by reference_image or reference_video.",
            example=["https://example.com/reference-audio.mp3"],
            max_items=3,
            items=FieldSpec(
                name="reference_audio_urls",
                py_name="reference_audio_urls",
                type="url",
                pattern="^(https?|oss)://",
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
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Video aspect ratio. The default is adaptive, or a specific ratio can be specified.",
            default="adaptive",
            options=(
                Option(value="adaptive", label="adaptive"),
                Option(value="21:9", label="21:9"),
                Option(value="16:9", label="16:9"),
                Option(value="4:3", label="4:3"),
                Option(value="1:1", label="1:1"),
                Option(value="3:4", label="3:4"),
                Option(value="9:16", label="9:16"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            required=True,
            description="The duration of the generated video, supporting integer values from 4 to 15 seconds.",
            default=6,
            example=6,
            options=(
                Option(value=4, label="4"),
                Option(value=5, label="5"),
                Option(value=6, label="6"),
                Option(value=7, label="7"),
                Option(value=8, label="8"),
                Option(value=9, label="9"),
                Option(value=10, label="10"),
                Option(value=11, label="11"),
                Option(value=12, label="12"),
                Option(value=13, label="13"),
                Option(value=14, label="14"),
                Option(value=15, label="15"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution.",
            default="2K",
            options=(
                Option(value="768P", label="768P"),
                Option(value="2K", label="2K"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class MinimaxH3ReferenceToVideoInput:
    """Input of MiniMax H3 Reference to Video (`minimax-h3/reference-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Video generation prompt, length is between 1 and 7000 characters.
    Required.
    1 to 7000 characters.
    Example: 'Generate a continuous cinematic video referencing the characters, ...
    """

    duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
    """The duration of the generated video, supporting integer values from 4 to 15 seconds.
    Required.
    Options: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    Default: 6
    Example: 6
    """

    reference_image_urls: Sequence[str | os.PathLike[str]] | None = None
    """Array of reference image URLs. Supports up to 9 images. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, WEBP, HEIC, and HEIF; a single image size cannot exceed 30 MB; the side length of the image must be between 256 and 5760 pixels, and the aspect ratio must be between 0.4 and 2.5.
    Up to 9 items.
    Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, image/webp, image/heic, image/heif, at most 30MB; a local path is uploaded first.
    Example: ['https://example.com/reference-image-1.jpg', 'https://example.com/...
    """

    reference_video_urls: Sequence[str | os.PathLike[str]] | None = None
    """Array of reference video URLs. Supports up to 3 videos. Supports MP4, MOV; video encoding supports H.264, H.265, audio encoding supports AAC, MP3; a single file size cannot exceed 50 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference videos cannot exceed 15 seconds; the video side length must be between 256 and 5760 pixels, the aspect ratio must be between 0.4 and 2.5, and the frame rate must be between 23.976 and 60.
    Up to 3 items.
    Each item: Must match: ^(https?|oss):// Points at: video. Accepts: video/mp4, video/quicktime, at most 50MB; a local path is uploaded first.
    Example: ['https://example.com/reference-video.mp4']
    """

    reference_audio_urls: Sequence[str | os.PathLike[str]] | None = None
    """Array of reference audio URLs. Supports up to 3 audios. Supports WAV, MP3; a single file size cannot exceed 15 MB; the duration of a single segment is 2 to 15 seconds, and the total duration of all reference audios cannot exceed 15 seconds. reference_audio cannot be used alone, it must be accompanied by reference_image or reference_video.
    Up to 3 items.
    Each item: Must match: ^(https?|oss):// Points at: audio. Accepts: audio/wav, audio/x-wav, audio/mpeg, at most 15MB; a local path is uploaded first.
    Example: ['https://example.com/reference-audio.mp3']
    """

    aspect_ratio: Literal["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] | None = None
    """Video aspect ratio. The default is adaptive, or a specific ratio can be specified.
    Options: adaptive, 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
    Default: 'adaptive'
    """

    resolution: Literal["768P", "2K"] | None = None
    """Video resolution.
    Options: 768P, 2K
    Default: '2K'
    """
