"""MiniMax H3 Image to Video: `minimax-h3/image-to-video` (image-to-video, video output).

Generated from specs/models/minimax-h3/image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "MinimaxH3ImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="minimax-h3/image-to-video",
    title="MiniMax H3 Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="minimax_h3_image_to_video",
    class_name="MinimaxH3ImageToVideoInput",
    group="minimax_h3",
    method="image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Video generation prompt, length is between 1 and 7000 characters.",
            example="Let the character in the scene turn around naturally and smile, camera slowly pushing forward",
            min_length=1,
            max_length=7000,
            multiline=True,
        ),
        FieldSpec(
            name="first_frame_url",
            py_name="first_frame_url",
            type="url",
            description="First frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Supports HTTP, HTTPS, and OSS addresses; supports JPG, JPEG, PNG, WEBP, HEIC, HEIF formats; single image size not exceeding 30 MB, image side length between 256 and 5760 pixels, aspect ratio between 0.4 and 2.5.",
            example="https://example.com/first-frame.jpg",
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
        FieldSpec(
            name="last_frame_url",
            py_name="last_frame_url",
            type="url",
            description="Last frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Image restrictions are the same as first_frame_url.",
            example="https://example.com/last-frame.jpg",
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
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            required=True,
            description="Generated video duration, supporting integer values from 4 to 15 seconds.",
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
class MinimaxH3ImageToVideoInput:
    """Input of MiniMax H3 Image to Video (`minimax-h3/image-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Video generation prompt, length is between 1 and 7000 characters.
    Required.
    1 to 7000 characters.
    Example: 'Let the character in the scene turn around naturally and smile, ca...
    """

    duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
    """Generated video duration, supporting integer values from 4 to 15 seconds.
    Required.
    Options: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    Default: 6
    Example: 6
    """

    first_frame_url: str | os.PathLike[str] | None = None
    """First frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Supports HTTP, HTTPS, and OSS addresses; supports JPG, JPEG, PNG, WEBP, HEIC, HEIF formats; single image size not exceeding 30 MB, image side length between 256 and 5760 pixels, aspect ratio between 0.4 and 2.5.
    Must match: ^(https?|oss)://
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, image/heic, image/heif, at most 30MB; a local path is uploaded first.
    Example: 'https://example.com/first-frame.jpg'
    """

    last_frame_url: str | os.PathLike[str] | None = None
    """Last frame image URL. Note: Either first_frame_url or last_frame_url must be provided. Image restrictions are the same as first_frame_url.
    Must match: ^(https?|oss)://
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, image/heic, image/heif, at most 30MB; a local path is uploaded first.
    Example: 'https://example.com/last-frame.jpg'
    """

    resolution: Literal["768P", "2K"] | None = None
    """Video resolution.
    Options: 768P, 2K
    Default: '2K'
    """
