"""Kling 3.0 Omni Text to Video: `kling-3.0-omni/text-to-video` (text-to-video, video output).

Generated from specs/models/kling-3.0-omni/text-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Kling30OmniTextToVideoInput"]

SPEC: Final = ModelSpec(
    id="kling-3.0-omni/text-to-video",
    title="Kling 3.0 Omni Text to Video",
    kind="text-to-video",
    output="video",
    description="",
    module="kling_3_0_omni_text_to_video",
    class_name="Kling30OmniTextToVideoInput",
    group="kling_3_0_omni",
    method="text_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Text description of the video. It must not be empty after leading and trailing whitespace is removed, and must not exceed 3,072 characters.",
            min_length=1,
            max_length=3072,
            multiline=True,
            pattern="\\S",
        ),
        FieldSpec(
            name="customize_multi_shots",
            py_name="customize_multi_shots",
            type="boolean",
            description="Whether to enable multi-shot mode. Explicitly specifying this value is recommended. `true` enables multiple shots; `false` uses a single shot.",
            default=True,
            example=True,
        ),
        FieldSpec(
            name="prefer_multi_shots",
            py_name="prefer_multi_shots",
            type="boolean",
            description="Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`. Both fields may be `false`, but they cannot both be `true`.",
            example=True,
        ),
        FieldSpec(
            name="multi_prompt",
            py_name="multi_prompt",
            type="array",
            description="List of custom shots. When `customize_multi_shots` is `true`, this field is required, must not be empty, and supports up to 6 shots. When `customize_multi_shots` is `false`, it must be an empty array or omitted.",
            default=[],
            example=[
                {"prompt": "A wide shot of the fox entering the snowy forest.", "duration": 2},
                {
                    "prompt": "A cinematic close-up of the fox looking toward the sunrise.",
                    "duration": 3,
                },
            ],
            max_items=6,
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
                        description="Video description for the current shot. Maximum length: 512 characters.",
                        example="A wide shot of the fox entering the snowy forest.",
                        min_length=1,
                        max_length=512,
                        multiline=True,
                    ),
                    FieldSpec(
                        name="duration",
                        py_name="duration",
                        type="integer",
                        required=True,
                        description="Duration of the current shot in seconds. The supported range is 1 to 15 seconds.",
                        example=2,
                        minimum=1,
                        maximum=15,
                    ),
                ),
            ),
        ),
        FieldSpec(
            name="elements",
            py_name="elements",
            type="array",
            description="List of one-time subject assets. The default is an empty array. When using only multi-image subjects, up to 7 subjects can be uploaded. When using only video character subjects, the number of video character subjects must not exceed 3. When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.",
            default=[],
            max_items=7,
            items=FieldSpec(
                name="elements",
                py_name="elements",
                type="object",
                fields=(
                    FieldSpec(
                        name="name",
                        py_name="name",
                        type="string",
                        required=True,
                        description="Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`.",
                        example="element_dog",
                        min_length=1,
                    ),
                    FieldSpec(
                        name="description",
                        py_name="description",
                        type="string",
                        required=True,
                        description="Text description of the subject asset.",
                        example="A happy golden retriever",
                        min_length=1,
                    ),
                    FieldSpec(
                        name="element_input_urls",
                        py_name="element_input_urls",
                        type="array",
                        required=True,
                        description="List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported.",
                        example=[
                            "https://example.com/dog-front.png",
                            "https://example.com/dog-side.png",
                        ],
                        min_items=1,
                        max_items=4,
                        items=FieldSpec(
                            name="element_input_urls",
                            py_name="element_input_urls",
                            type="url",
                            pattern="^(https?|oss)://",
                        ),
                    ),
                    FieldSpec(
                        name="element_input_audio_urls",
                        py_name="element_input_audio_urls",
                        type="array",
                        description="Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported.",
                        default=[],
                        example=[],
                        items=FieldSpec(
                            name="element_input_audio_urls",
                            py_name="element_input_audio_urls",
                            type="url",
                            pattern="^(https?|oss)://",
                            media="audio",
                        ),
                    ),
                ),
            ),
        ),
        FieldSpec(
            name="audio",
            py_name="audio",
            type="boolean",
            description="Whether to add audio to the generated video. `true` enables audio; `false` disables audio.",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Resolution of the generated video. Available values are `720p` (outputs a 720p video), `1080p` (outputs a 1080p video), and `4k` (outputs a 4K video).",
            default="720p",
            example="720p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
                Option(value="4k", label="4k"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="Aspect ratio of the generated video. Supported values are `16:9`, `9:16`, and `1:1`.",
            default="16:9",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="1:1", label="1:1"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            description="Total video duration in seconds. The supported range is 3 to 15 seconds, and the default is 5 seconds.",
            default=5,
            example=5,
            options=(
                Option(value=3, label="3"),
                Option(value=4, label="4"),
                Option(value=5, label="5"),
                Option(value=6, label="6"),
                Option(value=7, label="7"),
                Option(value=8, label="8"),
                Option(value=9, label="9"),
                Option(value=10, label="10"),
                Option(value=11, label="11"),
                Option(value=12, label="12"),
                Option(value=13, label="13"),
                Option(value=14, label="14"),
                Option(value=15, label="15"),
            ),
        ),
    ),
    rules=(
        RuleSpec(
            kind="forbid",
            fields=(
                "prefer_multi_shots",
                "customize_multi_shots",
            ),
            message="prefer_multi_shots and customize_multi_shots cannot both be true; customize_multi_shots defaults to true, so set it to false to use prefer_multi_shots.",
            refused=(
                (True,),
                (True,),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Kling30OmniTextToVideoInput:
    """Input of Kling 3.0 Omni Text to Video (`kling-3.0-omni/text-to-video`).

    Rule: prefer_multi_shots and customize_multi_shots cannot both be true; customize_multi_shots defaults to true, so set it to false to use prefer_multi_shots.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Text description of the video. It must not be empty after leading and trailing whitespace is removed, and must not exceed 3,072 characters.
    Required.
    1 to 3072 characters.
    Must match: \\S
    """

    customize_multi_shots: bool | None = None
    """Whether to enable multi-shot mode. Explicitly specifying this value is recommended. `true` enables multiple shots; `false` uses a single shot.
    Default: True
    Example: True
    """

    prefer_multi_shots: bool | None = None
    """Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`. Both fields may be `false`, but they cannot both be `true`.
    Example: True
    """

    multi_prompt: Sequence[Mapping[str, object]] | None = None
    """List of custom shots. When `customize_multi_shots` is `true`, this field is required, must not be empty, and supports up to 6 shots. When `customize_multi_shots` is `false`, it must be an empty array or omitted.
    Up to 6 items.
    Each item is an object of:
    - prompt: Video description for the current shot. Maximum length: 512 characters. Required. 1 to 512 characters. Example: 'A wide shot of the fox entering the snowy forest.'
    - duration: Duration of the current shot in seconds. The supported range is 1 to 15 seconds. Required. From 1 to 15. Example: 2
    Default: []
    Example: [{'prompt': 'A wide shot of the fox entering the snowy forest.', 'd...
    """

    elements: Sequence[Mapping[str, object]] | None = None
    """List of one-time subject assets. The default is an empty array. When using only multi-image subjects, up to 7 subjects can be uploaded. When using only video character subjects, the number of video character subjects must not exceed 3. When using both video character and multi-image subjects, the number of video character subjects must not exceed 3, and the number of multi-image subjects must not exceed 4.
    Up to 7 items.
    Each item is an object of:
    - name: Subject name. It must be unique within the same request and can be referenced in the `prompt` field using `@name`. Required. At least 1 character. Example: 'element_dog'
    - description: Text description of the subject asset. Required. At least 1 character. Example: 'A happy golden retriever'
    - element_input_urls: List of image URLs for a multi-image subject (provide 2 to 4 images), or a video URL for a video character subject (provide exactly 1 video). Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. Required. 1 to 4 items. Each item: Must match: ^(https?|oss):// Example: ['https://example.com/dog-front.png', 'https://example.com/dog-side...
    - element_input_audio_urls: Optional list of subject audio asset URLs. HTTP, HTTPS, and OSS URLs are supported. Each item: Must match: ^(https?|oss):// Points at: audio. Default: [] Example: []
    Default: []
    """

    audio: bool | None = None
    """Whether to add audio to the generated video. `true` enables audio; `false` disables audio.
    Default: False
    Example: False
    """

    resolution: Literal["720p", "1080p", "4k"] | None = None
    """Resolution of the generated video. Available values are `720p` (outputs a 720p video), `1080p` (outputs a 1080p video), and `4k` (outputs a 4K video).
    Options: 720p, 1080p, 4k
    Default: '720p'
    Example: '720p'
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1"] | None = None
    """Aspect ratio of the generated video. Supported values are `16:9`, `9:16`, and `1:1`.
    Options: 16:9, 9:16, 1:1
    Default: '16:9'
    Example: '16:9'
    """

    duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | None = None
    """Total video duration in seconds. The supported range is 3 to 15 seconds, and the default is 5 seconds.
    Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    Default: 5
    Example: 5
    """
