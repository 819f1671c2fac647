"""ByteDance Seedance V1 Lite Text to Video: `bytedance/v1-lite-text-to-video` (text-to-video, video output).

Generated from specs/models/bytedance/v1-lite-text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "BytedanceV1LiteTextToVideoInput"]

SPEC: Final = ModelSpec(
    id="bytedance/v1-lite-text-to-video",
    title="ByteDance Seedance V1 Lite Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="bytedance_v1_lite_text_to_video",
    class_name="BytedanceV1LiteTextToVideoInput",
    group="bytedance",
    method="v1_lite_text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="The text prompt used to generate the video (Max length: 10000 characters)",
            example="Wide-angle shot: A serene sailing boat gently sways in the harbor at dawn, surrounded by soft Impressionist hues of pink and orange with ivory accents. The camera slowly pans across the scene, capturing the delicate reflections on the water and the intricate details of the boat's sails as the light gradually brightens.",
            max_length=10000,
            multiline=True,
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="The aspect ratio of the generated video",
            default="16:9",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="4:3", label="4:3"),
                Option(value="1:1", label="1:1"),
                Option(value="3:4", label="3:4"),
                Option(value="9:16", label="9:16"),
                Option(value="9:21", label="9:21"),
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution - 480p for faster generation, 720p for higher quality",
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
            type="enum",
            description="Duration of the video in seconds",
            default="5",
            example="5",
            options=(
                Option(value="5", label="5s"),
                Option(value="10", label="10s"),
            ),
        ),
        FieldSpec(
            name="camera_fixed",
            py_name="camera_fixed",
            type="boolean",
            description="Whether to fix the camera position (Boolean value (true/false))",
            example=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            nullable=True,
            description="Random seed to control video generation. Use -1 for random.",
        ),
        FieldSpec(
            name="enable_safety_checker",
            py_name="enable_safety_checker",
            type="boolean",
            description="The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))",
            example=True,
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
class BytedanceV1LiteTextToVideoInput:
    """Input of ByteDance Seedance V1 Lite Text to Video (`bytedance/v1-lite-text-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """The text prompt used to generate the video (Max length: 10000 characters)
    Required.
    Up to 10000 characters.
    Example: "Wide-angle shot: A serene sailing boat gently sways in the harbor ...
    """

    aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "9:21"] | None = None
    """The aspect ratio of the generated video
    Options: 16:9, 4:3, 1:1, 3:4, 9:16, 9:21
    Default: '16:9'
    Example: '16:9'
    """

    resolution: Literal["480p", "720p", "1080p"] | None = None
    """Video resolution - 480p for faster generation, 720p for higher quality
    Options: 480p, 720p, 1080p
    Default: '720p'
    Example: '720p'
    """

    duration: Literal["5", "10"] | None = None
    """Duration of the video in seconds
    Options:
    - 5: 5s
    - 10: 10s
    Default: '5'
    Example: '5'
    """

    camera_fixed: bool | None = None
    """Whether to fix the camera position (Boolean value (true/false))
    Example: False
    """

    seed: int | None = None
    """Random seed to control video generation. Use -1 for random.
    May be null.
    """

    enable_safety_checker: bool | None = None
    """The safety checker is always enabled in Playground. It can only be disabled by setting false through the API. (Boolean value (true/false))
    Example: True
    """

    nsfw_checker: bool | None = None
    """Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
    """
