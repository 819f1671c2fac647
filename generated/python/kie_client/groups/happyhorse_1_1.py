"""Models whose ids start with `happyhorse-1-1/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["Happyhorse11Models", "AsyncHappyhorse11Models"]


class Happyhorse11Models:
    """2 model(s) whose ids start with `happyhorse-1-1/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_to_video(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]],
        prompt: str | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        duration: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """HappyHorse 1.1 Image to Video (`happyhorse-1-1/image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_1_1_image_to_video for the input as a dataclass.

        Args:
            image_urls: 首帧图像的 URL。 图像要求： 1. 格式：JPEG、JPG、PNG、WEBP。 2. 分辨率：宽和高均不小于 300 像素。 3. 宽高比：介于 1:2.5 和 2.5:1 之间。 4. 文件大小：不超过 20 MB。
                Required.
                Up to 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
            prompt: 描述需要生成的视频内容，支持任意语言。最多 5,000 个非中文字符或 2,500 个中文字符。
                Up to 5000 characters.
                Default: ''
                Example: ''
            resolution: 生成视频的分辨率。 可选值：720p; 1080p
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            duration: 生成视频的时长（单位：秒）。取值必须为 [3, 15] 范围内的整数。默认值：5
                From 3 to 15, in steps of 1.
                Default: 5
                Example: 5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_1_1_image_to_video import Happyhorse11ImageToVideoInput

        request = Happyhorse11ImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            resolution=resolution,
            duration=duration,
        )
        return self._client.submit(request, callback_url=callback_url)

    def reference_to_video(
        self,
        *,
        prompt: str,
        reference_image: Sequence[str | os.PathLike[str]],
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: (
            Literal["16:9", "9:16", "3:4", "4:3", "4:5", "5:4", "1:1", "9:21", "21:9"] | None
        ) = None,
        duration: float | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """HappyHorse 1.1 Reference to Video (`happyhorse-1-1/reference-to-video`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_1_1_reference_to_video for the input as a dataclass.

        Args:
            prompt: 对生成视频所需元素与视觉风格的描述。支持任意语言输入，长度限制为 5,000 个非中文字符或 2,500 个中文字符，超出部分将被自动截断。图片引用：在提示词中使用「[Image 1]」「[Image 2]」来引用 media 数组中对应的参考图，顺序需与 media 数组中的顺序一致。引用时请指明图片中的对象，例如「[Image 1] 中身穿红色旗袍的女子」。
                Required.
                Up to 5000 characters.
                Default: ''
                Example: ''
            reference_image: 参考图像的 URL。 图像要求： 1. 格式：JPEG、JPG、PNG、WEBP。 2. 分辨率：最短边不小于 400 像素，建议使用 720P 或更高分辨率的清晰图像；避免使用过小、模糊或过度压缩的图像，否则会降低输出质量。 3. 文件大小：不超过 20 MB。
                Required.
                Up to 9 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
                Default: []
                Example: []
            resolution: 生成视频的分辨率档位。 可选值：720p; 1080p
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: 生成视频的宽高比。 可选值：16:9; 9:16; 3:4; 4:3; 4:5; 5:4; 1:1; 9:21; 21:9
                Options: 16:9, 9:16, 3:4, 4:3, 4:5, 5:4, 1:1, 9:21, 21:9
                Default: '16:9'
                Example: '16:9'
            duration: 生成视频的时长（单位：秒）。取值范围：3 到 15 之间的整数。
                From 3 to 15, in steps of 1.
                Default: 5
                Example: 5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_1_1_reference_to_video import (
            Happyhorse11ReferenceToVideoInput,
        )

        request = Happyhorse11ReferenceToVideoInput(
            prompt=prompt,
            reference_image=reference_image,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncHappyhorse11Models:
    """2 model(s) whose ids start with `happyhorse-1-1/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_to_video(
        self,
        *,
        image_urls: Sequence[str | os.PathLike[str]],
        prompt: str | None = None,
        resolution: Literal["720p", "1080p"] | None = None,
        duration: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """HappyHorse 1.1 Image to Video (`happyhorse-1-1/image-to-video`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_1_1_image_to_video for the input as a dataclass.

        Args:
            image_urls: 首帧图像的 URL。 图像要求： 1. 格式：JPEG、JPG、PNG、WEBP。 2. 分辨率：宽和高均不小于 300 像素。 3. 宽高比：介于 1:2.5 和 2.5:1 之间。 4. 文件大小：不超过 20 MB。
                Required.
                Up to 1 item.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
            prompt: 描述需要生成的视频内容，支持任意语言。最多 5,000 个非中文字符或 2,500 个中文字符。
                Up to 5000 characters.
                Default: ''
                Example: ''
            resolution: 生成视频的分辨率。 可选值：720p; 1080p
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            duration: 生成视频的时长（单位：秒）。取值必须为 [3, 15] 范围内的整数。默认值：5
                From 3 to 15, in steps of 1.
                Default: 5
                Example: 5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_1_1_image_to_video import Happyhorse11ImageToVideoInput

        request = Happyhorse11ImageToVideoInput(
            prompt=prompt,
            image_urls=image_urls,
            resolution=resolution,
            duration=duration,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def reference_to_video(
        self,
        *,
        prompt: str,
        reference_image: Sequence[str | os.PathLike[str]],
        resolution: Literal["720p", "1080p"] | None = None,
        aspect_ratio: (
            Literal["16:9", "9:16", "3:4", "4:3", "4:5", "5:4", "1:1", "9:21", "21:9"] | None
        ) = None,
        duration: float | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """HappyHorse 1.1 Reference to Video (`happyhorse-1-1/reference-to-video`): reference-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.happyhorse_1_1_reference_to_video for the input as a dataclass.

        Args:
            prompt: 对生成视频所需元素与视觉风格的描述。支持任意语言输入，长度限制为 5,000 个非中文字符或 2,500 个中文字符，超出部分将被自动截断。图片引用：在提示词中使用「[Image 1]」「[Image 2]」来引用 media 数组中对应的参考图，顺序需与 media 数组中的顺序一致。引用时请指明图片中的对象，例如「[Image 1] 中身穿红色旗袍的女子」。
                Required.
                Up to 5000 characters.
                Default: ''
                Example: ''
            reference_image: 参考图像的 URL。 图像要求： 1. 格式：JPEG、JPG、PNG、WEBP。 2. 分辨率：最短边不小于 400 像素，建议使用 720P 或更高分辨率的清晰图像；避免使用过小、模糊或过度压缩的图像，否则会降低输出质量。 3. 文件大小：不超过 20 MB。
                Required.
                Up to 9 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
                Default: []
                Example: []
            resolution: 生成视频的分辨率档位。 可选值：720p; 1080p
                Options: 720p, 1080p
                Default: '1080p'
                Example: '1080p'
            aspect_ratio: 生成视频的宽高比。 可选值：16:9; 9:16; 3:4; 4:3; 4:5; 5:4; 1:1; 9:21; 21:9
                Options: 16:9, 9:16, 3:4, 4:3, 4:5, 5:4, 1:1, 9:21, 21:9
                Default: '16:9'
                Example: '16:9'
            duration: 生成视频的时长（单位：秒）。取值范围：3 到 15 之间的整数。
                From 3 to 15, in steps of 1.
                Default: 5
                Example: 5
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.happyhorse_1_1_reference_to_video import (
            Happyhorse11ReferenceToVideoInput,
        )

        request = Happyhorse11ReferenceToVideoInput(
            prompt=prompt,
            reference_image=reference_image,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )
        return await self._client.submit(request, callback_url=callback_url)
