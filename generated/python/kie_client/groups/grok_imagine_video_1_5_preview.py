"""Models whose ids start with `grok-imagine-video-1-5-preview/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["GrokImagineVideo15PreviewModels", "AsyncGrokImagineVideo15PreviewModels"]


class GrokImagineVideo15PreviewModels:
    """1 model(s) whose ids start with `grok-imagine-video-1-5-preview/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def run(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:2", "2:3", "auto"] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Grok Imagine Video 1.5 Preview (`grok-imagine-video-1-5-preview`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_video_1_5_preview for the input as a dataclass.

        Args:
            prompt: Prompt for video generation. Maximum length: 4096 characters.
                Up to 4096 characters.
            image_urls: Upload image files to be used as API input. Supported file types: image/jpeg, image/png, image/webp, image/jpg. Maximum file size: 20MB. Supports multi-file upload, up to 7 file.Only one is supported when the resolution is 1080p.
                Up to 7 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
            aspect_ratio: The aspect ratio of the video. This parameter is invalid if it is a single image.
                Options: 1:1, 16:9, 9:16, 3:2, 2:3, auto
                Default: 'auto'
                Example: 'auto'
            resolution: Resolution for video generation.
                Options: 480p, 720p, 1080p
                Default: '480p'
            duration: Video duration in seconds. Range: [1, 15]. Default: 8. Minimum: 1. Maximum: 15. Step: 1.
                From 1 to 15, in steps of 1.
                Default: 8
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_video_1_5_preview import GrokImagineVideo15PreviewInput

        request = GrokImagineVideo15PreviewInput(
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            nsfw_checker=nsfw_checker,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncGrokImagineVideo15PreviewModels:
    """1 model(s) whose ids start with `grok-imagine-video-1-5-preview/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def run(
        self,
        *,
        prompt: str | None = None,
        image_urls: Sequence[str | os.PathLike[str]] | None = None,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:2", "2:3", "auto"] | None = None,
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        duration: int | None = None,
        nsfw_checker: bool | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Grok Imagine Video 1.5 Preview (`grok-imagine-video-1-5-preview`): text-to-video, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.grok_imagine_video_1_5_preview for the input as a dataclass.

        Args:
            prompt: Prompt for video generation. Maximum length: 4096 characters.
                Up to 4096 characters.
            image_urls: Upload image files to be used as API input. Supported file types: image/jpeg, image/png, image/webp, image/jpg. Maximum file size: 20MB. Supports multi-file upload, up to 7 file.Only one is supported when the resolution is 1080p.
                Up to 7 items.
                Each item: Points at: image. Accepts: image/jpeg, image/png, image/webp, at most 20MB; a local path is uploaded first.
            aspect_ratio: The aspect ratio of the video. This parameter is invalid if it is a single image.
                Options: 1:1, 16:9, 9:16, 3:2, 2:3, auto
                Default: 'auto'
                Example: 'auto'
            resolution: Resolution for video generation.
                Options: 480p, 720p, 1080p
                Default: '480p'
            duration: Video duration in seconds. Range: [1, 15]. Default: 8. Minimum: 1. Maximum: 15. Step: 1.
                From 1 to 15, in steps of 1.
                Default: 8
            nsfw_checker: Defaults to false. You can set it to false based on your needs. If set to false, our content filtering will be disabled, and all results will be returned directly by the model itself. Note: There is no guarantee that everything can be filtered out; if you are not satisfied with the results, you will need to make your own arrangements.
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.grok_imagine_video_1_5_preview import GrokImagineVideo15PreviewInput

        request = GrokImagineVideo15PreviewInput(
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            nsfw_checker=nsfw_checker,
        )
        return await self._client.submit(request, callback_url=callback_url)
