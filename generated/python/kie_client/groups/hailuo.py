"""Models whose ids start with `hailuo/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["HailuoModels", "AsyncHailuoModels"]


class HailuoModels:
    """3 model(s) whose ids start with `hailuo/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def v02_image_to_video_standard(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        end_image_url: str | os.PathLike[str] | None = None,
        duration: Literal["6", "10"] | None = None,
        resolution: Literal["512P", "768P"] | None = None,
        prompt_optimizer: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Hailuo Standard Image to Video (`hailuo/02-image-to-video-standard`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.hailuo_02_image_to_video_standard for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video to generate (Max length: 1500 characters)
                Required.
                Up to 1500 characters.
                Example: "Epic aerial shot: A lone samurai stands atop a jagged mountain pea...
            image_url: The URL of the image to use as the first frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175852...
            end_image_url: Optional URL of the image to use as the last frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175852...
            duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
                Options: 6, 10
                Default: '10'
                Example: '10'
            resolution: The resolution of the generated video.
                Options: 512P, 768P
                Default: '768P'
                Example: '768P'
            prompt_optimizer: Whether to use the model's prompt optimizer (Boolean value (true/false))
                Example: True
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.hailuo_02_image_to_video_standard import (
            Hailuo02ImageToVideoStandardInput,
        )

        request = Hailuo02ImageToVideoStandardInput(
            prompt=prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=duration,
            resolution=resolution,
            prompt_optimizer=prompt_optimizer,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_3_image_to_video_pro(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["6", "10"] | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Hailuo 2.3 Pro Image to Video (`hailuo/2-3-image-to-video-pro`): image-to-video, video output.

        Rule: 10 s videos are not offered at 1080p.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.hailuo_2_3_image_to_video_pro for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired video animation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A graceful geisha performs a traditional Japanese dance indoors. S...
            image_url: Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/176173...
            duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
                Options: 6, 10
                Default: '6'
                Example: '6'
            resolution: The resolution of the generated video.
                Options: 768P, 1080P
                Default: '768P'
                Example: '768P'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.hailuo_2_3_image_to_video_pro import Hailuo23ImageToVideoProInput

        request = Hailuo23ImageToVideoProInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)

    def v2_3_image_to_video_standard(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["6", "10"] | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Hailuo 2.3 Standard Image to Video (`hailuo/2-3-image-to-video-standard`): image-to-video, video output.

        Rule: 10 s videos are not offered at 1080p.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.hailuo_2_3_image_to_video_standard for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired video animation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Two armored medieval knights clash in an intense duel at sunset, c...
            image_url: Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/176173...
            duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
                Options: 6, 10
                Default: '6'
                Example: '6'
            resolution: The resolution of the generated video.
                Options: 768P, 1080P
                Default: '768P'
                Example: '768P'
            nsfw_checker: Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.hailuo_2_3_image_to_video_standard import (
            Hailuo23ImageToVideoStandardInput,
        )

        request = Hailuo23ImageToVideoStandardInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncHailuoModels:
    """3 model(s) whose ids start with `hailuo/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def v02_image_to_video_standard(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        end_image_url: str | os.PathLike[str] | None = None,
        duration: Literal["6", "10"] | None = None,
        resolution: Literal["512P", "768P"] | None = None,
        prompt_optimizer: bool | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Hailuo Standard Image to Video (`hailuo/02-image-to-video-standard`): image-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.hailuo_02_image_to_video_standard for the input as a dataclass.

        Args:
            prompt: The text prompt describing the video to generate (Max length: 1500 characters)
                Required.
                Up to 1500 characters.
                Example: "Epic aerial shot: A lone samurai stands atop a jagged mountain pea...
            image_url: The URL of the image to use as the first frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175852...
            end_image_url: Optional URL of the image to use as the last frame of the video (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175852...
            duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
                Options: 6, 10
                Default: '10'
                Example: '10'
            resolution: The resolution of the generated video.
                Options: 512P, 768P
                Default: '768P'
                Example: '768P'
            prompt_optimizer: Whether to use the model's prompt optimizer (Boolean value (true/false))
                Example: True
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.hailuo_02_image_to_video_standard import (
            Hailuo02ImageToVideoStandardInput,
        )

        request = Hailuo02ImageToVideoStandardInput(
            prompt=prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=duration,
            resolution=resolution,
            prompt_optimizer=prompt_optimizer,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_3_image_to_video_pro(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["6", "10"] | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Hailuo 2.3 Pro Image to Video (`hailuo/2-3-image-to-video-pro`): image-to-video, video output.

        Rule: 10 s videos are not offered at 1080p.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.hailuo_2_3_image_to_video_pro for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired video animation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'A graceful geisha performs a traditional Japanese dance indoors. S...
            image_url: Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/176173...
            duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
                Options: 6, 10
                Default: '6'
                Example: '6'
            resolution: The resolution of the generated video.
                Options: 768P, 1080P
                Default: '768P'
                Example: '768P'
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.hailuo_2_3_image_to_video_pro import Hailuo23ImageToVideoProInput

        request = Hailuo23ImageToVideoProInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def v2_3_image_to_video_standard(
        self,
        *,
        prompt: str,
        image_url: str | os.PathLike[str],
        duration: Literal["6", "10"] | None = None,
        resolution: Literal["768P", "1080P"] | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Hailuo 2.3 Standard Image to Video (`hailuo/2-3-image-to-video-standard`): image-to-video, video output.

        Rule: 10 s videos are not offered at 1080p.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.hailuo_2_3_image_to_video_standard for the input as a dataclass.

        Args:
            prompt: Text prompt describing the desired video animation (Max length: 5000 characters)
                Required.
                Up to 5000 characters.
                Example: 'Two armored medieval knights clash in an intense duel at sunset, c...
            image_url: Input image to animate (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/176173...
            duration: The duration of the video in seconds. 10 seconds videos are not supported for 1080p resolution.
                Options: 6, 10
                Default: '6'
                Example: '6'
            resolution: The resolution of the generated video.
                Options: 768P, 1080P
                Default: '768P'
                Example: '768P'
            nsfw_checker: Content filtering of the results. If set to false, content filtering is disabled and all results are returned as the model made them.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.hailuo_2_3_image_to_video_standard import (
            Hailuo23ImageToVideoStandardInput,
        )

        request = Hailuo23ImageToVideoStandardInput(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            resolution=resolution,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
