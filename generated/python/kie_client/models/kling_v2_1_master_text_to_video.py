"""Kling V2.1 Master Text to Video: `kling/v2-1-master-text-to-video` (text-to-video, video output).

Generated from specs/models/kling/v2-1-master-text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "KlingV21MasterTextToVideoInput"]

SPEC: Final = ModelSpec(
    id="kling/v2-1-master-text-to-video",
    title="Kling V2.1 Master Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="kling_v2_1_master_text_to_video",
    class_name="KlingV21MasterTextToVideoInput",
    group="kling",
    method="v2_1_master_text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt describing the video you want to generate (Max length: 5000 characters)",
            example="First-person view from a soldier jumping from a transport plane — the camera shakes with turbulence, oxygen mask reflections flicker — as the clouds part, the battlefield below pulses with anti-air fire and missile trails.",
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
            description="Elements to avoid in the generated video (Max length: 500 characters)",
            example="blur, distort, and low quality",
            max_length=500,
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
class KlingV21MasterTextToVideoInput:
    """Input of Kling V2.1 Master Text to Video (`kling/v2-1-master-text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt describing the video you want to generate (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'First-person view from a soldier jumping from a transport plane — ...
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
    """Elements to avoid in the generated video (Max length: 500 characters)
    Up to 500 characters.
    Example: 'blur, distort, and low quality'
    """

    cfg_scale: float | None = None
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
    From 0 to 1, in steps of 0.1.
    Default: 0.5
    Example: 0.5
    """
