"""Kling V2.5 Turbo Image to Video Pro: `kling/v2-5-turbo-image-to-video-pro` (image-to-video, video output).

Generated from specs/models/kling/v2-5-turbo-image-to-video-pro.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "KlingV25TurboImageToVideoProInput"]

SPEC: Final = ModelSpec(
    id="kling/v2-5-turbo-image-to-video-pro",
    title="Kling V2.5 Turbo Image to Video Pro",
    kind="image-to-video",
    output="video",
    description="",
    module="kling_v2_5_turbo_image_to_video_pro",
    class_name="KlingV25TurboImageToVideoProInput",
    group="kling",
    method="v2_5_turbo_image_to_video_pro",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt describing the video to generate (Max length: 2500 characters)",
            example="A team of paratroopers descends into enemy territory, as they pass through clouds, the camera switches to a slow pan above the battlefield lighting up with",
            max_length=2500,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="tail_image_url",
            py_name="tail_image_url",
            type="url",
            description="Tail frame image of video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1755256297923kmjpynul.png",
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
                Option(value="5", label="5 seconds"),
                Option(value="10", label="10 seconds"),
            ),
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Negative prompt to exclude certain elements from the video (Max length: 500 characters)",
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
class KlingV25TurboImageToVideoProInput:
    """Input of Kling V2.5 Turbo Image to Video Pro (`kling/v2-5-turbo-image-to-video-pro`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt describing the video to generate (Max length: 2500 characters)
    Required.
    Up to 2500 characters.
    Example: 'A team of paratroopers descends into enemy territory, as they pass...
    """

    image_url: str | os.PathLike[str]
    """URL of the image to be used for the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
    """

    tail_image_url: str | os.PathLike[str] | None = None
    """Tail frame image of video (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
    Points at: image.
    Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175525...
    """

    duration: Literal["5", "10"] | None = None
    """The duration of the generated video in seconds
    Options:
    - 5: 5 seconds
    - 10: 10 seconds
    Default: '5'
    Example: '5'
    """

    negative_prompt: str | None = None
    """Negative prompt to exclude certain elements from the video (Max length: 500 characters)
    Up to 500 characters.
    Example: 'blur, distort, and low quality'
    """

    cfg_scale: float | None = None
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt (Min: 0, Max: 1, Step: 0.1) (step: 0.1)
    From 0 to 1, in steps of 0.1.
    Default: 0.5
    Example: 0.5
    """
