"""Infinitalk From Audio: `infinitalk/from-audio` (avatar, video output).

Generated from specs/models/infinitalk/from-audio.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "InfinitalkFromAudioInput"]

SPEC: Final = ModelSpec(
    id="infinitalk/from-audio",
    title="Infinitalk From Audio",
    kind="avatar",
    output="video",
    description="",
    module="infinitalk_from_audio",
    class_name="InfinitalkFromAudioInput",
    group="infinitalk",
    method="from_audio",
    fields=(
        FieldSpec(
            name="image_url",
            py_name="image_url",
            type="url",
            required=True,
            description="URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1757329269873ggqj2hz3.png",
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
            name="audio_url",
            py_name="audio_url",
            type="url",
            required=True,
            description="The URL of the audio file. (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)",
            example="https://file.aiquickdraw.com/custom-page/akr/section-images/1757329255705mmqwrnri.mp3",
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
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt to guide video generation. (Max length: 5000 characters)",
            example="A young woman with long dark hair talking on a podcast.",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Resolution of the video to generate. Must be either 480p or 720p.",
            default="480p",
            example="480p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="720p", label="720p"),
            ),
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="number",
            description="Random seed for reproducibility. Valid range is 10000 to 1000000.",
            minimum=10000,
            maximum=1000000,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class InfinitalkFromAudioInput:
    """Input of Infinitalk From Audio (`infinitalk/from-audio`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_url: str | os.PathLike[str]
    """URL of the input image. If the input image does not match the chosen aspect ratio, it is resized and center cropped. (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
    Required.
    Points at: image.
    Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175732...
    """

    audio_url: str | os.PathLike[str]
    """The URL of the audio file. (File URL after upload, not file content; Accepted types: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg; Max size: 10.0MB)
    Required.
    Points at: audio.
    Accepts: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg, at most 10MB; a local path is uploaded first.
    Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175732...
    """

    prompt: str
    """The text prompt to guide video generation. (Max length: 5000 characters)
    Required.
    Up to 5000 characters.
    Example: 'A young woman with long dark hair talking on a podcast.'
    """

    resolution: Literal["480p", "720p"] | None = None
    """Resolution of the video to generate. Must be either 480p or 720p.
    Options: 480p, 720p
    Default: '480p'
    Example: '480p'
    """

    seed: float | None = None
    """Random seed for reproducibility. Valid range is 10000 to 1000000.
    From 10000 to 1000000.
    """
