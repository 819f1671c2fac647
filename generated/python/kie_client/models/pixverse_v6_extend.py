"""PixVerse V6 Video Extension: `pixverse-v6/extend` (video-extend, video output).

Generated from specs/models/pixverse-v6/extend.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "PixverseV6ExtendInput"]

SPEC: Final = ModelSpec(
    id="pixverse-v6/extend",
    title="PixVerse V6 Video Extension",
    kind="video-extend",
    output="video",
    description="",
    module="pixverse_v6_extend",
    class_name="PixverseV6ExtendInput",
    group="pixverse_v6",
    method="extend",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Generate prompt, cannot be empty, length is limited to 3-5000 characters.",
            example="A cat walking on the beach at sunset",
            min_length=3,
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            required=True,
            description="Generated video duration in seconds. Current validation range is 1-15.",
            example=5,
            minimum=1,
            maximum=15,
        ),
        FieldSpec(
            name="quality",
            py_name="quality",
            type="enum",
            required=True,
            description="Resolution.",
            example="1080p",
            options=(
                Option(value="360p", label="360p"),
                Option(value="540p", label="540p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="generate_audio_switch",
            py_name="generate_audio_switch",
            type="boolean",
            description="Whether to generate audio.",
            example=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed, optional. Range 0-2147483647.",
            example=42,
            minimum=0,
            maximum=2147483647,
        ),
        FieldSpec(
            name="taskId",
            py_name="task_id",
            type="string",
            description="The taskId of the parent video task to be extended. The parent task must belong to the current user, be undeleted, and have a status of success. KIE does not accept official source_video_id/video_id. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.",
            example="task_abc123456",
        ),
        FieldSpec(
            name="video_url",
            py_name="video_url",
            type="url",
            description="To extend the video, please supply the URL. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.",
            media="video",
        ),
    ),
    rules=(
        RuleSpec(
            kind="one_of",
            fields=(
                "taskId",
                "video_url",
            ),
            message="Give exactly one of taskId, video_url.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class PixverseV6ExtendInput:
    """Input of PixVerse V6 Video Extension (`pixverse-v6/extend`).

    Rule: Give exactly one of taskId, video_url.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Generate prompt, cannot be empty, length is limited to 3-5000 characters.
    Required.
    3 to 5000 characters.
    Example: 'A cat walking on the beach at sunset'
    """

    duration: int
    """Generated video duration in seconds. Current validation range is 1-15.
    Required.
    From 1 to 15.
    Example: 5
    """

    quality: Literal["360p", "540p", "720p", "1080p"]
    """Resolution.
    Required.
    Options: 360p, 540p, 720p, 1080p
    Example: '1080p'
    """

    generate_audio_switch: bool | None = None
    """Whether to generate audio.
    Example: False
    """

    seed: int | None = None
    """Random seed, optional. Range 0-2147483647.
    From 0 to 2147483647.
    Example: 42
    """

    task_id: str | None = None
    """The taskId of the parent video task to be extended. The parent task must belong to the current user, be undeleted, and have a status of success. KIE does not accept official source_video_id/video_id. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.
    Example: 'task_abc123456'
    """

    video_url: str | os.PathLike[str] | None = None
    """To extend the video, please supply the URL. Please be aware that video_url and taskId are mutually exclusive — only one parameter may be submitted.
    Points at: video.
    """
