"""Kling V1 Avatar Standard: `kling/v1-avatar-standard` (avatar, video output).

Generated from specs/models/kling/v1-avatar-standard.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "KlingV1AvatarStandardInput"]

SPEC: Final = ModelSpec(
    id="kling/v1-avatar-standard",
    title="Kling V1 Avatar Standard",
    kind="avatar",
    output="video",
    description="",
    module="kling_v1_avatar_standard",
    class_name="KlingV1AvatarStandardInput",
    group="kling",
    method="v1_avatar_standard",
    fields=(
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="The URL of the image to use as your avatar",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/17579268936223zs9l3dt.png",
            accept=(
                "image/jpeg",
                "image/png",
                "image/webp",
            ),
            max_size=10000000,
            max_size_text="10MB",
        ),
        FieldSpec(
            name="audio_url",
            py_name="audio_url",
            type="url",
            required=True,
            description="The URL of the audio file",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/17579258340109gghun47.mp3",
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
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The prompt to use for the video generation",
            max_length=5000,
            multiline=True,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class KlingV1AvatarStandardInput:
    """Input of Kling V1 Avatar Standard (`kling/v1-avatar-standard`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_url: str | os.PathLike[str]
    """The URL of the image to use as your avatar
    Required.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
    """

    audio_url: str | os.PathLike[str]
    """The URL of the audio file
    Required.
    Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175792...
    """

    prompt: str
    """The prompt to use for the video generation
    Required.
    Up to 5000 characters.
    """
