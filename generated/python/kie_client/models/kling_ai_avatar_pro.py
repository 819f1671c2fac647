"""Kling AI Avatar Pro: `kling/ai-avatar-pro` (avatar, video output).

Generated from specs/models/kling/ai-avatar-pro.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "KlingAiAvatarProInput"]

SPEC: Final = ModelSpec(
    id="kling/ai-avatar-pro",
    title="Kling AI Avatar Pro",
    kind="avatar",
    output="video",
    description="",
    module="kling_ai_avatar_pro",
    class_name="KlingAiAvatarProInput",
    group="kling",
    method="ai_avatar_pro",
    fields=(
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/175792685809077e8h8k3.png",
            media="image",
            accept=(
                "image/jpeg",
                "image/png",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="audio_url",
            py_name="audio_url",
            type="url",
            required=True,
            description="The URL of the audio file (must be the URL of the uploaded file, not the file content; supported formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and the duration cannot exceed 5 minutes)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1757925802302srqfkcqh.mp3",
            media="audio",
            accept=(
                "audio/mpeg",
                "audio/wav",
                "audio/x-wav",
                "audio/aac",
                "audio/mp4",
                "audio/ogg",
            ),
            max_size=100000000,
            max_size_text="100MB",
        ),
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt to use for the video generation (Max length: 5000 characters)",
            example="",
            max_length=5000,
            multiline=True,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class KlingAiAvatarProInput:
    """Input of Kling AI Avatar Pro (`kling/ai-avatar-pro`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_url: str | os.PathLike[str]
    """The URL of the image to use as your avatar (File URL after upload, not file content; Accepted types: image/jpeg, image/png; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
    """

    audio_url: str | os.PathLike[str]
    """The URL of the audio file (must be the URL of the uploaded file, not the file content; supported formats: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; audio size is limited to 100M, and the duration cannot exceed 5 minutes)
    Required.
    Points at: audio.
    Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 100MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
    """

    prompt: str
    """The prompt to use for the video generation (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: ''
    """
