"""HappyHorse Text to Video: `happyhorse/text-to-video` (text-to-video, video output).

Generated from specs/models/happyhorse/text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "HappyhorseTextToVideoInput"]

SPEC: Final = ModelSpec(
    id="happyhorse/text-to-video",
    title="HappyHorse Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="happyhorse_text_to_video",
    class_name="HappyhorseTextToVideoInput",
    group="happyhorse",
    method="text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.",
            example="A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, with small lights dotting the scene and illuminating the way ahead.",
            max_length=5000,
            multiline=True,
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
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.",
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
            description="Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.",
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
class HappyhorseTextToVideoInput:
    """Input of HappyHorse Text to Video (`happyhorse/text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt describing the video to generate (any language). Max 5,000 non‑Chinese characters or 2,500 Chinese characters; extra content is truncated.
    Required.
    Up to 5000 characters.
    Example: 'A miniature city built from cardboard and bottle caps comes to lif...
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Output video resolution. Valid values: 720P, 1080P (default).
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None
    """Output aspect ratio. Valid values: 16:9 (default), 9:16, 1:1, 4:3, 3:4.
    Options: 16:9, 9:16, 1:1, 4:3, 3:4
    Default: '16:9'
    Example: '16:9'
    """

    duration: int | None = None
    """Output duration in seconds (integer). Must be between 3 and 15. Defaults to 5.
    From 3 to 15.
    Default: 5
    Example: 5
    """

    seed: int | None = None
    """Random seed for reproducibility (if supported).
    From 0 to 2147483647.
    Default: 0
    """
