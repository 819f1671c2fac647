"""Kling 3.0: `kling-3.0/video` (text-to-video, video output).

Generated from specs/models/kling-3.0/video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Kling30VideoInput"]

SPEC: Final = ModelSpec(
    id="kling-3.0/video",
    title="Kling 3.0",
    kind="text-to-video",
    output="video",
    description="",
    module="kling_3_0_video",
    class_name="Kling30VideoInput",
    group="kling_3_0",
    method="video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Video generation prompt. Takes effect when multi_shots is false.",
            example="In a bright rehearsal room, sunlight streams through the window@element_dog",
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            description="First and last frame image URLs. Required when elements are referenced in the prompt (using @element_name syntax). When multi_shots is false: if length is 2, index 0 is the first frame and index 1 is the last frame; if length is 1, the array item serves as the first frame. When multi_shots is true: only the first frame is supported.",
            example=["https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI8I.png"],
            max_items=2,
            items=FieldSpec(name="image_urls", py_name="image_urls", type="url", media="image"),
        ),
        FieldSpec(
            name="sound",
            py_name="sound",
            type="boolean",
            required=True,
            description="Whether to enable sound effects. true enables sound effects, false disables them. When multi_shots is true, this field defaults to true.",
            default=False,
            example=True,
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            required=True,
            description="Total video duration in seconds. Integer value, range: 3 to 15.",
            default="5",
            example="5",
            options=(
                Option(value="3", label="3"),
                Option(value="4", label="4"),
                Option(value="5", label="5"),
                Option(value="6", label="6"),
                Option(value="7", label="7"),
                Option(value="8", label="8"),
                Option(value="9", label="9"),
                Option(value="10", label="10"),
                Option(value="11", label="11"),
                Option(value="12", label="12"),
                Option(value="13", label="13"),
                Option(value="14", label="14"),
                Option(value="15", label="15"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Video aspect ratio. Options: 16:9, 9:16, 1:1. When image_urls(first and last frame images) is provided, this parameter is optional and the aspect ratio will be automatically adapted based on the uploaded images.",
            default="16:9",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="1:1", label="1:1"),
            ),
        ),
        FieldSpec(
            name="mode",
            py_name="mode",
            type="enum",
            required=True,
            description="Generation mode. std has standard resolution, pro has higher resolution, 4K has 4K resolution. Resolution mapping: - **std mode**: 16:9 (1280×720), 9:16 (720×1280), 1:1 (720×720) - **pro mode**: 16:9 (1920×1080), 9:16 (1080×1920), 1:1 (1080×1080) - **4K mode**: 16:9 (3840×2160), 9:16 (2160×3840), 1:1 (2160×2160)",
            default="pro",
            example="pro",
            options=(
                Option(value="std", label="std"),
                Option(value="pro", label="pro"),
                Option(value="4K", label="4K"),
            ),
        ),
        FieldSpec(
            name="multi_shots",
            py_name="multi_shots",
            type="boolean",
            required=True,
            description="Whether to use multi-shot mode. true enables multi-shot mode, false enables single-shot mode.",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="multi_prompt",
            py_name="multi_prompt",
            type="array",
            required=True,
            description="Shot prompts. Takes effect when multi_shots is true. Used to describe the text and duration of each shot. Supports up to 5 shots. Each shot duration is 1-12 seconds. If you need to use elements, add them after the prompt.",
            example=[
                {"prompt": "a happy dog in running@element_cat", "duration": 3},
                {"prompt": "a happy dog play with a cat@element_dog", "duration": 3},
            ],
            max_items=5,
            items=FieldSpec(
                name="multi_prompt",
                py_name="multi_prompt",
                type="object",
                fields=(
                    FieldSpec(
                        name="prompt",
                        py_name="prompt",
                        type="string",
                        required=True,
                        description="Prompt text for this shot, a maximum of 500 characters per shot. Each @element will occupy 37 characters.",
                        example="a happy dog in running@element_cat",
                        max_length=500,
                        multiline=True,
                    ),
                    FieldSpec(
                        name="duration",
                        py_name="duration",
                        type="integer",
                        required=True,
                        description="Duration of this shot in seconds. Range: 1-12.",
                        example=3,
                        minimum=1,
                        maximum=12,
                    ),
                ),
            ),
        ),
        FieldSpec(
            name="kling_elements",
            py_name="kling_elements",
            type="array",
            description="Referenced elements. Detailed information about elements referenced in the prompt. A single task can reference a maximum of three elements.",
            example=[
                {
                    "name": "element_dog",
                    "description": "dog",
                    "element_input_urls": [
                        "https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfUUJrI.jpeg",
                        "https://tempfileb.aiquickdraw.com/kieai/market/1770361848336_ABQqRHBi.png",
                    ],
                }
            ],
            max_items=3,
            items=FieldSpec(
                name="kling_elements",
                py_name="kling_elements",
                type="object",
                fields=(
                    FieldSpec(
                        name="name",
                        py_name="name",
                        type="string",
                        required=True,
                        description="Element name, used in prompt with @ prefix (e.g., @element_dog)",
                        example="element_dog",
                    ),
                    FieldSpec(
                        name="description",
                        py_name="description",
                        type="string",
                        required=True,
                        description="Element description",
                        example="dog",
                    ),
                    FieldSpec(
                        name="element_input_urls",
                        py_name="element_input_urls",
                        type="array",
                        required=True,
                        description="Image URLs for the element. 2-4 URLs required. Accepted formats: JPG, PNG. Maximum file size: 10MB per image.",
                        example=[
                            "https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfUUJrI.jpeg",
                            "https://tempfileb.aiquickdraw.com/kieai/market/1770361848336_ABQqRHBi.png",
                        ],
                        min_items=1,
                        max_items=4,
                        items=FieldSpec(
                            name="element_input_urls", py_name="element_input_urls", type="url"
                        ),
                    ),
                    FieldSpec(
                        name="element_input_audio_urls",
                        py_name="element_input_audio_urls",
                        type="array",
                        description="Optional. List of audio material URLs for characters. The audio duration must be between 5 and 30 seconds.",
                        items=FieldSpec(
                            name="element_input_audio_urls",
                            py_name="element_input_audio_urls",
                            type="url",
                            media="audio",
                        ),
                    ),
                    FieldSpec(
                        name="start_time",
                        py_name="start_time",
                        type="integer",
                        description="Start time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. If not uploaded, it defaults to 0.",
                    ),
                    FieldSpec(
                        name="end_time",
                        py_name="end_time",
                        type="integer",
                        description="End time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. Must be greater than start_time, and the difference between end_time and start_time must be within 3000 to 8000 milliseconds.",
                    ),
                ),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Kling30VideoInput:
    """Input of Kling 3.0 (`kling-3.0/video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Video generation prompt. Takes effect when multi_shots is false.
    Required.
    Example: 'In a bright rehearsal room, sunlight streams through the window@el...
    """

    sound: bool
    """Whether to enable sound effects. true enables sound effects, false disables them. When multi_shots is true, this field defaults to true.
    Required.
    Default: False
    Example: True
    """

    duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
    """Total video duration in seconds. Integer value, range: 3 to 15.
    Required.
    Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    Default: '5'
    Example: '5'
    """

    mode: Literal["std", "pro", "4K"]
    """Generation mode. std has standard resolution, pro has higher resolution, 4K has 4K resolution. Resolution mapping: - **std mode**: 16:9 (1280×720), 9:16 (720×1280), 1:1 (720×720) - **pro mode**: 16:9 (1920×1080), 9:16 (1080×1920), 1:1 (1080×1080) - **4K mode**: 16:9 (3840×2160), 9:16 (2160×3840), 1:1 (2160×2160)
    Required.
    Options: std, pro, 4K
    Default: 'pro'
    Example: 'pro'
    """

    multi_shots: bool
    """Whether to use multi-shot mode. true enables multi-shot mode, false enables single-shot mode.
    Required.
    Default: False
    Example: False
    """

    multi_prompt: Sequence[Mapping[str, object]]
    """Shot prompts. Takes effect when multi_shots is true. Used to describe the text and duration of each shot. Supports up to 5 shots. Each shot duration is 1-12 seconds. If you need to use elements, add them after the prompt.
    Required.
    Up to 5 items.
    Each item is an object of:
    - prompt: Prompt text for this shot, a maximum of 500 characters per shot. Each @element will occupy 37 characters. Required. Up to 500 characters. Example: 'a happy dog in running@element_cat'
    - duration: Duration of this shot in seconds. Range: 1-12. Required. From 1 to 12. Example: 3
    Example: [{'prompt': 'a happy dog in running@element_cat', 'duration': 3}, {...
    """

    image_urls: Sequence[str | os.PathLike[str]] | None = None
    """First and last frame image URLs. Required when elements are referenced in the prompt (using @element_name syntax). When multi_shots is false: if length is 2, index 0 is the first frame and index 1 is the last frame; if length is 1, the array item serves as the first frame. When multi_shots is true: only the first frame is supported.
    Up to 2 items.
    Each item: Points at: image.
    Example: ['https://static.aiquickdraw.com/tools/example/1764851002741_i0lEiI...
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None
    """Video aspect ratio. Options: 16:9, 9:16, 1:1. When image_urls(first and last frame images) is provided, this parameter is optional and the aspect ratio will be automatically adapted based on the uploaded images.
    Options: 16:9, 9:16, 1:1
    Default: '16:9'
    Example: '16:9'
    """

    kling_elements: Sequence[Mapping[str, object]] | None = None
    """Referenced elements. Detailed information about elements referenced in the prompt. A single task can reference a maximum of three elements.
    Up to 3 items.
    Each item is an object of:
    - name: Element name, used in prompt with @ prefix (e.g., @element_dog) Required. Example: 'element_dog'
    - description: Element description Required. Example: 'dog'
    - element_input_urls: Image URLs for the element. 2-4 URLs required. Accepted formats: JPG, PNG. Maximum file size: 10MB per image. Required. 1 to 4 items. Example: ['https://tempfileb.aiquickdraw.com/kieai/market/1770361808044_4RfU...
    - element_input_audio_urls: Optional. List of audio material URLs for characters. The audio duration must be between 5 and 30 seconds. Each item: Points at: audio.
    - start_time: Start time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. If not uploaded, it defaults to 0.
    - end_time: End time for video character material capture (in milliseconds). Only effective when uploading videos through element_input_urls. Must be greater than start_time, and the difference between end_time and start_time must be within 3000 to 8000 milliseconds.
    Example: [{'name': 'element_dog', 'description': 'dog', 'element_input_urls'...
    """
