"""Kling 3.0 Omni Transformation: `kling-3.0-omni/transformation` (video-to-video, video output).

Generated from specs/models/kling-3.0-omni/transformation.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Kling30OmniTransformationInput"]

SPEC: Final = ModelSpec(
    id="kling-3.0-omni/transformation",
    title="Kling 3.0 Omni Transformation",
    kind="video-to-video",
    output="video",
    description="",
    module="kling_3_0_omni_transformation",
    class_name="Kling30OmniTransformationInput",
    group="kling_3_0_omni",
    method="transformation",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.",
            example="Transform the input video into a cinematic night scene while preserving the character movements from the original video.",
            min_length=1,
            max_length=3072,
            multiline=True,
            pattern="\\S",
        ),
        FieldSpec(
            name="video_urls",
            py_name="video_urls",
            type="array",
            required=True,
            description="Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.",
            example=["https://example.com/source-video.mp4"],
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
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            description="Array of image URLs. The maximum number of images depends on the number and types of reference subjects. When using only multi-image subjects, the combined number of reference images and multi-image subjects must not exceed 4. Video character subjects cannot be used together with multi-image subjects or reference images. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.",
            example=["https://example.com/reference-image.jpg"],
            max_items=4,
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
            type="string",
            description="Video duration. This field may be configured when using a video with images.",
            example="5",
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
            description="Video aspect ratio. Only `auto` can be used with video-only input. When using a video with images, `16:9`, `9:16`, and `1:1` are supported; `auto` is not supported.",
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
            description="Whether to enable audio.",
            example=False,
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
    ),
    rules=(
        RuleSpec(
            kind="requires",
            fields=(
                "duration",
                "image_urls",
            ),
            message="duration may be set only when using a video with images (image_urls).",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Kling30OmniTransformationInput:
    """Input of Kling 3.0 Omni Transformation (`kling-3.0-omni/transformation`).

    Rule: duration may be set only when using a video with images (image_urls).
    """

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """Video description. It must not be empty after leading and trailing whitespace is removed. Maximum length: 3,072 characters.
    Required.
    1 to 3072 characters.
    Must match: \\S
    Example: 'Transform the input video into a cinematic night scene while prese...
    """

    video_urls: Sequence[str | os.PathLike[str]]
    """Array of video URLs. Exactly 1 video is required. HTTP, HTTPS, and OSS URLs are supported. Videos must be in MP4 or MOV format; each file must not exceed 200 MB; duration must be between 3 and 15.5 seconds; width and height must each be between 700 and 4,553 px; total pixels must not exceed 8,294,400; the aspect ratio must be between 0.4 and 2; and the frame rate must be between 24 and 60 fps.
    Required.
    Exactly 1 item.
    Each item: Must match: ^(https?|oss):// Points at: video. Accepts: video/mp4, video/quicktime, at most 200MB; a local path is uploaded first.
    Example: ['https://example.com/source-video.mp4']
    """

    image_urls: Sequence[str | os.PathLike[str]] | None = None
    """Array of image URLs. The maximum number of images depends on the number and types of reference subjects. When using only multi-image subjects, the combined number of reference images and multi-image subjects must not exceed 4. Video character subjects cannot be used together with multi-image subjects or reference images. HTTP, HTTPS, and OSS URLs are supported. Images must be in JPG, JPEG, or PNG format; each file must not exceed 50 MB; both width and height must be at least 300 px; and the aspect ratio must be between 0.4 and 2.5.
    Up to 4 items.
    Each item: Must match: ^(https?|oss):// Points at: image. Accepts: image/jpeg, image/png, at most 50MB; a local path is uploaded first.
    Example: ['https://example.com/reference-image.jpg']
    """

    duration: str | None = None
    """Video duration. This field may be configured when using a video with images.
    Example: '5'
    """

    resolution: Literal["720p", "1080p", "4k"] | None = None
    """Video resolution. `720p` outputs a 720p video, `1080p` outputs a 1080p video, and `4k` outputs a 4K video.
    Options: 720p, 1080p, 4k
    Default: '720p'
    Example: '720p'
    """

    aspect_ratio: Literal["16:9", "9:16", "1:1", "auto"] | None = None
    """Video aspect ratio. Only `auto` can be used with video-only input. When using a video with images, `16:9`, `9:16`, and `1:1` are supported; `auto` is not supported.
    Options: 16:9, 9:16, 1:1, auto
    Default: '16:9'
    Example: '16:9'
    """

    audio: bool | None = None
    """Whether to enable audio.
    Example: False
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
