"""HappyHorse Video Edit: `happyhorse/video-edit` (video-edit, video output).

Generated from specs/models/happyhorse/video-edit.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "HappyhorseVideoEditInput"]

SPEC: Final = ModelSpec(
    id="happyhorse/video-edit",
    title="HappyHorse Video Edit",
    kind="video-edit",
    output="video",
    description="",
    module="happyhorse_video_edit",
    class_name="HappyhorseVideoEditInput",
    group="happyhorse",
    method="video_edit",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Required edit instruction describing the intended change (e.g., style transfer / local replacement). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.",
            example="Make the horse-headed humanoid character in the video wear the striped sweater from the image",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="video_url",
            py_name="video_url",
            type="url",
            required=True,
            description="Input video URL list. Exactly one video is required. Video requirements: Format: MP4, MOV (H.264 encoding recommended). Duration: 3–60 seconds. Resolution: the longer side must not exceed 2,160 px; the shorter side must be at least 320 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 100 MB. Frame rate: greater than 8 fps.",
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
            type="array",
            description="Optional reference image URL list (0–5). Image requirements: Format: JPEG, JPG, PNG, WEBP. Resolution: both width and height must be at least 300 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 10 MB.",
            min_items=0,
            max_items=5,
            items=FieldSpec(
                name="reference_image",
                py_name="reference_image",
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
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Output video resolution. Valid values: 720P, 1080P (default).",
            default="1080p",
            example="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="audio_setting",
            py_name="audio_setting",
            type="enum",
            description="Audio handling strategy for the output video.",
            default="auto",
            example="auto",
            options=(
                Option(value="auto", label="auto"),
                Option(value="origin", label="origin"),
            ),
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed for reproducibility (if supported).",
            default=0,
            minimum=0,
            maximum=2147483647,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class HappyhorseVideoEditInput:
    """Input of HappyHorse Video Edit (`happyhorse/video-edit`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Required edit instruction describing the intended change (e.g., style transfer / local replacement). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
    Required.
    Up to 5000 characters.
    Example: 'Make the horse-headed humanoid character in the video wear the str...
    """

    video_url: str | os.PathLike[str]
    """Input video URL list. Exactly one video is required. Video requirements: Format: MP4, MOV (H.264 encoding recommended). Duration: 3–60 seconds. Resolution: the longer side must not exceed 2,160 px; the shorter side must be at least 320 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 100 MB. Frame rate: greater than 8 fps.
    Required.
    Points at: video.
    Accepts: video/mp4, video/quicktime, at most 100MB; a local path is uploaded first.
    """

    reference_image: Sequence[str | os.PathLike[str]] | None = None
    """Optional reference image URL list (0–5). Image requirements: Format: JPEG, JPG, PNG, WEBP. Resolution: both width and height must be at least 300 px. Aspect ratio: 1:2.5–2.5:1. File size: up to 10 MB.
    Up to 5 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Output video resolution. Valid values: 720P, 1080P (default).
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    audio_setting: Literal["auto", "origin"] | None = None
    """Audio handling strategy for the output video.
    Options: auto, origin
    Default: 'auto'
    Example: 'auto'
    """

    seed: int | None = None
    """Random seed for reproducibility (if supported).
    From 0 to 2147483647.
    Default: 0
    """
