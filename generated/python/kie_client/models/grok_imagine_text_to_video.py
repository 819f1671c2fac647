"""Grok Imagine Text to Video: `grok-imagine/text-to-video` (text-to-video, video output).

Generated from specs/models/grok-imagine/text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "GrokImagineTextToVideoInput"]

SPEC: Final = ModelSpec(
    id="grok-imagine/text-to-video",
    title="Grok Imagine Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="grok_imagine_text_to_video",
    class_name="GrokImagineTextToVideoInput",
    group="grok_imagine",
    method="text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text prompt describing the desired video motion. Required field. - Should be detailed and specific about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Supports English language prompts",
            example="A couple of doors open to the right one by one randomly and stay open, to show the inside, each is either a living room, or a kitchen, or a bedroom or an office, with little people living inside.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Specifies the width-to-height ratio of the generated video. Controls the aspect ratio of the output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**: Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 2:3",
            default="2:3",
            example="2:3",
            options=(
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
                Option(value="1:1", label="1:1"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
            ),
        ),
        FieldSpec(
            name="mode",
            py_name="mode",
            type="enum",
            description="Specifies the generation mode affecting the style and intensity of motion. - **fun**: More creative and playful interpretation - **normal**: Balanced approach with good motion quality - **spicy**: More dynamic and intense motion effects Default: normal",
            default="normal",
            example="normal",
            options=(
                Option(value="fun", label="fun"),
                Option(value="normal", label="normal"),
                Option(value="spicy", label="spicy"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="number",
            description="The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1)",
            minimum=6,
            maximum=30,
            step=1,
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="The resolution of the generated video.",
            default="480p",
            example="480p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GrokImagineTextToVideoInput:
    """Input of Grok Imagine Text to Video (`grok-imagine/text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text prompt describing the desired video motion. Required field. - Should be detailed and specific about the desired visual motion - Describe movement, action sequences, camera work, and timing - Include details about subjects, environments, and motion dynamics - Maximum length: 5000 characters - Supports English language prompts
    Required.
    Up to 5000 characters.
    Example: 'A couple of doors open to the right one by one randomly and stay o...
    """

    aspect_ratio: Literal["2:3", "3:2", "1:1", "16:9", "9:16"] | None = None
    """Specifies the width-to-height ratio of the generated video. Controls the aspect ratio of the output. - **2:3**: Portrait orientation (vertical) - **3:2**: Landscape orientation (horizontal) - **1:1**: Square format - **16:9**: Wide screen format - **9:16**: Tall screen format Default: 2:3
    Options: 2:3, 3:2, 1:1, 16:9, 9:16
    Default: '2:3'
    Example: '2:3'
    """

    mode: Literal["fun", "normal", "spicy"] | None = None
    """Specifies the generation mode affecting the style and intensity of motion. - **fun**: More creative and playful interpretation - **normal**: Balanced approach with good motion quality - **spicy**: More dynamic and intense motion effects Default: normal
    Options: fun, normal, spicy
    Default: 'normal'
    Example: 'normal'
    """

    duration: float | None = None
    """The duration of the generated video (in seconds) (6-30). (Minimum: 6, Maximum: 30, Step: 1)
    From 6 to 30, in steps of 1.
    """

    resolution: Literal["480p", "720p", "1080p"] | None = None
    """The resolution of the generated video.
    Options: 480p, 720p, 1080p
    Default: '480p'
    Example: '480p'
    """

    nsfw_checker: bool | None = None
    """Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
    """
