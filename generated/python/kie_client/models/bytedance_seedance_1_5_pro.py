"""Bytedance Seedance 1.5 Pro: `bytedance/seedance-1.5-pro` (text-to-video, video output).

Generated from specs/models/bytedance/seedance-1.5-pro.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "BytedanceSeedance15ProInput"]

SPEC: Final = ModelSpec(
    id="bytedance/seedance-1.5-pro",
    title="Bytedance Seedance 1.5 Pro",
    kind="text-to-video",
    output="video",
    description="",
    module="bytedance_seedance_1_5_pro",
    class_name="BytedanceSeedance15ProInput",
    group="bytedance",
    method="seedance_1_5_pro",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)",
            example="A serene beach at sunset with waves gently crashing on the shore, palm trees swaying in the breeze, and seagulls flying across the orange sky",
            min_length=3,
            max_length=20000,
            multiline=True,
        ),
        FieldSpec(
            name="input_urls",
            py_name="input_urls",
            type="array",
            description="URLs of input images for image-to-video generation. Optional field. - Accepts 0-2 images - If not provided, the model will perform text-to-video generation - File URLs after upload, not file content - Accepted types: image/jpeg, image/png, image/webp - Max size per image: 10.0MB",
            example=["https://file.aiquickdraw.com/custom-page/akr/section-images/example1.png"],
            max_items=2,
            items=FieldSpec(
                name="input_urls",
                py_name="input_urls",
                type="url",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                    "image/webp",
                ),
                max_size=10000000,
                max_size_text="10MB",
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="Video aspect ratio configuration. Required field.",
            default="1:1",
            example="1:1",
            options=(
                Option(value="1:1", label="1:1"),
                Option(value="4:3", label="4:3"),
                Option(value="3:4", label="3:4"),
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="21:9", label="21:9"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality",
            default="720p",
            example="720p",
            options=(
                Option(value="480p", label="480p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="number",
            required=True,
            description="Duration of the video in seconds,Optional range 4-12 s",
            minimum=4,
            maximum=12,
        ),
        FieldSpec(
            name="fixed_lens",
            py_name="fixed_lens",
            type="boolean",
            description="Seedance adds dynamic camera movement. Enable this feature to lock the camera for stable, static shots. - **true**: Lock camera for static shots - **false**: Allow dynamic camera movement",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="generate_audio",
            py_name="generate_audio",
            type="boolean",
            description="Whether to generate audio for the video. - **true**: Generate with audio (higher cost) - **false**: Generate without audio Note: Enabling audio will increase the generation cost",
            default=False,
            example=False,
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
class BytedanceSeedance15ProInput:
    """Input of Bytedance Seedance 1.5 Pro (`bytedance/seedance-1.5-pro`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt used to generate the video. Required field. (Min length: 3, Max length: 20000 characters)
    Required.
    3 to 20000 characters.
    Example: 'A serene beach at sunset with waves gently crashing on the shore, ...
    """

    aspect_ratio: Literal["1:1", "4:3", "3:4", "16:9", "9:16", "21:9"]
    """Video aspect ratio configuration. Required field.
    Required.
    Options: 1:1, 4:3, 3:4, 16:9, 9:16, 21:9
    Default: '1:1'
    Example: '1:1'
    """

    duration: float
    """Duration of the video in seconds,Optional range 4-12 s
    Required.
    From 4 to 12.
    """

    input_urls: Sequence[str | os.PathLike[str]] | None = None
    """URLs of input images for image-to-video generation. Optional field. - Accepts 0-2 images - If not provided, the model will perform text-to-video generation - File URLs after upload, not file content - Accepted types: image/jpeg, image/png, image/webp - Max size per image: 10.0MB
    Up to 2 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
    Example: ['https://file.aiquickdraw.com/custom-page/akr/section-images/examp...
    """

    resolution: Literal["480p", "720p", "1080p"] | None = None
    """Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality
    Options: 480p, 720p, 1080p
    Default: '720p'
    Example: '720p'
    """

    fixed_lens: bool | None = None
    """Seedance adds dynamic camera movement. Enable this feature to lock the camera for stable, static shots. - **true**: Lock camera for static shots - **false**: Allow dynamic camera movement
    Default: False
    Example: False
    """

    generate_audio: bool | None = None
    """Whether to generate audio for the video. - **true**: Generate with audio (higher cost) - **false**: Generate without audio Note: Enabling audio will increase the generation cost
    Default: False
    Example: False
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
