"""HappyHorse Image to Video: `happyhorse/image-to-video` (image-to-video, video output).

Generated from specs/models/happyhorse/image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "HappyhorseImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="happyhorse/image-to-video",
    title="HappyHorse Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="happyhorse_image_to_video",
    class_name="HappyhorseImageToVideoInput",
    group="happyhorse",
    method="image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.",
            example="A cat running on the grass",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="First-frame image URL list. Exactly one image is required. Image constraints: Format: JPEG, JPG, PNG, WEBP. Resolution: Width and height must be at least 300 pixels. Aspect ratio: 1:2.5 to 2.5:1. File size: Up to 10 MB.",
            min_items=1,
            max_items=1,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
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
            name="duration",
            py_name="duration",
            type="integer",
            description="Output duration in seconds. Must be between 3 and 15. Defaults to 5.",
            default=5,
            example=5,
            minimum=3,
            maximum=15,
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
class HappyhorseImageToVideoInput:
    """Input of HappyHorse Image to Video (`happyhorse/image-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_urls: Sequence[str | os.PathLike[str]]
    """First-frame image URL list. Exactly one image is required. Image constraints: Format: JPEG, JPG, PNG, WEBP. Resolution: Width and height must be at least 300 pixels. Aspect ratio: 1:2.5 to 2.5:1. File size: Up to 10 MB.
    Required.
    Exactly 1 item.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    """

    prompt: str | None = None
    """Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
    Up to 5000 characters.
    Example: 'A cat running on the grass'
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Output video resolution. Valid values: 720P, 1080P (default).
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    duration: int | None = None
    """Output duration in seconds. Must be between 3 and 15. Defaults to 5.
    From 3 to 15.
    Default: 5
    Example: 5
    """

    seed: int | None = None
    """Random seed for reproducibility (if supported).
    From 0 to 2147483647.
    Default: 0
    """
