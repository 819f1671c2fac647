"""HappyHorse 1.1 Reference to Video: `happyhorse-1-1/reference-to-video` (reference-to-video, video output).

Generated from specs/models/happyhorse-1-1/reference-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Happyhorse11ReferenceToVideoInput"]

SPEC: Final = ModelSpec(
    id="happyhorse-1-1/reference-to-video",
    title="HappyHorse 1.1 Reference to Video",
    kind="reference-to-video",
    output="video",
    description="",
    module="happyhorse_1_1_reference_to_video",
    class_name="Happyhorse11ReferenceToVideoInput",
    group="happyhorse_1_1",
    method="reference_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            required=True,
            description="对生成视频所需元素与视觉风格的描述。支持任意语言输入，长度限制为 5,000 个非中文字符或 2,500 个中文字符，超出部分将被自动截断。图片引用：在提示词中使用「[Image 1]」「[Image 2]」来引用 media 数组中对应的参考图，顺序需与 media 数组中的顺序一致。引用时请指明图片中的对象，例如「[Image 1] 中身穿红色旗袍的女子」。",
            default="",
            example="",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="reference_image",
            py_name="reference_image",
            type="array",
            required=True,
            description="参考图像的 URL。 图像要求： 1. 格式：JPEG、JPG、PNG、WEBP。 2. 分辨率：最短边不小于 400 像素，建议使用 720P 或更高分辨率的清晰图像；避免使用过小、模糊或过度压缩的图像，否则会降低输出质量。 3. 文件大小：不超过 20 MB。",
            default=[],
            example=[],
            max_items=9,
            items=FieldSpec(
                name="reference_image",
                py_name="reference_image",
                type="url",
                media="image",
                accept=(
                    "image/jpeg",
                    "image/png",
                    "image/webp",
                ),
                max_size=20000000,
                max_size_text="20MB",
            ),
        ),
        FieldSpec(
            name="resolution",
            py_name="resolution",
            type="enum",
            description="生成视频的分辨率档位。 可选值：720p; 1080p",
            default="1080p",
            example="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="aspect_ratio",
            py_name="aspect_ratio",
            type="enum",
            description="生成视频的宽高比。 可选值：16:9; 9:16; 3:4; 4:3; 4:5; 5:4; 1:1; 9:21; 21:9",
            default="16:9",
            example="16:9",
            options=(
                Option(value="16:9", label="16:9"),
                Option(value="9:16", label="9:16"),
                Option(value="3:4", label="3:4"),
                Option(value="4:3", label="4:3"),
                Option(value="4:5", label="4:5"),
                Option(value="5:4", label="5:4"),
                Option(value="1:1", label="1:1"),
                Option(value="9:21", label="9:21"),
                Option(value="21:9", label="21:9"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="number",
            description="生成视频的时长（单位：秒）。取值范围：3 到 15 之间的整数。",
            default=5,
            example=5,
            minimum=3,
            maximum=15,
            step=1,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Happyhorse11ReferenceToVideoInput:
    """Input of HappyHorse 1.1 Reference to Video (`happyhorse-1-1/reference-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    prompt: str
    """对生成视频所需元素与视觉风格的描述。支持任意语言输入，长度限制为 5,000 个非中文字符或 2,500 个中文字符，超出部分将被自动截断。图片引用：在提示词中使用「[Image 1]」「[Image 2]」来引用 media 数组中对应的参考图，顺序需与 media 数组中的顺序一致。引用时请指明图片中的对象，例如「[Image 1] 中身穿红色旗袍的女子」。
    Required.
    Up to 5000 characters.
    Default: ''
    Example: ''
    """

    reference_image: Sequence[str | os.PathLike[str]]
    """参考图像的 URL。 图像要求： 1. 格式：JPEG、JPG、PNG、WEBP。 2. 分辨率：最短边不小于 400 像素，建议使用 720P 或更高分辨率的清晰图像；避免使用过小、模糊或过度压缩的图像，否则会降低输出质量。 3. 文件大小：不超过 20 MB。
    Required.
    Up to 9 items.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
    Default: []
    Example: []
    """

    resolution: Literal["720p", "1080p"] | None = None
    """生成视频的分辨率档位。 可选值：720p; 1080p
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    aspect_ratio: (
        Literal["16:9", "9:16", "3:4", "4:3", "4:5", "5:4", "1:1", "9:21", "21:9"] | None
    ) = None
    """生成视频的宽高比。 可选值：16:9; 9:16; 3:4; 4:3; 4:5; 5:4; 1:1; 9:21; 21:9
    Options: 16:9, 9:16, 3:4, 4:3, 4:5, 5:4, 1:1, 9:21, 21:9
    Default: '16:9'
    Example: '16:9'
    """

    duration: float | None = None
    """生成视频的时长（单位：秒）。取值范围：3 到 15 之间的整数。
    From 3 to 15, in steps of 1.
    Default: 5
    Example: 5
    """
