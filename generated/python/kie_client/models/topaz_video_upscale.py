"""Topaz Video Upscale: `topaz/video-upscale` (upscale, video output).

Generated from specs/models/topaz/video-upscale.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "TopazVideoUpscaleInput"]

SPEC: Final = ModelSpec(
    id="topaz/video-upscale",
    title="Topaz Video Upscale",
    kind="upscale",
    output="video",
    description="",
    module="topaz_video_upscale",
    class_name="TopazVideoUpscaleInput",
    group="topaz",
    method="video_upscale",
    fields=(
        FieldSpec(
            name="video_url",
            py_name="video_url",
            type="url",
            required=True,
            description="URL of the video to upscale (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 50.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1758166466095hvbwkrpw.mp4",
            media="video",
            accept=(
                "video/mp4",
                "video/quicktime",
                "video/x-matroska",
            ),
            max_size=50000000,
            max_size_text="50MB",
        ),
        FieldSpec(
            name="upscale_factor",
            py_name="upscale_factor",
            type="enum",
            description="Factor to upscale the video by (e.g. 2.0 doubles width and height)",
            default="2",
            example="2",
            options=(
                Option(value="1", label="1"),
                Option(value="2", label="2"),
                Option(value="4", label="4"),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class TopazVideoUpscaleInput:
    """Input of Topaz Video Upscale (`topaz/video-upscale`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    video_url: str | os.PathLike[str]
    """URL of the video to upscale (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 50.0MB)
    Required.
    Points at: video.
    Accepts: video/mp4, video/quicktime, video/x-matroska, at most 50MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175816...
    """

    upscale_factor: Literal["1", "2", "4"] | None = None
    """Factor to upscale the video by (e.g. 2.0 doubles width and height)
    Options: 1, 2, 4
    Default: '2'
    Example: '2'
    """
