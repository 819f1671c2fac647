"""Wan 2.6 Text to Video: `wan/2-6-text-to-video` (text-to-video, video output).

Generated from specs/models/wan/2-6-text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan26TextToVideoInput"]

SPEC: Final = ModelSpec(
    id="wan/2-6-text-to-video",
    title="Wan 2.6 Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="wan_2_6_text_to_video",
    class_name="Wan26TextToVideoInput",
    group="wan",
    method="v2_6_text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompts for video generation. Supports both Chinese and English, with a minimum of 1 characters and a maximum of 5,000 characters. (Max length: 5000 characters)",
            example="In a hyperrealistic ASMR video, a hand uses a knitted knife to slowly slice a burger made entirely of knitted wool. The satisfyingly crisp cut reveals a detailed cross-section of knitted meat, lettuce, and tomato slices. Captured in a close-up with a shallow depth of field, the scene is set against a stark, matte black surface. Cinematic lighting makes the surreal yarn textures shine with clear reflections. The focus is on the deliberate, satisfying motion and the unique, tactile materials.",
            min_length=1,
            max_length=5000,
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
                Option(value="15", label="15"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution tier",
            default="1080p",
            example="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="multi_shots",
            py_name="multi_shots",
            type="boolean",
            description="The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions.",
            default=False,
        ),
        FieldSpec(name="nsfw_checker", py_name="nsfw_checker", type="boolean"),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Wan26TextToVideoInput:
    """Input of Wan 2.6 Text to Video (`wan/2-6-text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompts for video generation. Supports both Chinese and English, with a minimum of 1 characters and a maximum of 5,000 characters. (Max length: 5000 characters)
    Required.
    1 to 5000 characters.
    Example: 'In a hyperrealistic ASMR video, a hand uses a knitted knife to slo...
    """

    duration: Literal["5", "10", "15"] | None = None
    """The duration of the generated video in seconds
    Options: 5, 10, 15
    Default: '5'
    Example: '5'
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Video resolution tier
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    multi_shots: bool | None = None
    """The multi shots parameter controls the shot composition style during AI video generation, determining whether the generated video is a single continuous shot or multiple shots with transitions.
    Default: False
    """

    nsfw_checker: bool | None = None
    """nsfw_checker
    """
