"""Wan 2.5 Text to Video: `wan/2-5-text-to-video` (text-to-video, video output).

Generated from specs/models/wan/2-5-text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan25TextToVideoInput"]

SPEC: Final = ModelSpec(
    id="wan/2-5-text-to-video",
    title="Wan 2.5 Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="wan_2_5_text_to_video",
    class_name="Wan25TextToVideoInput",
    group="wan",
    method="v2_5_text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt for video generation. Supports Chinese and English. Maximum length: 800 characters.",
            example="A dimly lit jazz bar at night, wooden tables glowing under warm pendant lights. Patrons sip drinks and chat quietly while a three-piece band performs on stage. The saxophone player stands under a spotlight, gleaming instrument reflecting the light. No dialogue. Ambient audio: smooth live jazz music with saxophone and piano, clinking glasses, low murmur of audience conversations, occasional burst of laughter from a nearby table. Camera: slow pan across the crowd, then gentle zoom toward the saxophone player's solo, focusing on expressive hand movements.",
            max_length=800,
            multiline=True,
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            required=True,
            description="The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds",
            example="5",
            options=(
                Option(value="5", label="5"),
                Option(value="10", label="10"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="The aspect ratio of the generated video. - `16:9`: Landscape - `9:16`: Portrait - `1:1`: Square",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="1:1", label="1:1"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution tier. - `720p`: 720p - `1080p`: 1080p",
            example="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Negative prompt used to describe content to avoid. Maximum length: 500 characters.",
            max_length=500,
            multiline=True,
        ),
        FieldSpec(
            name="enable_prompt_expansion",
            py_name="enable_prompt_expansion",
            type="boolean",
            description="Whether to enable prompt rewriting using LLM. Improves results for short prompts but increases processing time. - Boolean value: `true` / `false`",
            example=True,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed for reproducibility. If omitted, a random seed is chosen.",
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
class Wan25TextToVideoInput:
    """Input of Wan 2.5 Text to Video (`wan/2-5-text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt for video generation. Supports Chinese and English. Maximum length: 800 characters.
    Required.
    Up to 800 characters.
    Example: "A dimly lit jazz bar at night, wooden tables glowing under warm pe...
    """

    duration: Literal["5", "10"]
    """The duration of the generated video in seconds. - `5`: 5 seconds - `10`: 10 seconds
    Required.
    Options: 5, 10
    Example: '5'
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None
    """The aspect ratio of the generated video. - `16:9`: Landscape - `9:16`: Portrait - `1:1`: Square
    Options: 16:9, 9:16, 1:1
    Example: '16:9'
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Video resolution tier. - `720p`: 720p - `1080p`: 1080p
    Options: 720p, 1080p
    Example: '1080p'
    """

    negative_prompt: str | None = None
    """Negative prompt used to describe content to avoid. Maximum length: 500 characters.
    Up to 500 characters.
    """

    enable_prompt_expansion: bool | None = None
    """Whether to enable prompt rewriting using LLM. Improves results for short prompts but increases processing time. - Boolean value: `true` / `false`
    Example: True
    """

    seed: int | None = None
    """Random seed for reproducibility. If omitted, a random seed is chosen.
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
