"""Kling 3.0 Omni Reference to Video: `kling-3.0-omni/reference-to-video` (reference-to-video, video output).

Generated from specs/models/kling-3.0-omni/reference-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Kling30OmniReferenceToVideoInput"]

SPEC: Final = ModelSpec(
    id="kling-3.0-omni/reference-to-video",
    title="Kling 3.0 Omni Reference to Video",
    kind="reference-to-video",
    output="video",
    description="",
    module="kling_3_0_omni_reference_to_video",
    class_name="Kling30OmniReferenceToVideoInput",
    group="kling_3_0_omni",
    method="reference_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.",
            example="Generate a video of the character walking along a city street, using the character appearance in the reference images.",
            min_length=1,
            max_length=3072,
            multiline=True,
            pattern="\\S",
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            description="Array of reference image URLs. The maximum number of images depends on the number and types of reference subjects. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and both video character and multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 4. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.",
            example=["https://example.com/reference-image.jpg"],
            max_items=7,
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
            description="When no video is provided, `16:9`, `9:16`, and `1:1` are supported.",
            default="16:9",
            example="16:9",
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
            description="Whether to enable audio. When no video is provided, both `true` and `false` are supported.",
            example=True,
        ),
        FieldSpec(
            name="customize_multi_shots",
            py_name="customize_multi_shots",
            type="boolean",
            description="Whether to enable multiple shots. Both `true` and `false` are supported.",
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
            description="List of custom shots. When `customize_multi_shots=true`, this field is required, must not be empty, and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.",
            min_items=1,
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
                        min_length=1,
                        max_length=512,
                        multiline=True,
                    ),
                    FieldSpec(
                        name="duration",
                        py_name="duration",
                        type="integer",
                        required=True,
                        description="Duration of the current shot in seconds.",
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
            description="List of one-time subject assets. The default is an empty array. The number of subjects is jointly limited by the reference images, reference video, and subject types. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and only video character subjects are used, the number of video character subjects must not exceed 3. When there is no reference video and both video character and multi-image subjects are used, the number of video character subjects must not exceed 3, and the combined number of reference images and multi-image subjects must not exceed 4.",
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
                        description="URLs of the subject image or video assets. Provide 1 to 4 URLs.",
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
                        description="Optional list of subject reference audio URLs. If the duration can be determined, it must be between 5 and 30 seconds.",
                        default=[],
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
                        description="Start time for trimming the video character subject, in milliseconds. The default is 0.",
                        default=0,
                    ),
                    FieldSpec(
                        name="end_time",
                        py_name="end_time",
                        type="integer",
                        description="End time for trimming the video character subject, in milliseconds. The default is 8,000.",
                        default=8000,
                    ),
                ),
            ),
        ),
        FieldSpec(
            name="video_urls",
            py_name="video_urls",
            type="array",
            description="Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.",
            example=["https://example.com/reference-video.mp4"],
            min_items=1,
            max_items=1,
            items=FieldSpec(
                name="video_urls",
                py_name="video_urls",
                type="url",
                pattern="^(https?|oss)://",
                media="video",
                accept=(
                    "video/mp4",
                    "video/quicktime",
                ),
                max_size=200000000,
                max_size_text="200MB",
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
                "video_urls",
                "audio",
            ),
            message="With a reference video, audio must be given, and it must be false.",
        ),
        RuleSpec(
            kind="forbid",
            fields=(
                "aspect_ratio",
                "audio",
            ),
            message="aspect_ratio auto is only for video-only input, where audio must be false.",
            refused=(
                ("auto",),
                (True,),
            ),
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Kling30OmniReferenceToVideoInput:
    """Input of Kling 3.0 Omni Reference to Video (`kling-3.0-omni/reference-to-video`).

    Rule: prefer_multi_shots and customize_multi_shots are mutually exclusive; enable at most one of them.

    Rule: With a reference video, audio must be given, and it must be false.

    Rule: aspect_ratio auto is only for video-only input, where audio must be false.
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
    Required.
    1 to 3072 characters.
    Must match: \\S
    Example: 'Generate a video of the character walking along a city street, usi...
    """

    image_urls: Sequence[str | os.PathLike[str]] | None = None
    """Array of reference image URLs. The maximum number of images depends on the number and types of reference subjects. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and both video character and multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 4. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
    Up to 7 items.
    Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, at most 50MB; a local path is uploaded first.
    Example: ['https://example.com/reference-image.jpg']
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
    """When no video is provided, `16:9`, `9:16`, and `1:1` are supported.
    Options: 16:9, 9:16, 1:1, auto
    Default: '16:9'
    Example: '16:9'
    """

    audio: bool | None = None
    """Whether to enable audio. When no video is provided, both `true` and `false` are supported.
    Example: True
    """

    customize_multi_shots: bool | None = None
    """Whether to enable multiple shots. Both `true` and `false` are supported.
    Example: True
    """

    prefer_multi_shots: bool | None = None
    """Whether to enable intelligent shot planning. This field is mutually exclusive with `customize_multi_shots`.
    Example: True
    """

    multi_prompt: Sequence[Mapping[str, object]] | None = None
    """List of custom shots. When `customize_multi_shots=true`, this field is required, must not be empty, and may contain up to 6 shots. When `customize_multi_shots=false`, it must be an empty array or omitted.
    1 to 6 items.
    Each item is an object of:
    - prompt: Video description for the current shot. Maximum length: 512 characters. Required. 1 to 512 characters.
    - duration: Duration of the current shot in seconds. Required. From 1 to 15.
    """

    elements: Sequence[Mapping[str, object]] | None = None
    """List of one-time subject assets. The default is an empty array. The number of subjects is jointly limited by the reference images, reference video, and subject types. When there is no reference video and only multi-image subjects are used, the combined number of reference images and multi-image subjects must not exceed 7. When there is no reference video and only video character subjects are used, the number of video character subjects must not exceed 3. When there is no reference video and both video character and multi-image subjects are used, the number of video character subjects must not exceed 3, and the combined number of reference images and multi-image subjects must not exceed 4.
    Up to 7 items.
    Each item is an object of:
    - name: Subject name. It must be unique within the same request and can be referenced in the prompt using `@name`. Required. Example: 'element_dog'
    - description: Subject description. Required. Example: 'A happy golden retriever'
    - element_input_urls: URLs of the subject image or video assets. Provide 1 to 4 URLs. Required. 1 to 4 items. Each item: Must match: ^(https?|oss)://
    - element_input_audio_urls: Optional list of subject reference audio URLs. If the duration can be determined, it must be between 5 and 30 seconds. Each item: Must match: ^(https?|oss):// Points at: audio. Default: []
    - start_time: Start time for trimming the video character subject, in milliseconds. The default is 0. Default: 0
    - end_time: End time for trimming the video character subject, in milliseconds. The default is 8,000. Default: 8000
    Default: []
    """

    video_urls: Sequence[str | os.PathLike[str]] | None = None
    """Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
    Exactly 1 item.
    Each item: Must match: ^(https?|oss):// Points at: video. Accepts: video/mp4, video/quicktime, at most 200MB; a local path is uploaded first.
    Example: ['https://example.com/reference-video.mp4']
    """
