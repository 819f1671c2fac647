"""Kling V2.5 Turbo Text to Video Pro: `kling/v2-5-turbo-text-to-video-pro` (text-to-video, video output).

Generated from specs/models/kling/v2-5-turbo-text-to-video-pro.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "KlingV25TurboTextToVideoProInput"]

SPEC: Final = ModelSpec(
    id="kling/v2-5-turbo-text-to-video-pro",
    title="Kling V2.5 Turbo Text to Video Pro",
    kind="text-to-video",
    output="video",
    description="",
    module="kling_v2_5_turbo_text_to_video_pro",
    class_name="KlingV25TurboTextToVideoProInput",
    group="kling",
    method="v2_5_turbo_text_to_video_pro",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text description of the video you want to generate (Max length: 2500 characters)",
            example="Real-time playback. Wide shot of a ruined city: collapsed towers, fires blazing, storm clouds with lightning. Camera drops fast from the sky over burning streets and tilted buildings. Smoke and dust fill the air. A lone hero walks out of the ruins, silhouetted by fire. Camera shifts front: his face is dirty with dust and sweat, eyes firm, a faint smile. Wind blows, debris rises. Extreme close-up: his eyes reflect the approaching enemy. Music and drums hit. Final wide shot: fire forms a blazing halo behind him — reborn in flames with epic cinematic vibe.",
            max_length=2500,
            multiline=True,
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            description="The duration of the generated video in seconds",
            default="5",
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
            description="The aspect ratio of the generated video frame",
            default="16:9",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="1:1", label="1:1"),
            ),
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Things to avoid in the generated video (Max length: 2500 characters)",
            example="blur, distort, and low quality",
            max_length=2500,
            multiline=True,
        ),
        FieldSpec(
            name="cfg_scale",
            py_name="cfg_scale",
            type="number",
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)",
            default=0.5,
            example=0.5,
            minimum=0,
            maximum=1,
            step=0.1,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class KlingV25TurboTextToVideoProInput:
    """Input of Kling V2.5 Turbo Text to Video Pro (`kling/v2-5-turbo-text-to-video-pro`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text description of the video you want to generate (Max length: 2500 characters)
    Required.
    Up to 2500 characters.
    Example: 'Real-time playback. Wide shot of a ruined city: collapsed towers, ...
    """

    duration: Literal["5", "10"] | None = None
    """The duration of the generated video in seconds
    Options: 5, 10
    Default: '5'
    Example: '5'
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None
    """The aspect ratio of the generated video frame
    Options: 16:9, 9:16, 1:1
    Default: '16:9'
    Example: '16:9'
    """

    negative_prompt: str | None = None
    """Things to avoid in the generated video (Max length: 2500 characters)
    Up to 2500 characters.
    Example: 'blur, distort, and low quality'
    """

    cfg_scale: float | None = None
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
    From 0 to 1, in steps of 0.1.
    Default: 0.5
    Example: 0.5
    """
