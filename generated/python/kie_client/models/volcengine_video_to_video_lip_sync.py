"""Volcengine Video to Video Lip Sync: `volcengine/video-to-video-lip-sync` (lip-sync, video output).

Generated from specs/models/volcengine/video-to-video-lip-sync.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "VolcengineVideoToVideoLipSyncInput"]

SPEC: Final = ModelSpec(
    id="volcengine/video-to-video-lip-sync",
    title="Volcengine Video to Video Lip Sync",
    kind="lip-sync",
    output="video",
    description="",
    module="volcengine_video_to_video_lip_sync",
    class_name="VolcengineVideoToVideoLipSyncInput",
    group="volcengine",
    method="video_to_video_lip_sync",
    fields=(
        FieldSpec(
            name="mode",
            py_name="mode",
            type="enum",
            required=True,
            description="Service mode for lip-sync generation. - `lite`: For single-person frontal videos. Faster processing. - `basic`: For single-person complex scenes. Supports scene segmentation and speaker identification.",
            options=(
                Option(value="lite", label="lite"),
                Option(value="basic", label="basic"),
            ),
        ),
        FieldSpec(
            name="video_url",
            py_name="video_url",
            type="url",
            required=True,
            description="Video URL. Supported resolution: 360p–1080p. Videos above 1080p will be compressed to 1080p, while videos below 360p are not supported. Supported formats: MOV, MP4, HDR. Recommended codec: H.264. Other formats/codecs may be transcoded. Max file size: 500 MB. Bitrate: 1–30 Mbps. Frame rate: 24–60 fps.",
            media="video",
            max_size=500000000,
            max_size_text="500MB",
        ),
        FieldSpec(
            name="audio_url",
            py_name="audio_url",
            type="url",
            required=True,
            description="Target pure vocal audio URL; used to drive video lip movements. Accepted file types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg. Max file size: 10MB.",
            media="audio",
            accept=(
                "audio/mpeg",
                "audio/wav",
                "audio/x-wav",
                "audio/aac",
                "audio/mp4",
                "audio/ogg",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="separate_vocal",
            py_name="separate_vocal",
            type="boolean",
            description="Enable vocal separation to suppress background noise. Default value: `false`.",
            default=False,
        ),
        FieldSpec(
            name="open_scenedet",
            py_name="open_scenedet",
            type="boolean",
            description="Whether to enable scene segmentation and speaker identification. Supported only in Basic mode. Default value: `false`.",
            default=False,
        ),
        FieldSpec(
            name="align_audio",
            py_name="align_audio",
            type="boolean",
            description="Supported in Lite mode. Whether to loop the video when the audio is longer than the video. Default value: `true`.",
            default=True,
        ),
        FieldSpec(
            name="align_audio_reverse",
            py_name="align_audio_reverse",
            type="boolean",
            description="Supported in Lite mode. Whether to loop the video in reverse (backward). Requires `align_audio` to be set to `true`. Default value: `false`.",
            default=False,
        ),
        FieldSpec(
            name="templ_start_seconds",
            py_name="templ_start_seconds",
            type="number",
            description="Supported in Lite mode. Start time of the template video, in seconds. Default value: `0`.",
            default=0,
        ),
    ),
    rules=(
        RuleSpec(
            kind="forbid",
            fields=(
                "align_audio_reverse",
                "align_audio",
            ),
            message="align_audio_reverse requires align_audio to be true.",
            refused=(
                (True,),
                (False,),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class VolcengineVideoToVideoLipSyncInput:
    """Input of Volcengine Video to Video Lip Sync (`volcengine/video-to-video-lip-sync`).

    Rule: align_audio_reverse requires align_audio to be true.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    mode: Literal["lite", "basic"]
    """Service mode for lip-sync generation. - `lite`: For single-person frontal videos. Faster processing. - `basic`: For single-person complex scenes. Supports scene segmentation and speaker identification.
    Required.
    Options: lite, basic
    """

    video_url: str | os.PathLike[str]
    """Video URL. Supported resolution: 360p–1080p. Videos above 1080p will be compressed to 1080p, while videos below 360p are not supported. Supported formats: MOV, MP4, HDR. Recommended codec: H.264. Other formats/codecs may be transcoded. Max file size: 500 MB. Bitrate: 1–30 Mbps. Frame rate: 24–60 fps.
    Required.
    Points at: video.
    """

    audio_url: str | os.PathLike[str]
    """Target pure vocal audio URL; used to drive video lip movements. Accepted file types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg. Max file size: 10MB.
    Required.
    Points at: audio.
    Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
    """

    separate_vocal: bool | None = None
    """Enable vocal separation to suppress background noise. Default value: `false`.
    Default: False
    """

    open_scenedet: bool | None = None
    """Whether to enable scene segmentation and speaker identification. Supported only in Basic mode. Default value: `false`.
    Default: False
    """

    align_audio: bool | None = None
    """Supported in Lite mode. Whether to loop the video when the audio is longer than the video. Default value: `true`.
    Default: True
    """

    align_audio_reverse: bool | None = None
    """Supported in Lite mode. Whether to loop the video in reverse (backward). Requires `align_audio` to be set to `true`. Default value: `false`.
    Default: False
    """

    templ_start_seconds: float | None = None
    """Supported in Lite mode. Start time of the template video, in seconds. Default value: `0`.
    Default: 0
    """
