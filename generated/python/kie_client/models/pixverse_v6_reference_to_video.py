"""PixVerse V6 Reference to Video: `pixverse-v6/reference-to-video` (reference-to-video, video output).

Generated from specs/models/pixverse-v6/reference-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "PixverseV6ReferenceToVideoInput"]

SPEC: Final = ModelSpec(
    id="pixverse-v6/reference-to-video",
    title="PixVerse V6 Reference to Video",
    kind="reference-to-video",
    output="video",
    description="",
    module="pixverse_v6_reference_to_video",
    class_name="PixverseV6ReferenceToVideoInput",
    group="pixverse_v6",
    method="reference_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="生成提示词，不能为空，长度限制为 3–5000 个字符。",
            example="电影感日出照亮薄雾笼罩的山间湖泊，镜头缓慢掠过水面，鸟群从天空飞过",
            min_length=3,
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_references",
            py_name="image_references",
            type="array",
            required=True,
            description="参考图列表。",
            example=[
                {
                    "image_url": "https://your-domain.com/images/dog.png",
                    "type": "subject",
                    "ref_name": "dog",
                },
                {
                    "image_url": "https://your-domain.com/images/room.png",
                    "type": "background",
                    "ref_name": "room",
                },
            ],
            min_items=1,
            max_items=7,
            items=FieldSpec(
                name="image_references",
                py_name="image_references",
                type="object",
                fields=(
                    FieldSpec(
                        name="image_url",
                        py_name="image_url",
                        type="url",
                        required=True,
                        description="参考图片 URL。",
                        example="https://your-domain.com/images/reference.png",
                        media="image",
                    ),
                    FieldSpec(
                        name="type",
                        py_name="type_",
                        type="enum",
                        description="参考图类型。subject 表示主体，background 表示背景。",
                        default="subject",
                        example="subject",
                        options=(
                            Option(value="subject", label="subject"),
                            Option(value="background", label="background"),
                        ),
                    ),
                    FieldSpec(
                        name="ref_name",
                        py_name="ref_name",
                        type="string",
                        description="参考图名称，最长 30 个字符。可在提示词中使用 `@名称` 引用。",
                        example="dog",
                        min_length=1,
                        max_length=30,
                    ),
                ),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            required=True,
            description="画幅比例。(PixVerseV6AspectRatio)",
            default="16:9",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="4:3", label="4:3"),
                Option(value="1:1", label="1:1"),
                Option(value="3:4", label="3:4"),
                Option(value="9:16", label="9:16"),
                Option(value="2:3", label="2:3"),
                Option(value="3:2", label="3:2"),
                Option(value="21:9", label="21:9"),
            ),
        ),
        FieldSpec(
            name="quality",
            py_name="quality",
            type="enum",
            required=True,
            description="清晰度。",
            default="720p",
            example="720p",
            options=(
                Option(value="360p", label="360p"),
                Option(value="540p", label="540p"),
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="integer",
            required=True,
            description="生成视频时长，单位秒。校验范围为 1-15。",
            default=5,
            example=5,
            minimum=1,
            maximum=15,
        ),
        FieldSpec(
            name="generate_audio_switch",
            py_name="generate_audio_switch",
            type="boolean",
            description="是否生成音频。",
            default=False,
            example=False,
        ),
        FieldSpec(
            name="seed",
            py_name="seed",
            type="integer",
            description="随机种子，可选。范围 0-2147483647。",
            example=123456789,
            minimum=0,
            maximum=2147483647,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class PixverseV6ReferenceToVideoInput:
    """Input of PixVerse V6 Reference to Video (`pixverse-v6/reference-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """生成提示词，不能为空，长度限制为 3–5000 个字符。
    Required.
    3 to 5000 characters.
    Example: '电影感日出照亮薄雾笼罩的山间湖泊，镜头缓慢掠过水面，鸟群从天空飞过'
    """

    image_references: Sequence[Mapping[str, object]]
    """参考图列表。
    Required.
    1 to 7 items.
    Each item is an object of:
    - image_url: 参考图片 URL。 Required. Points at: image. Example: 'https://your-domain.com/images/reference.png'
    - type: 参考图类型。subject 表示主体，background 表示背景。 Options: subject, background Default: 'subject' Example: 'subject'
    - ref_name: 参考图名称，最长 30 个字符。可在提示词中使用 `@名称` 引用。 1 to 30 characters. Example: 'dog'
    Example: [{'image_url': 'https://your-domain.com/images/dog.png', 'type': 's...
    """

    aspect_ratio: Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
    """画幅比例。(PixVerseV6AspectRatio)
    Required.
    Options: 16:9, 4:3, 1:1, 3:4, 9:16, 2:3, 3:2, 21:9
    Default: '16:9'
    Example: '16:9'
    """

    quality: Literal["360p", "540p", "720p", "1080p"]
    """清晰度。
    Required.
    Options: 360p, 540p, 720p, 1080p
    Default: '720p'
    Example: '720p'
    """

    duration: int
    """生成视频时长，单位秒。校验范围为 1-15。
    Required.
    From 1 to 15.
    Default: 5
    Example: 5
    """

    generate_audio_switch: bool | None = None
    """是否生成音频。
    Default: False
    Example: False
    """

    seed: int | None = None
    """随机种子，可选。范围 0-2147483647。
    From 0 to 2147483647.
    Example: 123456789
    """
