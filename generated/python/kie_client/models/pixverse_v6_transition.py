"""PixVerse V6 First & Last Frame Transition: `pixverse-v6/transition` (image-to-video, video output).

Generated from specs/models/pixverse-v6/transition.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "PixverseV6TransitionInput"]

SPEC: Final = ModelSpec(
    id="pixverse-v6/transition",
    title="PixVerse V6 First & Last Frame Transition",
    kind="image-to-video",
    output="video",
    description="",
    module="pixverse_v6_transition",
    class_name="PixverseV6TransitionInput",
    group="pixverse_v6",
    method="transition",
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
            name="first_frame_image_url",
            py_name="first_frame_image_url",
            type="url",
            required=True,
            description="First frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB",
            example="https://your-domain.com/images/first-frame.png",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
                "image/webp",
            ),
            max_size=20000000,
            max_size_text="20MB",
        ),
        FieldSpec(
            name="last_frame_image_url",
            py_name="last_frame_image_url",
            type="url",
            required=True,
            description="Last frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB",
            example="https://your-domain.com/images/last-frame.png",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
                "image/webp",
            ),
            max_size=20000000,
            max_size_text="20MB",
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
class PixverseV6TransitionInput:
    """Input of PixVerse V6 First & Last Frame Transition (`pixverse-v6/transition`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Generate prompt, cannot be empty, length is limited to 3-5000 characters.
    Required.
    3 to 5000 characters.
    Example: "A cinematic sunrise illuminates a mist-shrouded mountain lake; the...
    """

    first_frame_image_url: str | os.PathLike[str]
    """First frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
    Example: 'https://your-domain.com/images/first-frame.png'
    """

    last_frame_image_url: str | os.PathLike[str]
    """Last frame image URL. Supports HTTP, HTTPS, and OSS addresses; supported image formats include JPG, JPEG, PNG, and WebP; the size of a single image file must not exceed 20 MB
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
    Example: 'https://your-domain.com/images/last-frame.png'
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

    seed: int | None = None
    """Random seed, value range is 0–2147483647. Using the same parameters and seed helps improve result reproducibility.
    From 0 to 2147483647.
    Example: 123456789
    """
