"""Kling 2.5 Turbo Image to Video Pro: `kling/v2-5-turbo-image-to-video-pro` (image-to-video, video output).

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
    title="Kling 2.5 Turbo Image to Video Pro",
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
            description="Text description for the video generation",
            example="Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.\nFirst transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.\nSecond transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.\nThird transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.\nFourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.\nFifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.",
            max_length=2500,
            multiline=True,
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="URL of the image to be used for the video",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png",
            accept=(
                "image/jpeg",
                "image/png",
                "image/webp",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            description="The duration of the generated video in seconds",
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
            description="Elements to avoid in the video",
            example="blur, distort, and low quality",
            max_length=2496,
            multiline=True,
        ),
        FieldSpec(
            name="cfg_scale",
            py_name="cfg_scale",
            type="number",
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt",
            example=0.5,
            minimum=0,
            maximum=1,
            step=0.1,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class KlingV25TurboImageToVideoProInput:
    """Input of Kling 2.5 Turbo Image to Video Pro (`kling/v2-5-turbo-image-to-video-pro`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text description for the video generation
    Required.
    Length: 0 to 2500 characters.
    Example: 'Astronaut instantly teleports through a glowing magical wooden door. Handheld tracking, camera stays 5–10 meters above and behind, smooth third-person chase. Hyper-realistic base, each scene with distinct art style, instant scene flashes with bright portal glow, high detail, 8K, epic orchestral undertones. High-frame interpolation for smooth motion and sharp instant transitions. Close-up: astronaut in white suit falls rapidly through glowing portal underfoot.\\nFirst transition: LEGO Alps, high-saturation daylight, snowy peaks and valleys below, astronaut falls, next portal opens.\\nSecond transition: Amazon rainforest, dense canopy and rivers below, astronaut falls, next portal opens.\\nThird transition: Ancient Egypt, Giza pyramids in mural style, desert and Nile below, astronaut falls, next portal opens.\\nFourth transition: abstract black-and-white ink style, Chinese Great Wall below, astronaut falls, final portal opens.\\nFifth transition: New York night, realistic dark skyline, glowing city lights, Empire State Building, astronaut hovers elegantly. Camera maintains constant distance, slight orbit, smooth third-person tracking throughout. Each portal transition is a sharp flash, emphasizing speed and magical journey, abrupt style and location shifts.'.
    """

    image_url: str | os.PathLike[str]
    """URL of the image to be used for the video
    Required.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/1759211376283gfcw5zcy.png'.
    """

    duration: Literal["5", "10"] | None = None
    """The duration of the generated video in seconds
    - 5: 5 seconds
    - 10: 10 seconds
    Example: '5'.
    """

    negative_prompt: str | None = None
    """Elements to avoid in the video
    Length: 0 to 2496 characters.
    Example: 'blur, distort, and low quality'.
    """

    cfg_scale: float | None = None
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to stick to your prompt
    Range: 0 to 1, step 0.1.
    Example: 0.5.
    """
