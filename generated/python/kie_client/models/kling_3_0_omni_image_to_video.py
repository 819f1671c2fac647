"""Kling 3.0 Omni Image to Video: `kling-3.0-omni/image-to-video` (image-to-video, video output).

Generated from specs/models/kling-3.0-omni/image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Kling30OmniImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="kling-3.0-omni/image-to-video",
    title="Kling 3.0 Omni Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="kling_3_0_omni_image_to_video",
    class_name="Kling30OmniImageToVideoInput",
    group="kling_3_0_omni",
    method="image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.",
            example="A happy golden retriever running across a grassy field",
            max_length=3072,
            multiline=True,
            pattern="^.*\\S.*$",
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="Array of first-frame image URLs. Exactly 1 image is required. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.",
            example=["https://example.com/first-frame.jpg"],
            min_items=1,
            max_items=2,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
                type="url",
                pattern="^(https?|oss)://",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                ),
                max_size=50000000,
                max_size_text="50MB",
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="enum",
            description="Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.",
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
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.",
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
            description="Video aspect ratio. `16:9`, `9:16`, and `1:1` can be selected only when custom multi-shot mode is enabled through `customize_multi_shots`; otherwise, use `auto`.",
            default="auto",
            example="auto",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="1:1", label="1:1"),
                Option(value="auto", label="auto"),
            ),
        ),
        FieldSpec(
            name="audio",
            py_name="audio",
            type="boolean",
            description="Whether to enable audio. Passing this value explicitly is recommended. `true` enables audio; `false` disables audio.",
            example=False,
        ),
        FieldSpec(
            name="customize_multi_shots",
            py_name="customize_multi_shots",
            type="boolean",
            description="Whether to enable multiple shots. Passing this value explicitly is recommended.",
            default=False,
            example=True,
        ),
        FieldSpec(
            name="prefer_multi_shots",
            py_name="prefer_multi_shots",
            type="boolean",
            description="Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.",
            example=True,
        ),
        FieldSpec(
            name="multi_prompt",
            py_name="multi_prompt",
            type="array",
            description="List of custom shots. When `customize_multi_shots=true`, this field is required and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.",
            example=[
                {"duration": 2, "prompt": "A wide shot of the fox entering the snowy forest."},
                {"duration": 3, "prompt": "A wide shot of the fox entering the snowy forest."},
            ],
            min_items=1,
            max_items=6,
            items=FieldSpec(
                name="multi_prompt",
                py_name="multi_prompt",
                type="object",
                fields=(
                    FieldSpec(
                        name="duration",
                        py_name="duration",
                        type="integer",
                        required=True,
                        description="Duration of the current shot in seconds. Supports 1 to 15 seconds.",
                        example=2,
                        minimum=1,
                        maximum=15,
                    ),
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
                ),
            ),
        ),
        FieldSpec(
            name="elements",
            py_name="elements",
            type="array",
            description="List of one-time subject assets. The default is an empty array, with up to 3 subjects. The subject is automatically identified as a multi-image subject or video character subject based on `element_input_urls`.",
            default=[],
            max_items=3,
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
                        description="Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`.",
                        example="element_dog",
                    ),
                    FieldSpec(
                        name="description",
                        py_name="description",
                        type="string",
                        required=True,
                        description="Subject description.",
                        example="A happy golden retriever",
                    ),
                    FieldSpec(
                        name="element_input_urls",
                        py_name="element_input_urls",
                        type="array",
                        required=True,
                        description="For a multi-image subject, provide 2 to 4 images. For a video character subject, provide exactly 1 video. Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported.",
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
                        description="Optional list of subject reference audio URLs. It may be omitted or passed as an empty array. If the audio duration can be determined, it must be between 5 and 30 seconds.",
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
                    FieldSpec(
                        name="start_time",
                        py_name="start_time",
                        type="integer",
                        description="Start time for trimming the video character subject, in milliseconds. The default is 0. This applies only when a video is provided in `element_input_urls`.",
                        default=0,
                        example=0,
                    ),
                    FieldSpec(
                        name="end_time",
                        py_name="end_time",
                        type="integer",
                        description="End time for trimming the video character subject, in milliseconds. The default is 8,000. It must be greater than `start_time`, and the trimmed duration must be between 3,000 and 8,000 milliseconds.",
                        default=8000,
                        example=8000,
                    ),
                ),
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
            message="prefer_multi_shots and customize_multi_shots are mutually exclusive; enable at most one of them.",
            refused=(
                (True,),
                (True,),
            ),
        ),
        RuleSpec(
            kind="requires",
            fields=(
                "multi_prompt",
                "customize_multi_shots",
            ),
            message="multi_prompt is used only with customize_multi_shots set to true; without custom shots, omit it.",
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "customize_multi_shots",
            ),
            message="16:9, 9:16 and 1:1 can be chosen only when customize_multi_shots is true; otherwise use auto.",
            refused=(
                (
                    "16:9",
                    "9:16",
                    "1:1",
                ),
                (False,),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Kling30OmniImageToVideoInput:
    """Input of Kling 3.0 Omni Image to Video (`kling-3.0-omni/image-to-video`).

    Rule: prefer_multi_shots and customize_multi_shots are mutually exclusive; enable at most one of them.

    Rule: multi_prompt is used only with customize_multi_shots set to true; without custom shots, omit it.

    Rule: 16:9, 9:16 and 1:1 can be chosen only when customize_multi_shots is true; otherwise use auto.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
    Required.
    Up to 3072 characters.
    Must match: ^.*\\S.*$
    Example: 'A happy golden retriever running across a grassy field'
    """

    image_urls: Sequence[str | os.PathLike[str]]
    """Array of first-frame image URLs. Exactly 1 image is required. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
    Required.
    1 to 2 items.
    Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, at most 50MB; a local path is uploaded first.
    Example: ['https://example.com/first-frame.jpg']
    """

    duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | None = None
    """Total video duration in seconds. Optional; the default is 5 seconds. Supports integer values from 3 to 15.
    Options: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    Default: 5
    Example: 5
    """

    resolution: Literal["720p", "1080p", "4k"] | None = None
    """Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
    Options: 720p, 1080p, 4k
    Default: '720p'
    Example: '720p'
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | None = None
    """Video aspect ratio. `16:9`, `9:16`, and `1:1` can be selected only when custom multi-shot mode is enabled through `customize_multi_shots`; otherwise, use `auto`.
    Options: 16:9, 9:16, 1:1, auto
    Default: 'auto'
    Example: 'auto'
    """

    audio: bool | None = None
    """Whether to enable audio. Passing this value explicitly is recommended. `true` enables audio; `false` disables audio.
    Example: False
    """

    customize_multi_shots: bool | None = None
    """Whether to enable multiple shots. Passing this value explicitly is recommended.
    Default: False
    Example: True
    """

    prefer_multi_shots: bool | None = None
    """Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
    Example: True
    """

    multi_prompt: Sequence[Mapping[str, object]] | None = None
    """List of custom shots. When `customize_multi_shots=true`, this field is required and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.
    1 to 6 items.
    Each item is an object of:
    - duration: Duration of the current shot in seconds. Supports 1 to 15 seconds. Required. From 1 to 15. Example: 2
    - prompt: Video description for the current shot. Maximum length: 512 characters. Required. 1 to 512 characters. Example: 'A wide shot of the fox entering the snowy forest.'
    Example: [{'duration': 2, 'prompt': 'A wide shot of the fox entering the sno...
    """

    elements: Sequence[Mapping[str, object]] | None = None
    """List of one-time subject assets. The default is an empty array, with up to 3 subjects. The subject is automatically identified as a multi-image subject or video character subject based on `element_input_urls`.
    Up to 3 items.
    Each item is an object of:
    - name: Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`. Required. Example: 'element_dog'
    - description: Subject description. Required. Example: 'A happy golden retriever'
    - element_input_urls: For a multi-image subject, provide 2 to 4 images. For a video character subject, provide exactly 1 video. Images and videos cannot be mixed. HTTP, HTTPS, and OSS URLs are supported. Required. 1 to 4 items. Each item: Must match: ^(https?|oss):// Example: ['https://example.com/dog-front.png', 'https://example.com/dog-side...
    - element_input_audio_urls: Optional list of subject reference audio URLs. It may be omitted or passed as an empty array. If the audio duration can be determined, it must be between 5 and 30 seconds. Each item: Must match: ^(https?|oss):// Points at: audio. Default: [] Example: []
    - start_time: Start time for trimming the video character subject, in milliseconds. The default is 0. This applies only when a video is provided in `element_input_urls`. Default: 0 Example: 0
    - end_time: End time for trimming the video character subject, in milliseconds. The default is 8,000. It must be greater than `start_time`, and the trimmed duration must be between 3,000 and 8,000 milliseconds. Default: 8000 Example: 8000
    Default: []
    """
