"""Kling V2.1 Standard: `kling/v2-1-standard` (image-to-video, video output).

Generated from specs/models/kling/v2-1-standard.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "KlingV21StandardInput"]

SPEC: Final = ModelSpec(
    id="kling/v2-1-standard",
    title="Kling V2.1 Standard",
    kind="image-to-video",
    output="video",
    description="",
    module="kling_v2_1_standard",
    class_name="KlingV21StandardInput",
    group="kling",
    method="v2_1_standard",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt describing the desired video content (Max length: 5000 characters)",
            example="Begin with the uploaded image as the first frame. Gradually animate the scene: steam rises and drifts upward from the train; lantern lights flicker subtly; cloaked figures begin to move slowly — walking, turning, adjusting their belongings. Floating dust or magical particles catch the light. The text “KLING 2.1 STANDARD API — Now on Kie.ai” softly pulses with a golden glow. The camera pushes forward slightly, then slowly fades to black.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1755256596169mkkwr2ag.webp",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
            ),
            max_size=10000000,
            max_size_text="10MB",
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
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Description of elements to avoid in the generated video (Max length: 500 characters)",
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
class KlingV21StandardInput:
    """Input of Kling V2.1 Standard (`kling/v2-1-standard`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt describing the desired video content (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'Begin with the uploaded image as the first frame. Gradually animat...
    """

    image_url: str | os.PathLike[str]
    """URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
    """

    duration: Literal["5", "10"] | None = None
    """The duration of the generated video in seconds
    Options: 5, 10
    Default: '5'
    Example: '5'
    """

    negative_prompt: str | None = None
    """Description of elements to avoid in the generated video (Max length: 500 characters)
    Up to 500 characters.
    Example: 'blur, distort, and low quality'
    """

    cfg_scale: float | None = None
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
    From 0 to 1, in steps of 0.1.
    Default: 0.5
    Example: 0.5
    """
