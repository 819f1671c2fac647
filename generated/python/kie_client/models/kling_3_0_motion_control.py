"""Kling 3.0 Motion Control: `kling-3.0/motion-control` (motion-control, video output).

Generated from specs/models/kling-3.0/motion-control.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Kling30MotionControlInput"]

SPEC: Final = ModelSpec(
    id="kling-3.0/motion-control",
    title="Kling 3.0 Motion Control",
    kind="motion-control",
    output="video",
    description="",
    module="kling_3_0_motion_control",
    class_name="Kling30MotionControlInput",
    group="kling_3_0",
    method="motion_control",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="(Optional) Text prompt words, used to guide the generation of animation content. Can be empty or 0 - 2500 characters long.",
            max_length=2500,
            multiline=True,
        ),
        FieldSpec(
            name="input_urls",
            py_name="input_urls",
            type="array",
            required=True,
            description="(Required) Include a URL of an image",
            min_items=1,
            max_items=1,
            items=FieldSpec(name="input_urls", py_name="input_urls", type="url", media="image"),
        ),
        FieldSpec(
            name="video_urls",
            py_name="video_urls",
            type="array",
            required=True,
            description="(Required) Include a video URL",
            min_items=1,
            max_items=1,
            items=FieldSpec(name="video_urls", py_name="video_urls", type="url", media="video"),
        ),
        FieldSpec(
            name="mode",
            py_name="mode",
            type="string",
            description="(Optional) Video Quality Mode. std: Standard Mode (720p). pro: Professional Mode (1080p)",
        ),
        FieldSpec(
            name="character_orientation",
            py_name="character_orientation",
            type="enum",
            description="(Optional) Reference source for character orientation. video: Refer to video (recommended); image: Refer to image. Default value: video",
            default="video",
            options=(
                Option(value="video", label="Refer to video (recommended)"),
                Option(value="image", label="Refer to image"),
            ),
        ),
        FieldSpec(
            name="background_source",
            py_name="background_source",
            type="enum",
            description="(Optional) Background source. input_video: Use video background; input_image: Use image background. Default value: input_video",
            default="input_video",
            options=(
                Option(value="input_video", label="Use video background"),
                Option(value="input_image", label="Use image background"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Kling30MotionControlInput:
    """Input of Kling 3.0 Motion Control (`kling-3.0/motion-control`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    input_urls: Sequence[str | os.PathLike[str]]
    """(Required) Include a URL of an image
    Required.
    Exactly 1 item.
    Each item: Points at: image.
    """

    video_urls: Sequence[str | os.PathLike[str]]
    """(Required) Include a video URL
    Required.
    Exactly 1 item.
    Each item: Points at: video.
    """

    prompt: str | None = None
    """(Optional) Text prompt words, used to guide the generation of animation content. Can be empty or 0 - 2500 characters long.
    Up to 2500 characters.
    """

    mode: str | None = None
    """(Optional) Video Quality Mode. std: Standard Mode (720p). pro: Professional Mode (1080p)
    """

    character_orientation: Literal["video", "image"] | None = None
    """(Optional) Reference source for character orientation. video: Refer to video (recommended); image: Refer to image. Default value: video
    Options:
    - video: Refer to video (recommended)
    - image: Refer to image
    Default: 'video'
    """

    background_source: Literal["input_video", "input_image"] | None = None
    """(Optional) Background source. input_video: Use video background; input_image: Use image background. Default value: input_video
    Options:
    - input_video: Use video background
    - input_image: Use image background
    Default: 'input_video'
    """
