"""Wan 2.7 Text to Video: `wan/2-7-text-to-video` (text-to-video, video output).

Generated from specs/models/wan/2-7-text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Wan27TextToVideoInput"]

SPEC: Final = ModelSpec(
    id="wan/2-7-text-to-video",
    title="Wan 2.7 Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="wan_2_7_text_to_video",
    class_name="Wan27TextToVideoInput",
    group="wan",
    method="v2_7_text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Positive prompt. Minimum length: 1 character. Maximum length: 5000 characters.",
            min_length=1,
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="negative_prompt",
            py_name="negative_prompt",
            type="string",
            description="Negative prompt. Maximum length: 500 characters.",
            max_length=500,
            multiline=True,
        ),
        FieldSpec(
            name="audio_url",
            py_name="audio_url",
            type="url",
            description="Optional custom audio URL.",
            media="audio",
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution. - `720p`: 720p - `1080p`: 1080p",
            default="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="ratio",
            py_name="ratio",
            type="enum",
            description="Video aspect ratio. - `16:9`: Landscape - `9:16`: Portrait - `1:1`: Square - `4:3`: Landscape 4:3 - `3:4`: Portrait 3:4",
            default="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="1:1", label="1:1"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            description="Video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`",
            default=5,
            minimum=2,
            maximum=15,
        ),
        FieldSpec(
            name="prompt_extend",
            py_name="prompt_extend",
            type="boolean",
            description="Whether to enable intelligent prompt rewriting. Default value: `true`.",
            default=True,
        ),
        FieldSpec(
            name="watermark",
            py_name="watermark",
            type="boolean",
            description="Whether to add an AI-generated watermark. Default value: `false`.",
            default=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="Random seed. - Minimum: `0` - Maximum: `2147483647`",
            minimum=0,
            maximum=2147483647,
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
class Wan27TextToVideoInput:
    """Input of Wan 2.7 Text to Video (`wan/2-7-text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Positive prompt. Minimum length: 1 character. Maximum length: 5000 characters.
    Required.
    1 to 5000 characters.
    """

    negative_prompt: str | None = None
    """Negative prompt. Maximum length: 500 characters.
    Up to 500 characters.
    """

    audio_url: str | os.PathLike[str] | None = None
    """Optional custom audio URL.
    Points at: audio.
    """

    resolution: Literal["720p", "1080p"] | None = None
    """Video resolution. - `720p`: 720p - `1080p`: 1080p
    Options: 720p, 1080p
    Default: '1080p'
    """

    ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None = None
    """Video aspect ratio. - `16:9`: Landscape - `9:16`: Portrait - `1:1`: Square - `4:3`: Landscape 4:3 - `3:4`: Portrait 3:4
    Options: 16:9, 9:16, 1:1, 4:3, 3:4
    Default: '16:9'
    """

    duration: int | None = None
    """Video duration in seconds. - Minimum: `2` - Maximum: `15` - Default: `5`
    From 2 to 15.
    Default: 5
    """

    prompt_extend: bool | None = None
    """Whether to enable intelligent prompt rewriting. Default value: `true`.
    Default: True
    """

    watermark: bool | None = None
    """Whether to add an AI-generated watermark. Default value: `false`.
    Default: False
    """

    seed: int | None = None
    """Random seed. - Minimum: `0` - Maximum: `2147483647`
    From 0 to 2147483647.
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
