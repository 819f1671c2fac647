"""Kling V2.1 Pro: `kling/v2-1-pro` (image-to-video, video output).

Generated from specs/models/kling/v2-1-pro.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "KlingV21ProInput"]

SPEC: Final = ModelSpec(
    id="kling/v2-1-pro",
    title="Kling V2.1 Pro",
    kind="image-to-video",
    output="video",
    description="",
    module="kling_v2_1_pro",
    class_name="KlingV21ProInput",
    group="kling",
    method="v2_1_pro",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt describing the video to generate (Max length: 5000 characters)",
            example="POV shot of a gravity surfer diving between ancient ruins suspended midair, glowing moss lights the path, the board hisses as it carves through thin mist, echoes rise with speed ",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1754892534386c8wt0qfs.webp",
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
            description="Terms to avoid in the generated video (Max length: 500 characters)",
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
        FieldSpec(
            name="tail_image_url",
            py_name="tail_image_url",
            type="url",
            description="URL of the image to be used for the end of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class KlingV21ProInput:
    """Input of Kling V2.1 Pro (`kling/v2-1-pro`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt describing the video to generate (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'POV shot of a gravity surfer diving between ancient ruins suspende...
    """

    image_url: str | os.PathLike[str]
    """URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175489...
    """

    duration: Literal["5", "10"] | None = None
    """The duration of the generated video in seconds
    Options: 5, 10
    Default: '5'
    Example: '5'
    """

    negative_prompt: str | None = None
    """Terms to avoid in the generated video (Max length: 500 characters)
    Up to 500 characters.
    Example: 'blur, distort, and low quality'
    """

    cfg_scale: float | None = None
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
    From 0 to 1, in steps of 0.1.
    Default: 0.5
    Example: 0.5
    """

    tail_image_url: str | os.PathLike[str] | None = None
    """URL of the image to be used for the end of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
    Points at: image.
    Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
    """
