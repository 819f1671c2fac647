"""Kling 2.6 Text to Video: `kling-2.6/text-to-video` (text-to-video, video output).

Generated from specs/models/kling-2.6/text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Kling26TextToVideoInput"]

SPEC: Final = ModelSpec(
    id="kling-2.6/text-to-video",
    title="Kling 2.6 Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="kling_2_6_text_to_video",
    class_name="Kling26TextToVideoInput",
    group="kling_2_6",
    method="text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt for video generation (maximum length: 1000 characters)",
            example='Scene: A fashion live-streaming sales setting, with clothes hanging on racks and the host\'s figure reflected in a full-length mirror. Lines: [African female host] turns around to showcase the hoodie\'s cut. [African female host, in a cheerful tone] says: "360-degree flawless tailoring, slimming and versatile." She then [African female host] leans closer to the camera. [African female host, in a lively tone] says: "Double-sided fleece fabric, $30 off immediately when you order now."',
            max_length=1000,
            multiline=True,
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
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="This parameter defines the video aspect ratio",
            default="1:1",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
            ),
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
class Kling26TextToVideoInput:
    """Input of Kling 2.6 Text to Video (`kling-2.6/text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt for video generation (maximum length: 1000 characters)
    Required.
    Up to 1000 characters.
    Example: 'Scene: A fashion live-streaming sales setting, with clothes hangin...
    """

    sound: bool
    """This parameter specifies whether the generated video contains sound (boolean: true/false)
    Required.
    Example: False
    """

    aspect_ratio: Literal["1:1", "16:9", "9:16"]
    """This parameter defines the video aspect ratio
    Required.
    Options: 1:1, 16:9, 9:16
    Default: '1:1'
    Example: '1:1'
    """

    duration: Literal["5", "10"]
    """Video duration (unit: seconds)
    Required.
    Options: 5, 10
    Default: '5'
    Example: '5'
    """
