"""Kling 2.6 Image to Video: `kling-2.6/image-to-video` (image-to-video, video output).

Generated from specs/models/kling-2.6/image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Kling26ImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="kling-2.6/image-to-video",
    title="Kling 2.6 Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="kling_2_6_image_to_video",
    class_name="Kling26ImageToVideoInput",
    group="kling_2_6",
    method="image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt for video generation (maximum length: 1000 characters)",
            example='In a bright rehearsal room, sunlight streams through the windows, and a standing microphone is placed in the center of the room. [Campus band female lead singer] stands in front of the microphone with her eyes closed, and other members stand around her. [Campus band female lead singer, singing loudly] Lead vocal: "I will do my best to heal you, with all my heart and soul..." The background is a cappella harmonies, and the camera slowly pans around the band members.',
            max_length=1000,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="Image URLs for video generation. (Uploaded file URLs, not file content; supported types: image/jpeg, image/png; maximum file size: 10.0MB)",
            example=["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],
            min_items=1,
            max_items=1,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
                type="url",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                ),
                max_size=10000000,
                max_size_text="10MB",
            ),
        ),
        FieldSpec(
            name="sound",
            py_name="sound",
            type="boolean",
            required=True,
            description="This parameter specifies whether the generated video contains sound (boolean: true/false)",
            example=False,
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            required=True,
            description="Video duration (unit: seconds)",
            default="5",
            example="5",
            options=(
                Option(value="5", label="5"),
                Option(value="10", label="10"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Kling26ImageToVideoInput:
    """Input of Kling 2.6 Image to Video (`kling-2.6/image-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt for video generation (maximum length: 1000 characters)
    Required.
    Up to 1000 characters.
    Example: 'In a bright rehearsal room, sunlight streams through the windows, ...
    """

    image_urls: Sequence[str | os.PathLike[str]]
    """Image URLs for video generation. (Uploaded file URLs, not file content; supported types: image/jpeg, image/png; maximum file size: 10.0MB)
    Required.
    Exactly 1 item.
    Each item: Points at: image. Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
    Example: ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI...
    """

    sound: bool
    """This parameter specifies whether the generated video contains sound (boolean: true/false)
    Required.
    Example: False
    """

    duration: Literal["5", "10"]
    """Video duration (unit: seconds)
    Required.
    Options: 5, 10
    Default: '5'
    Example: '5'
    """
