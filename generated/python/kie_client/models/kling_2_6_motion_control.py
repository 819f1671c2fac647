"""Kling 2.6 Motion Control: `kling-2.6/motion-control` (motion-control, video output).

Generated from specs/models/kling-2.6/motion-control.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Kling26MotionControlInput"]

SPEC: Final = ModelSpec(
    id="kling-2.6/motion-control",
    title="Kling 2.6 Motion Control",
    kind="motion-control",
    output="video",
    description="",
    module="kling_2_6_motion_control",
    class_name="Kling26MotionControlInput",
    group="kling_2_6",
    method="motion_control",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="A text description of the desired output. Maximum length is 2500 characters. (Max length: 2500 characters)",
            example="The cartoon character is dancing.",
            max_length=2500,
            multiline=True,
        ),
        FieldSpec(
            name="input_urls",
            py_name="input_urls",
            type="array",
            required=True,
            description="An array containing a single image URL. The photo must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/jpg; Max size: 10.0MB,size needs to be greater than 300px, aspect ratio 2:5 to 5:2.)",
            example=["https://static.aiquickdraw.com/tools/example/1767694885407_pObJoMcy.png"],
            min_items=1,
            max_items=1,
            items=FieldSpec(
                name="input_urls",
                py_name="input_urls",
                type="url",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                    "image/jpg",
                ),
                max_size=10000000,
                max_size_text="10MB",
            ),
        ),
        FieldSpec(
            name="video_urls",
            py_name="video_urls",
            type="array",
            required=True,
            description="An array containing a single video URL. The duration must be between 3 to 30 seconds, and the video must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime; Max size: 100.0MB)",
            example=["https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNib2.mp4"],
            min_items=1,
            max_items=1,
            items=FieldSpec(
                name="video_urls",
                py_name="video_urls",
                type="url",
                media="video",
                accept=(
                    "video/mp4",
                    "video/quicktime",
                ),
                max_size=100000000,
                max_size_text="100MB",
            ),
        ),
        FieldSpec(
            name="character_orientation",
            py_name="character_orientation",
            type="enum",
            required=True,
            description="Generate the orientation of the characters in the video. 'image': same orientation as the person in the picture (max 10s video). 'video': consistent with the orientation of the characters in the video (max 30s video).",
            default="video",
            example="video",
            options=(
                Option(value="image", label="image"),
                Option(value="video", label="video"),
            ),
        ),
        FieldSpec(
            name="mode",
            py_name="mode",
            type="enum",
            required=True,
            description="Output resolution mode. Use 'std' for 720p or 'pro' for 1080p.",
            default="720p",
            example="720p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Kling26MotionControlInput:
    """Input of Kling 2.6 Motion Control (`kling-2.6/motion-control`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    input_urls: Sequence[str | os.PathLike[str]]
    """An array containing a single image URL. The photo must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/jpg; Max size: 10.0MB,size needs to be greater than 300px, aspect ratio 2:5 to 5:2.)
    Required.
    Exactly 1 item.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/jpg, at most 10MB; a local path is uploaded first.
    Example: ['https://static.aiquickdraw.com/tools/example/1767694885407_pObJoM...
    """

    video_urls: Sequence[str | os.PathLike[str]]
    """An array containing a single video URL. The duration must be between 3 to 30 seconds, and the video must clearly show the subject's head, shoulders, and torso. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime; Max size: 100.0MB)
    Required.
    Exactly 1 item.
    Each item: Points at: video. Accepts: video/mp4, video/quicktime, at most 100MB; a local path is uploaded first.
    Example: ['https://static.aiquickdraw.com/tools/example/1767525918769_QyvTNi...
    """

    character_orientation: Literal["image", "video"]
    """Generate the orientation of the characters in the video. 'image': same orientation as the person in the picture (max 10s video). 'video': consistent with the orientation of the characters in the video (max 30s video).
    Required.
    Options: image, video
    Default: 'video'
    Example: 'video'
    """

    mode: Literal["720p", "1080p"]
    """Output resolution mode. Use 'std' for 720p or 'pro' for 1080p.
    Required.
    Options: 720p, 1080p
    Default: '720p'
    Example: '720p'
    """

    prompt: str | None = None
    """A text description of the desired output. Maximum length is 2500 characters. (Max length: 2500 characters)
    Up to 2500 characters.
    Example: 'The cartoon character is dancing.'
    """
