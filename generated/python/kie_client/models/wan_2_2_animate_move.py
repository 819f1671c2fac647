"""Wan Animate Move: `wan/2-2-animate-move` (motion-control, video output).

Generated from specs/models/wan/2-2-animate-move.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan22AnimateMoveInput"]

SPEC: Final = ModelSpec(
    id="wan/2-2-animate-move",
    title="Wan Animate Move",
    kind="motion-control",
    output="video",
    description="",
    module="wan_2_2_animate_move",
    class_name="Wan22AnimateMoveInput",
    group="wan",
    method="v2_2_animate_move",
    fields=(
        FieldSpec(
            name="video_url",
            py_name="video_url",
            type="url",
            required=True,
            description="URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/17586254974931y2hottk.mp4",
            media="video",
            accept=(
                "video/mp4",
                "video/quicktime",
                "video/x-matroska",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1758625466310wpehpbnf.png",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
                "image/webp",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Resolution of the generated video (480p, 580p, or 720p).",
            default="480p",
            example="480p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="580p", label="580p"),
                Option(value="720p", label="720p"),
            ),
        ),
        FieldSpec(
            name="nsfw_checker",
            py_name="nsfw_checker",
            type="boolean",
            description="Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Wan22AnimateMoveInput:
    """Input of Wan Animate Move (`wan/2-2-animate-move`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    video_url: str | os.PathLike[str]
    """URL of the input video. (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 10.0MB)
    Required.
    Points at: video.
    Accepts: video/mp4, video/quicktime, video/x-matroska, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175862...
    """

    image_url: str | os.PathLike[str]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175862...
    """

    resolution: Literal["480p", "580p", "720p"] | None = None
    """Resolution of the generated video (480p, 580p, or 720p).
    Options: 480p, 580p, 720p
    Default: '480p'
    Example: '480p'
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
