"""Models whose ids start with `topaz/`, as methods of KieClient and AsyncKieClient.

Generated from specs/; edit the specs, not this file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task

__all__ = ["TopazModels", "AsyncTopazModels"]


class TopazModels:
    """2 model(s) whose ids start with `topaz/`."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def image_upscale(
        self,
        *,
        image_url: str | os.PathLike[str],
        upscale_factor: Literal["1", "2", "4"],
        callback_url: str | None = None,
    ) -> Task:
        """Topaz Image Upscale (`topaz/image-upscale`): upscale, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.topaz_image_upscale for the input as a dataclass.

        Args:
            image_url: Url of the image to be upscaled (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1K...
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height)
                Required.
                Options: 1, 2, 4
                Default: '2'
                Example: '2'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.topaz_image_upscale import TopazImageUpscaleInput

        request = TopazImageUpscaleInput(
            image_url=image_url,
            upscale_factor=upscale_factor,
        )
        return self._client.submit(request, callback_url=callback_url)

    def video_upscale(
        self,
        *,
        video_url: str | os.PathLike[str],
        upscale_factor: Literal["1", "2", "4"] | None = None,
        callback_url: str | None = None,
    ) -> Task:
        """Topaz Video Upscale (`topaz/video-upscale`): upscale, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.topaz_video_upscale for the input as a dataclass.

        Args:
            video_url: URL of the video to upscale (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 50.0MB)
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, video/x-matroska, at most 50MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175816...
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height)
                Options: 1, 2, 4
                Default: '2'
                Example: '2'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.topaz_video_upscale import TopazVideoUpscaleInput

        request = TopazVideoUpscaleInput(
            video_url=video_url,
            upscale_factor=upscale_factor,
        )
        return self._client.submit(request, callback_url=callback_url)


class AsyncTopazModels:
    """2 model(s) whose ids start with `topaz/`."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def image_upscale(
        self,
        *,
        image_url: str | os.PathLike[str],
        upscale_factor: Literal["1", "2", "4"],
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Topaz Image Upscale (`topaz/image-upscale`): upscale, image output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.topaz_image_upscale for the input as a dataclass.

        Args:
            image_url: Url of the image to be upscaled (File URL after upload, not file content; Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB)
                Required.
                Points at: image.
                Accepts: image/jpeg, image/png, image/webp, at most 10MB; a local path is uploaded first.
                Example: 'https://static.aiquickdraw.com/tools/example/1762752805607_mErUj1K...
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height)
                Required.
                Options: 1, 2, 4
                Default: '2'
                Example: '2'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.topaz_image_upscale import TopazImageUpscaleInput

        request = TopazImageUpscaleInput(
            image_url=image_url,
            upscale_factor=upscale_factor,
        )
        return await self._client.submit(request, callback_url=callback_url)

    async def video_upscale(
        self,
        *,
        video_url: str | os.PathLike[str],
        upscale_factor: Literal["1", "2", "4"] | None = None,
        callback_url: str | None = None,
    ) -> AsyncTask:
        """Topaz Video Upscale (`topaz/video-upscale`): upscale, video output.

        Every limit and rule is checked, and local files are uploaded, before the task is
        created; see kie_client.models.topaz_video_upscale for the input as a dataclass.

        Args:
            video_url: URL of the video to upscale (File URL after upload, not file content; Accepted types: video/mp4, video/quicktime, video/x-matroska; Max size: 50.0MB)
                Required.
                Points at: video.
                Accepts: video/mp4, video/quicktime, video/x-matroska, at most 50MB; a local path is uploaded first.
                Example: 'https://file.aiquickdraw.com/custom-page/akr/section-images/175816...
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height)
                Options: 1, 2, 4
                Default: '2'
                Example: '2'
            callback_url: Kie POSTs the finished task's record here.
        """
        from kie_client.models.topaz_video_upscale import TopazVideoUpscaleInput

        request = TopazVideoUpscaleInput(
            video_url=video_url,
            upscale_factor=upscale_factor,
        )
        return await self._client.submit(request, callback_url=callback_url)
