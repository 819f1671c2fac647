"""HappyHorse 1.1 Image to Video: `happyhorse-1-1/image-to-video` (image-to-video, video output).

Generated from specs/models/happyhorse-1-1/image-to-video.yaml; edit the spec, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

from kie_client._spec import FieldSpec, ModelSpec, Option, RuleSpec

__all__ = ["SPEC", "Happyhorse11ImageToVideoInput"]

SPEC: Final = ModelSpec(
    id="happyhorse-1-1/image-to-video",
    title="HappyHorse 1.1 Image to Video",
    kind="image-to-video",
    output="video",
    description="",
    module="happyhorse_1_1_image_to_video",
    class_name="Happyhorse11ImageToVideoInput",
    group="happyhorse_1_1",
    method="image_to_video",
    fields=(
        FieldSpec(
            name="prompt",
            py_name="prompt",
            type="string",
            description="描述需要生成的视频内容，支持任意语言。最多 5,000 个非中文字符或 2,500 个中文字符。",
            default="",
            example="",
            max_length=5000,
            multiline=True,
        ),
        FieldSpec(
            name="image_urls",
            py_name="image_urls",
            type="array",
            required=True,
            description="首帧图像的 URL。 图像要求： 1. 格式：JPEG、JPG、PNG、WEBP。 2. 分辨率：宽和高均不小于 300 像素。 3. 宽高比：介于 1:2.5 和 2.5:1 之间。 4. 文件大小：不超过 20 MB。",
            max_items=1,
            items=FieldSpec(
                name="image_urls",
                py_name="image_urls",
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
            description="生成视频的分辨率。 可选值：720p; 1080p",
            default="1080p",
            example="1080p",
            options=(
                Option(value="720p", label="720p"),
                Option(value="1080p", label="1080p"),
            ),
        ),
        FieldSpec(
            name="duration",
            py_name="duration",
            type="number",
            description="生成视频的时长（单位：秒）。取值必须为 [3, 15] 范围内的整数。默认值：5",
            default=5,
            example=5,
            minimum=3,
            maximum=15,
            step=1,
        ),
    ),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Happyhorse11ImageToVideoInput:
    """Input of HappyHorse 1.1 Image to Video (`happyhorse-1-1/image-to-video`)."""

    SPEC: ClassVar[ModelSpec] = SPEC

    image_urls: Sequence[str | os.PathLike[str]]
    """首帧图像的 URL。 图像要求： 1. 格式：JPEG、JPG、PNG、WEBP。 2. 分辨率：宽和高均不小于 300 像素。 3. 宽高比：介于 1:2.5 和 2.5:1 之间。 4. 文件大小：不超过 20 MB。
    Required.
    Up to 1 item.
    Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
    """

    prompt: str | None = None
    """描述需要生成的视频内容，支持任意语言。最多 5,000 个非中文字符或 2,500 个中文字符。
    Up to 5000 characters.
    Default: ''
    Example: ''
    """

    resolution: Literal["720p", "1080p"] | None = None
    """生成视频的分辨率。 可选值：720p; 1080p
    Options: 720p, 1080p
    Default: '1080p'
    Example: '1080p'
    """

    duration: float | None = None
    """生成视频的时长（单位：秒）。取值必须为 [3, 15] 范围内的整数。默认值：5
    From 3 to 15, in steps of 1.
    Default: 5
    Example: 5
    """
