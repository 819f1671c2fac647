"""MiniMax H3 Text to Video: `minimax-h3/text-to-video` (text-to-video, video output).

Generated from specs/models/minimax-h3/text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "MinimaxH3TextToVideoInput"]

SPEC: Final = ModelSpec(
    id="minimax-h3/text-to-video",
    title="MiniMax H3 Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="minimax_h3_text_to_video",
    class_name="MinimaxH3TextToVideoInput",
    group="minimax_h3",
    method="text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Video generation prompt, length is between 1 and 7000 characters.",
            example="A cat walking slowly on the beach at sunset, cinematic shot, waves gently lapping the shore",
            min_length=1,
            max_length=7000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="Video aspect ratio. Required for text-to-video, adaptive is not supported.",
            options=(
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
            description="Generated video duration, supports integer values from 4 to 15 seconds.",
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
class MinimaxH3TextToVideoInput:
    """Input of MiniMax H3 Text to Video (`minimax-h3/text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Video generation prompt, length is between 1 and 7000 characters.
    Required.
    1 to 7000 characters.
    Example: 'A cat walking slowly on the beach at sunset, cinematic shot, waves...
    """

    aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]
    """Video aspect ratio. Required for text-to-video, adaptive is not supported.
    Required.
    Options: 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
    """

    duration: Literal[4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
    """Generated video duration, supports integer values from 4 to 15 seconds.
    Required.
    Options: 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    Default: 6
    Example: 6
    """

    resolution: Literal["768P", "2K"] | None = None
    """Video resolution.
    Options: 768P, 2K
    Default: '2K'
    """
